from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np
from sklearn.metrics import confusion_matrix

from tests.tolerances import FLOAT64


def snippet() -> ModuleType:
    return importlib.import_module("snippets.evaluation.confusion")


def test_rows_are_true_classes_columns_are_predictions() -> None:
    mod = snippet()
    assert mod.cm.tolist() == [[9, 1, 0], [2, 3, 0], [2, 0, 1]]
    assert mod.cm.sum(axis=1).tolist() == [10, 5, 3]
    assert np.trace(mod.cm) == 13


def test_normalized_rows_give_recall_columns_give_precision() -> None:
    mod = snippet()
    by_true = confusion_matrix(mod.y_true, mod.y_pred, normalize="true")
    by_pred = confusion_matrix(mod.y_true, mod.y_pred, normalize="pred")
    assert np.allclose(by_true.sum(axis=1), 1, **FLOAT64)
    assert np.allclose(by_pred.sum(axis=0), 1, **FLOAT64)
    assert by_true.round(2).tolist() == [[0.9, 0.1, 0], [0.4, 0.6, 0], [0.67, 0, 0.33]]
    assert by_pred.round(2).tolist() == [[0.69, 0.25, 0], [0.15, 0.75, 0], [0.15, 0, 1]]


def test_print_options_are_restored() -> None:
    snippet()
    assert np.get_printoptions()["precision"] == 8
