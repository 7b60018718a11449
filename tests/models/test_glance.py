from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest
from sklearn.datasets import load_diabetes
from sklearn.linear_model import Lasso, Ridge
from sklearn.model_selection import LeaveOneOut, cross_val_predict
from sklearn.preprocessing import StandardScaler

from tests.imports import import_in

# The cards print three decimals: half a unit of the last digit is the tolerance.
TOL = 5e-4


@pytest.fixture(scope="module")
def glance(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_in(tmp_path_factory.mktemp("glance"), "snippets.models.glance")


def test_setup_keeps_a_stratified_quarter_for_test(glance: ModuleType) -> None:
    assert len(glance.X_test) == 143 and len(glance.X_train) == 426
    # stratify=y: the share of benign tumours is the same on both sides, to a row
    assert glance.y_test.mean() == pytest.approx(glance.y_train.mean(), abs=1 / 143)


def test_tree_scores_on_held_out_rows(glance: ModuleType) -> None:
    assert glance.tree.predict(glance.X_test[:5]).tolist() == [1, 0, 0, 1, 0]
    assert glance.tree.score(glance.X_test, glance.y_test) == pytest.approx(0.916, abs=TOL)


def test_boosting_learns_with_missing_values(glance: ModuleType) -> None:
    assert np.isnan(glance.X_gaps).mean() == pytest.approx(0.1, abs=0.01)
    assert glance.boost.score(glance.X_test, glance.y_test) == pytest.approx(0.93, abs=TOL)


def test_logistic_probabilities_sum_to_one(glance: ModuleType) -> None:
    proba = glance.logistic.predict_proba(glance.X_test[[30, 47]])
    np.testing.assert_allclose(proba.sum(axis=1), [1.0, 1.0], rtol=0, atol=1e-12)
    np.testing.assert_allclose(proba[:, 1], [0.59, 0.49], rtol=0, atol=5e-3)


def test_tree_rules_split_on_petal_width(glance: ModuleType) -> None:
    text = glance.export_text(glance.rules, feature_names=["sl", "sw", "pl", "pw"])
    assert text.count("class:") == 3
    assert "pw <= 0.80" in text and "pw <= 1.75" in text


def test_forest_out_of_bag_and_knn_scores(glance: ModuleType) -> None:
    assert glance.forest.oob_score_ == pytest.approx(0.96, abs=TOL)
    assert glance.forest.score(glance.X_test, glance.y_test) == pytest.approx(0.944, abs=TOL)
    assert glance.knn.score(glance.X_test, glance.y_test) == pytest.approx(0.951, abs=TOL)


def test_ridge_cv_chooses_alpha_by_leave_one_out(glance: ModuleType) -> None:
    assert glance.ridge[-1].alpha_ == pytest.approx(1.0, abs=1e-12)
    # printed with one decimal: half a unit of the last digit
    assert (-glance.ridge[-1].best_score_) ** 0.5 == pytest.approx(54.8, abs=0.05)
    # best_score_ is minus the mean squared error of an explicit leave-one-out
    X, y = load_diabetes(return_X_y=True)
    Z = StandardScaler().fit_transform(X)
    predicted = cross_val_predict(Ridge(alpha=1.0), Z, y, cv=LeaveOneOut())
    assert -glance.ridge[-1].best_score_ == pytest.approx(np.mean((predicted - y) ** 2), rel=1e-9)


def test_lasso_zero_counts(glance: ModuleType) -> None:
    assert int((glance.lasso.coef_ == 0).sum()) == 7  # the card's last fit, alpha one
    X, y = load_diabetes(return_X_y=True)
    assert int((Lasso(alpha=0.01).fit(X, y).coef_ == 0).sum()) == 0


def test_kmeans_and_dbscan_on_iris(glance: ModuleType) -> None:
    assert sorted(np.bincount(glance.kmeans.labels_).tolist()) == [47, 50, 53]
    # the first flower of each species: setosa alone, the two others share a cluster
    assert glance.kmeans.predict(glance.X_iris[[0, 50, 100]]).tolist() == [1, 2, 2]
    assert sorted(set(glance.labels.tolist())) == [-1, 0, 1]
    assert int((glance.labels == -1).sum()) == 4


def test_tsne_card_maps_500_digits_to_the_plane(glance: ModuleType) -> None:
    assert glance.X_digits.shape == (500, 64)
    assert glance.tsne.embedding_.shape == (500, 2)
