from __future__ import annotations

import importlib
from types import ModuleType

import pytest

# The page prints every score with three decimals: half a unit of the last digit is the
# tolerance, so a change that would alter a printed value fails here too.
TOL = 5e-4


def snippet() -> ModuleType:
    return importlib.import_module("snippets.models.catalogue")


def test_binary_classifiers_on_breast_cancer() -> None:
    expected = {
        "logistic": 0.958,
        "svc": 0.965,
        "knn": 0.951,
        "tree": 0.881,
        "forest": 0.972,
        "boosting": 0.986,
    }
    accuracy = snippet().accuracy
    assert accuracy.keys() == expected.keys()
    for name, value in expected.items():
        assert accuracy[name] == pytest.approx(value, abs=TOL), name


def test_multiclass_on_wine_and_digits() -> None:
    expected = {
        ("load_wine", "logistic"): 1.0,
        ("load_wine", "svc"): 1.0,
        ("load_wine", "forest"): 0.978,
        ("load_digits", "logistic"): 0.967,
        ("load_digits", "svc"): 0.984,
        ("load_digits", "forest"): 0.976,
    }
    multiclass = snippet().multiclass
    assert multiclass.keys() == expected.keys()
    for key, value in expected.items():
        assert multiclass[key] == pytest.approx(value, abs=TOL), key


def test_regressors_on_diabetes() -> None:
    expected = {"ridge": 0.358, "lasso": 0.356, "elastic": 0.361, "forest": 0.219}
    r2 = snippet().r2
    assert r2.keys() == expected.keys()
    for name, value in expected.items():
        assert r2[name] == pytest.approx(value, abs=TOL), name
    # on this small, noisy table the linear models beat the forest
    assert min(r2["ridge"], r2["lasso"], r2["elastic"]) > r2["forest"]


def test_clustering_on_iris() -> None:
    mod = snippet()
    assert mod.ari["kmeans"] == pytest.approx(0.620, abs=TOL)
    assert mod.ari["dbscan"] == pytest.approx(0.552, abs=TOL)
    # DBSCAN merges the two overlapping species and leaves a few points as noise
    assert (mod.n_clusters, mod.n_noise) == (2, 4)
    assert len(set(mod.kmeans.labels_)) == 3
