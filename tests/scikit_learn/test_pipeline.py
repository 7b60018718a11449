from __future__ import annotations

import importlib
from types import ModuleType


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.pipeline")


def test_frame_has_text_columns_and_missing_values() -> None:
    df = snippet().df
    assert df.dtypes.astype(str).tolist() == ["float64", "float64", "str", "str"]
    assert df.isna().sum().tolist() == [30, 0, 15, 0]
    assert df.shape == (400, 4)


def test_pipeline_accuracy_and_feature_names() -> None:
    mod = snippet()
    assert round(mod.model.score(mod.X_test, mod.y_test), 3) == 0.71
    assert mod.names.tolist() == [
        "num__age",
        "num__income",
        "cat__city_Lille",
        "cat__city_Lyon",
        "cat__city_Paris",
        "cat__plan_free",
        "cat__plan_pro",
    ]


def test_unknown_city_and_missing_age_still_predict() -> None:
    mod = snippet()
    assert mod.model.predict(mod.new).tolist() == [1, 0]
    assert mod.model.predict_proba(mod.new)[:, 1].round(3).tolist() == [0.613, 0.386]


def test_column_selector_pipeline_matches_the_listed_columns() -> None:
    mod = snippet()
    assert mod.numbers(mod.df) == ["age", "income"]
    assert mod.others(mod.df) == ["city", "plan"]
    assert round(mod.selected.score(mod.X_test, mod.y_test), 3) == 0.71
    assert mod.selected.score(mod.X_test, mod.y_test) == mod.model.score(mod.X_test, mod.y_test)


def test_target_encoder_cross_fits_and_shrinks_towards_the_mean() -> None:
    mod = snippet()
    assert mod.encoder.categories_[0][:3].tolist() == ["Lille", "Lyon", "Paris"]
    assert mod.encoder.encodings_[0].round(3).tolist() == [0.457, 0.662, 0.593, 0.464]
    assert round(mod.encoder.target_mean_, 3) == 0.563
    # fit_transform (cross fitting) differs from transform on the same rows
    plain = mod.encoder.transform(mod.X_train[["city", "plan"]])
    assert mod.crossed[:2, 0].round(3).tolist() == [0.674, 0.554]
    assert plain[:2, 0].round(3).tolist() == [0.662, 0.593]


def test_boosting_uses_category_dtype_and_stops_early() -> None:
    mod = snippet()
    assert mod.hgb.is_categorical_.tolist() == [False, False, True, True]
    assert mod.hgb.n_iter_ == 23 < mod.hgb.max_iter
    assert round(mod.hgb.score(mod.X_test.astype(mod.as_category), mod.y_test), 3) == 0.69
