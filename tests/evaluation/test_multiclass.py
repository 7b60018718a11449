from __future__ import annotations

import importlib
from types import ModuleType

from sklearn.metrics import accuracy_score, f1_score


def snippet() -> ModuleType:
    return importlib.import_module("snippets.evaluation.multiclass")


def test_per_class_scores() -> None:
    mod = snippet()
    assert mod.precision.round(3).tolist() == [0.692, 0.75, 1.0]
    assert mod.recall.round(3).tolist() == [0.9, 0.6, 0.333]
    assert mod.f1.round(3).tolist() == [0.783, 0.667, 0.5]
    assert mod.support.tolist() == [10, 5, 3]


def test_macro_is_the_plain_mean_weighted_uses_support() -> None:
    mod = snippet()
    macro = f1_score(mod.y_true, mod.y_pred, average="macro")
    weighted = f1_score(mod.y_true, mod.y_pred, average="weighted")
    assert (round(macro, 3), round(weighted, 3)) == (0.65, 0.703)
    assert abs(macro - mod.f1.mean()) < 1e-12
    assert abs(weighted - (mod.f1 * mod.support).sum() / mod.support.sum()) < 1e-12


def test_micro_f1_equals_accuracy_in_single_label_multiclass() -> None:
    mod = snippet()
    micro = f1_score(mod.y_true, mod.y_pred, average="micro")
    assert round(micro, 3) == 0.722
    assert abs(micro - accuracy_score(mod.y_true, mod.y_pred)) < 1e-12
