from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import matplotlib.image
import matplotlib.pyplot as plt
import numpy as np
import pytest

from cheatsheet.localize import run_localized
from cheatsheet.project import ROOT

SNIPPET = ROOT / "snippets" / "evaluation" / "imbalanced.py"


def snippet() -> ModuleType:
    return importlib.import_module("snippets.evaluation.imbalanced")


def test_five_percent_positives() -> None:
    mod = snippet()
    assert np.bincount(mod.y_test).tolist() == [1900, 100]
    assert round(mod.y_test.mean(), 3) == 0.05


def test_majority_class_dummy_has_high_accuracy_but_zero_recall_and_f1() -> None:
    mod = snippet()
    assert mod.summary(mod.dummy.predict(mod.X_test)) == (
        "acc=0.950 bal_acc=0.500 recall=0.000 f1=0.000"
    )


def test_class_weight_trades_accuracy_for_recall() -> None:
    mod = snippet()
    assert mod.summary(mod.plain.predict(mod.X_test)) == (
        "acc=0.955 bal_acc=0.607 recall=0.220 f1=0.326"
    )
    assert mod.summary(mod.balanced.predict(mod.X_test)) == (
        "acc=0.884 bal_acc=0.863 recall=0.840 f1=0.421"
    )


def test_roc_auc_looks_good_where_average_precision_does_not() -> None:
    from sklearn.metrics import average_precision_score, roc_auc_score

    mod = snippet()
    assert round(roc_auc_score(mod.y_test, mod.scores), 3) == 0.939
    assert round(average_precision_score(mod.y_test, mod.scores), 3) == 0.519
    assert round(roc_auc_score(mod.y_test, mod.prior), 3) == 0.5
    assert round(average_precision_score(mod.y_test, mod.prior), 3) == 0.05


def test_low_false_positive_rate_still_means_more_false_than_true_positives() -> None:
    mod = snippet()
    assert (mod.tp, mod.fp, mod.fn, mod.tn) == (80, 143, 20, 1757)
    assert round(mod.fp / (mod.fp + mod.tn), 3) == 0.075
    assert round(mod.tp / (mod.tp + mod.fp), 3) == 0.359


def test_no_threshold_finding_half_the_positives_has_more_hits_than_false_alarms() -> None:
    mod = snippet()
    best = mod.precision[mod.recall >= 0.5].max()
    assert round(best, 3) == 0.491
    assert best < 0.5  # every such threshold flags more negatives than positives


def test_roc_auc_ignores_the_share_of_positives_where_average_precision_does_not() -> None:
    from sklearn.metrics import average_precision_score, roc_auc_score

    mod = snippet()
    assert (len(mod.y_rarer), int(mod.y_rarer.sum())) == (19100, 100)
    assert round(mod.y_rarer.mean(), 3) == 0.005
    # the same pairs (positive, negative), each negative repeated: the same probability
    before = roc_auc_score(mod.y_test, mod.scores)
    assert roc_auc_score(mod.y_rarer, mod.scores_rarer) == pytest.approx(before, rel=1e-12)
    assert round(average_precision_score(mod.y_rarer, mod.scores_rarer), 3) == 0.134


@pytest.mark.parametrize(
    ("lang", "titles", "xlabels", "ylabels"),
    [
        (
            "fr",
            ["Courbe ROC", "Courbe précision-rappel"],
            ["Taux de faux positifs", "Rappel"],
            ["Taux de vrais positifs (rappel)", "Précision"],
        ),
        (
            "en",
            ["ROC curve", "Precision-recall curve"],
            ["False positive rate", "Recall"],
            ["True positive rate (recall)", "Precision"],
        ),
    ],
)
def test_figure_is_drawn_in_the_page_language(
    lang: str, titles: list[str], xlabels: list[str], ylabels: list[str]
) -> None:
    names = run_localized(SNIPPET, lang)
    axes = [names["ax_roc"], names["ax_pr"]]
    assert [ax.get_title() for ax in axes] == titles
    assert [ax.get_xlabel() for ax in axes] == xlabels
    assert [ax.get_ylabel() for ax in axes] == ylabels
    image = matplotlib.image.imread(Path("figures/evaluation-imbalanced-curves.png"))
    assert image.std() > 0.05
    plt.close("all")
