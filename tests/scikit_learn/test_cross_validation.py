from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np
import pytest
from sklearn.datasets import load_iris


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.cross_validation")


def test_kfold_without_shuffling_fails_on_sorted_classes() -> None:
    scores = snippet().cv_scores
    # each test fold holds a class the training folds never saw: every answer is wrong
    assert scores["KFold"].tolist() == [0.0, 0.0, 0.0]
    # fifty test flowers per fold: accuracies are multiples of one fiftieth
    assert np.allclose(scores["StratifiedKFold"], [0.96, 0.98, 0.94], rtol=0, atol=1e-12)


def test_stratified_folds_keep_the_class_shares() -> None:
    X, y = load_iris(return_X_y=True)  # the snippet reuses X and y for wine afterwards
    cv = snippet().splitters["StratifiedKFold"]
    counts = [np.bincount(y[test], minlength=3).tolist() for _, test in cv.split(X, y)]
    assert counts == [[17, 17, 16], [17, 16, 17], [16, 17, 17]]


def test_cross_validate_returns_every_metric() -> None:
    results = snippet().results
    # printed with three decimals: half a unit of the last digit
    expected = {
        "accuracy": (0.983, 1.0),
        "f1_macro": (0.983, 1.0),
        "neg_log_loss": (-0.063, -0.034),
    }
    for metric, (test, train) in expected.items():
        assert results[f"test_{metric}"].mean() == pytest.approx(test, abs=5e-4), metric
        assert results[f"train_{metric}"].mean() == pytest.approx(train, abs=5e-4), metric
    assert len(results["fit_time"]) == 5
