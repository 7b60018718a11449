from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sklearn.metrics import roc_auc_score

from tests.tolerances import APPROX64

if TYPE_CHECKING:
    from conftest import Run

LABELS = {
    "fr": ("Courbe ROC", "Taux de faux positifs", "Taux de vrais positifs", "Hasard"),
    "en": ("ROC curve", "False positive rate", "True positive rate", "Chance"),
}


def test_roc_figure_is_written_with_localized_labels(run: Run) -> None:
    run.png("plotting-roc.png")
    ax = run["ax"]
    title, xlabel, ylabel, chance = LABELS[run.lang]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (title, xlabel, ylabel)
    assert [text.get_text() for text in ax.get_legend().get_texts()][1] == chance


def test_roc_curve_runs_from_corner_to_corner(run: Run) -> None:
    fpr, tpr = run["fpr"], run["tpr"]
    assert (fpr[0], tpr[0], fpr[-1], tpr[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert (fpr[1:] >= fpr[:-1]).all() and (tpr[1:] >= tpr[:-1]).all()


def test_auc_matches_roc_auc_score(run: Run) -> None:
    assert run["roc_auc"] == pytest.approx(
        roc_auc_score(run["y_test"], run["y_scores"]), **APPROX64
    )
    assert round(run["roc_auc"], 4) == 0.8452
