from __future__ import annotations

import pathlib
from types import ModuleType

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer
from skops.io.exceptions import UntrustedTypesFoundException

from tests.imports import import_in


@pytest.fixture(scope="module")
def glance(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """Import the cards in a folder of their own: the save card writes model.skops there."""
    folder = tmp_path_factory.mktemp("glance")
    glance = import_in(folder, "snippets.scikit_learn.glance")
    assert (folder / "model.skops").is_file()
    return glance


def test_stratified_split_shapes(glance: ModuleType) -> None:
    assert glance.X_test.shape == (114, 30)
    assert (len(glance.y_train), len(glance.y_test)) == (455, 114)
    assert glance.y_test.mean() == pytest.approx(glance.y_train.mean(), abs=0.01)  # stratified


def test_scaler_and_one_hot(glance: ModuleType) -> None:
    # mean two, population std sqrt(two thirds): four maps to the square root of six
    scaled = glance.scaler.transform([[2.0], [4.0]]).ravel()
    assert np.allclose(scaled, [0.0, np.sqrt(6.0)], rtol=0, atol=1e-12)
    rows = glance.enc.transform([["green"], ["blue"]])
    assert rows.tolist() == [[1.0, 0.0], [0.0, 0.0]]


def test_pipeline_score_and_column_names(glance: ModuleType) -> None:
    X, y = load_breast_cancer(return_X_y=True)
    # printed with three decimals: half a unit of the last digit
    assert glance.pipe.score(X[400:], y[400:]) == pytest.approx(0.970, abs=5e-4)
    names = glance.ct.get_feature_names_out().tolist()
    assert names == ["num__age", "cat__city_Lyon", "cat__city_Paris"]


def test_cross_validation_and_grid_search(glance: ModuleType) -> None:
    # printed with three decimals: half a unit of the last digit
    assert glance.scores.mean() == pytest.approx(0.963, abs=5e-4)
    assert glance.scores.std() == pytest.approx(0.022, abs=5e-4)
    assert glance.grid.best_params_ == {"C": 10}
    assert glance.grid.best_score_ == pytest.approx(0.980, abs=5e-4)


def test_permutation_importance_top_two(glance: ModuleType) -> None:
    order = glance.imp.importances_mean.argsort()[::-1]
    assert [glance.data.feature_names[i] for i in order[:2]] == ["bmi", "s5"]


def test_skops_round_trip_trusts_only_the_reviewed_list(
    glance: ModuleType, tmp_path: pathlib.Path
) -> None:
    X, _ = load_breast_cancer(return_X_y=True)
    assert (glance.loaded.predict(X) == glance.model.predict(X)).all()
    path = tmp_path / "model.skops"
    glance.sio.dump(glance.model, path)
    assert glance.sio.get_untrusted_types(file=path) == ["sklearn.tree._tree.Tree"]
    # the literal list is what protects: a type the list does not name is refused
    with pytest.raises(UntrustedTypesFoundException):
        glance.sio.load(path, trusted=[])


def test_group_kfold_card_keeps_each_group_on_one_side(glance: ModuleType) -> None:
    folds = list(glance.GroupKFold(n_splits=3).split(glance.np.zeros((6, 1)), groups=glance.groups))
    for train, test in folds:
        assert not set(glance.groups[train]) & set(glance.groups[test])


def test_time_series_card_tests_after_training(glance: ModuleType) -> None:
    assert glance.train.tolist() == [0, 1, 2, 3, 4, 5]
    assert glance.test.tolist() == [6, 7]


def test_calibration_card_brier_score(glance: ModuleType) -> None:
    X, y = load_breast_cancer(return_X_y=True)
    brier = glance.brier_score_loss(y[1::2], glance.proba)
    assert brier == pytest.approx(0.060, abs=5e-4)
    assert brier < glance.brier_score_loss(
        y[1::2], glance.GaussianNB().fit(X[::2], y[::2]).predict_proba(X[1::2])[:, 1]
    )


def test_threshold_card_picks_a_low_threshold(glance: ModuleType) -> None:
    assert round(glance.tuned.best_threshold_, 2) == 0.12


def test_column_selector_card_picks_the_numeric_columns(glance: ModuleType) -> None:
    assert glance.numbers(glance.people) == ["age", "income"]
    assert glance.texts(glance.people) == ["city"]
    assert glance.by_type.fit_transform(glance.people).shape == (2, 4)
