from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np
import pytest

# The page prints every score with three decimals: half a unit of the last digit is the
# tolerance, so a change that would alter a printed value fails here too.
TOL = 5e-4


def snippet() -> ModuleType:
    return importlib.import_module("snippets.models.catalogue")


def mean_std(scores: np.ndarray) -> tuple[float, float]:
    return float(scores.mean()), float(scores.std())


def test_binary_classifiers_on_breast_cancer() -> None:
    expected = {
        "logistic": (0.981, 0.007),
        "svc": (0.974, 0.015),
        "knn": (0.965, 0.010),
        "tree": (0.917, 0.016),
        "forest": (0.963, 0.022),
        "boosting": (0.965, 0.018),
    }
    accuracy = snippet().accuracy
    assert accuracy.keys() == expected.keys()
    for name, value in expected.items():
        assert len(accuracy[name]) == 5, name
        assert mean_std(accuracy[name]) == pytest.approx(value, abs=TOL), name


def test_no_ranking_among_the_five_best_classifiers_only_the_tree_lags() -> None:
    accuracy = snippet().accuracy
    best = {name: s for name, s in accuracy.items() if name != "tree"}
    means = [s.mean() for s in best.values()]
    # the five best means lie closer together than the largest fold-to-fold spread
    assert max(means) - min(means) < max(s.std() for s in best.values())
    # the single tree: more than two of its own standard deviations below every other model
    tree = accuracy["tree"]
    assert tree.mean() + 2 * tree.std() < min(means)


def test_multiclass_on_wine_and_digits() -> None:
    expected = {
        ("load_wine", "logistic"): (0.983, 0.014),
        ("load_wine", "svc"): (0.983, 0.022),
        ("load_wine", "forest"): (0.983, 0.022),
        ("load_digits", "logistic"): (0.920, 0.030),
        ("load_digits", "svc"): (0.946, 0.012),
        ("load_digits", "forest"): (0.937, 0.026),
    }
    multiclass = snippet().multiclass
    assert multiclass.keys() == expected.keys()
    for key, value in expected.items():
        assert mean_std(multiclass[key]) == pytest.approx(value, abs=TOL), key


def test_regressors_on_diabetes() -> None:
    expected = {
        "ridge": (0.482, 0.049),
        "lasso": (0.482, 0.048),
        "elastic": (0.481, 0.048),
        "forest": (0.423, 0.055),
    }
    r2 = snippet().r2
    assert r2.keys() == expected.keys()
    for name, value in expected.items():
        assert mean_std(r2[name]) == pytest.approx(value, abs=TOL), name


def test_penalised_linear_models_beat_the_forest_in_every_fold() -> None:
    r2 = snippet().r2
    for name in ("ridge", "lasso", "elastic"):
        assert (r2[name] > r2["forest"]).all(), name
        # the gap of the means is about one standard deviation of the folds
        gap = r2[name].mean() - r2["forest"].mean()
        assert r2[name].std() < gap < r2["forest"].std() + 0.01, name


def test_clustering_on_iris() -> None:
    mod = snippet()
    assert mod.ari["kmeans"] == pytest.approx(0.620, abs=TOL)
    assert mod.ari["dbscan"] == pytest.approx(0.552, abs=TOL)
    # DBSCAN merges the two overlapping species and leaves a few points as noise
    assert (mod.n_clusters, mod.n_noise) == (2, 4)
    assert len(set(mod.kmeans.labels_)) == 3


def test_hdbscan_depends_on_the_units_until_the_features_are_scaled() -> None:
    mod = snippet()
    counts = []
    for data in (mod.X, mod.X_mm, mod.StandardScaler().fit_transform(mod.X_mm)):
        labels = mod.HDBSCAN(copy=True).fit_predict(data)
        counts.append((len(set(labels.tolist()) - {-1}), int((labels == -1).sum())))
    assert counts == [(2, 0), (4, 9), (2, 2)]
    # standardised, the unit no longer matters: millimetres or centimetres, the same clusters
    scaled_mm = mod.HDBSCAN(copy=True).fit_predict(mod.StandardScaler().fit_transform(mod.X_mm))
    scaled_cm = mod.HDBSCAN(copy=True).fit_predict(mod.X_scaled)
    assert (scaled_mm == scaled_cm).all()


def test_k_distance_elbow_sits_near_dbscan_eps() -> None:
    mod = snippet()
    quantiles = np.percentile(mod.k_distance, [50, 90, 95, 98]).round(2).tolist()
    assert quantiles == [0.46, 0.76, 0.99, 1.22]
    assert (mod.k_distance[:-1] <= mod.k_distance[1:]).all()
    # beyond eps are twelve points, but only four are noise: the rest are border points
    assert int((mod.k_distance > 0.8).sum()) == 12
    assert int((mod.dbscan.labels_ == -1).sum()) == 4
