from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import matplotlib.image
import matplotlib.pyplot as plt
import numpy as np
import pytest
from sklearn.metrics import auc, average_precision_score, roc_auc_score

from cheatsheet.localize import run_localized
from cheatsheet.project import ROOT

SNIPPET = ROOT / "snippets" / "evaluation" / "curves.py"


def snippet() -> ModuleType:
    return importlib.import_module("snippets.evaluation.curves")


def binary_y_test() -> np.ndarray:
    return snippet().y_test


def test_balanced_test_set_of_three_hundred() -> None:
    mod = snippet()
    y_test = binary_y_test()
    assert mod.scores.shape == (300,)
    assert round(y_test.mean(), 2) == 0.5


def test_roc_auc_equals_the_area_under_the_roc_points() -> None:
    mod = snippet()
    roc = roc_auc_score(binary_y_test(), mod.scores)
    assert round(roc, 4) == 0.9486
    assert abs(roc - auc(mod.fpr, mod.tpr)) < 1e-12
    assert (mod.fpr[0], mod.tpr[0], mod.fpr[-1], mod.tpr[-1]) == (0, 0, 1, 1)


def test_average_precision_and_pr_curve_shape() -> None:
    mod = snippet()
    assert round(average_precision_score(binary_y_test(), mod.scores), 4) == 0.9503
    assert len(mod.precision) == len(mod.pr_thresholds) + 1
    assert (mod.precision[-1], mod.recall[-1]) == (1.0, 0.0)


def test_multiclass_one_vs_rest_is_the_mean_of_per_class_aucs() -> None:
    mod = snippet()
    assert mod.proba.shape == (54, 3)
    ovr = roc_auc_score(mod.yw_test, mod.proba, multi_class="ovr")
    assert round(ovr, 4) == 0.9571
    assert [round(a, 4) for a in mod.per_class] == [0.9506, 0.9942, 0.9265]
    assert abs(ovr - np.mean(mod.per_class)) < 1e-12


def test_roc_auc_is_the_chance_a_positive_outranks_a_negative() -> None:
    mod = snippet()
    y_test = binary_y_test()
    pos, neg = mod.scores[y_test == 1], mod.scores[y_test == 0]
    pairs = (pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean()
    assert abs(pairs - roc_auc_score(y_test, mod.scores)) < 1e-12


@pytest.mark.parametrize(
    ("lang", "labels"), [("fr", ["négatif", "positif"]), ("en", ["negative", "positive"])]
)
def test_displays_keep_the_metrics_and_write_the_figure(lang: str, labels: list[str]) -> None:
    names = run_localized(SNIPPET, lang)
    assert round(names["roc"].roc_auc, 4) == 0.9486
    assert round(names["pr"].average_precision, 4) == 0.9503
    assert names["pr"].chance_level_ is not None
    assert names["matrix"].confusion_matrix.tolist() == [[144, 6], [15, 135]]
    assert [t.get_text() for t in names["matrix"].ax_.get_xticklabels()] == labels
    assert names["calibration"].prob_true.shape == names["calibration"].prob_pred.shape
    image = matplotlib.image.imread(Path("figures/evaluation-displays.png"))
    assert image.std() > 0.05
    plt.close("all")


def test_bootstrap_interval_brackets_the_test_auc() -> None:
    mod = snippet()
    auc_test = roc_auc_score(binary_y_test(), mod.scores)
    assert len(mod.resampled) == 1000
    assert mod.low == pytest.approx(0.920, abs=5e-4)
    assert mod.high == pytest.approx(0.974, abs=5e-4)
    assert mod.low < auc_test < mod.high
