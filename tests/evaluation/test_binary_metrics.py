from __future__ import annotations

import importlib
from types import ModuleType

from sklearn.metrics import f1_score, precision_score, recall_score


def snippet() -> ModuleType:
    return importlib.import_module("snippets.evaluation.binary_metrics")


def test_confusion_counts() -> None:
    mod = snippet()
    assert (mod.tp, mod.fp, mod.fn, mod.tn) == (3, 1, 2, 6)


def test_formulas_match_sklearn() -> None:
    mod = snippet()
    assert (round(mod.precision, 3), round(mod.recall, 3), round(mod.f1, 3)) == (0.75, 0.6, 0.667)
    assert mod.precision == precision_score(mod.y_true, mod.y_pred)
    assert mod.recall == recall_score(mod.y_true, mod.y_pred)
    assert abs(mod.f1 - f1_score(mod.y_true, mod.y_pred)) < 1e-12


def test_specificity_and_accuracy() -> None:
    mod = snippet()
    assert (round(mod.specificity, 3), round(mod.accuracy, 3)) == (0.857, 0.75)
