from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np
import pytest


def snippet() -> ModuleType:
    return importlib.import_module("snippets.evaluation.cross_validation")


def test_stratified_folds_keep_the_positive_share() -> None:
    mod = snippet()
    shares = [round(mod.y[test].mean(), 3) for _, test in mod.skf.split(mod.X, mod.y)]
    assert shares == [0.623, 0.623, 0.632, 0.632, 0.628]


def test_f1_per_fold_mean_and_std() -> None:
    scores = snippet().scores
    assert np.round(scores, 3).tolist() == [0.979, 0.959, 0.973, 0.993, 0.993]
    assert (round(scores.mean(), 4), round(scores.std(), 4)) == (0.9794, 0.0127)


@pytest.mark.parametrize(
    ("name", "test", "train"),
    [
        ("accuracy", 0.9737, 0.9881),
        ("precision", 0.9683, 0.9861),
        ("recall", 0.9916, 0.9951),
        ("f1", 0.9794, 0.9906),
        ("roc_auc", 0.9953, 0.9977),
    ],
)
def test_cross_validate_reports_each_metric(name: str, test: float, train: float) -> None:
    results = snippet().results
    assert round(results[f"test_{name}"].mean(), 4) == test
    assert round(results[f"train_{name}"].mean(), 4) == train
    assert len(results[f"test_{name}"]) == 5
