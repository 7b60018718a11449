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
