from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    balanced_accuracy_score,
    confusion_matrix,
    f1_score,
    precision_score,
    recall_score,
)
from sklearn.utils.class_weight import compute_class_weight

from snippets.evaluation import glance
from tests.tolerances import APPROX64

# The cards' arrays are small and fixed: each value below is a ratio of small counts, computed by
# hand; APPROX64 only allows for float64 summation order.


def test_accuracy_card() -> None:
    assert glance.accuracy == pytest.approx(7 / 10, **APPROX64)


def test_precision_recall_f1_card_matches_the_counts() -> None:
    # three true positives, two false positives, one false negative
    assert glance.p == pytest.approx(3 / 5, **APPROX64)
    assert glance.r == pytest.approx(3 / 4, **APPROX64)
    assert glance.f1 == pytest.approx(2 / 3, **APPROX64)
    assert glance.p == precision_score(glance.y_true, glance.y_pred)
    assert glance.r == recall_score(glance.y_true, glance.y_pred)
    assert glance.f1 == pytest.approx(f1_score(glance.y_true, glance.y_pred), **APPROX64)


def test_confusion_card_rows_are_true_classes() -> None:
    assert glance.cm.tolist() == [[4, 2], [1, 3]]
    by_true = confusion_matrix(glance.y_true, glance.y_pred, normalize="true")
    # normalize="true" divides each row by its total: the diagonal is each class's recall
    assert np.allclose(by_true, [[4 / 6, 2 / 6], [1 / 4, 3 / 4]], rtol=1e-9, atol=1e-11)


def test_roc_auc_card_counts_ranked_pairs() -> None:
    # of the six times four positive-negative pairs, three are ranked the wrong way
    assert glance.roc_auc == pytest.approx(21 / 24, **APPROX64)
    pos = glance.y_score[glance.y_true == 1]
    neg = glance.y_score[glance.y_true == 0]
    assert (pos[:, None] > neg[None, :]).mean() == pytest.approx(glance.roc_auc, **APPROX64)


def test_average_precision_card() -> None:
    # positives at ranks one, two, three and seven: AP = (1 + 1 + 1 + 4/7) / 4
    assert glance.ap == pytest.approx((3 + 4 / 7) / 4, **APPROX64)
    assert glance.ap == pytest.approx(
        average_precision_score(glance.y_true, glance.y_score), **APPROX64
    )


def test_threshold_card_lower_threshold_flags_more() -> None:
    # the two thresholds are far from every probability, so the predictions are exact
    assert np.min(np.abs(glance.proba - 0.5)) > 0.01
    assert np.min(np.abs(glance.proba - 0.3)) > 0.01
    assert (glance.proba >= 0.5).astype(int).tolist() == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
    assert (glance.proba >= 0.3).astype(int).tolist() == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1]


def test_log_loss_card_beats_the_prior() -> None:
    y, s = glance.y_true, glance.y_score
    by_hand = -np.mean(y * np.log(s) + (1 - y) * np.log(1 - s))
    # same formula, different summation order: float64 tolerance
    assert glance.loss == pytest.approx(by_hand, **APPROX64)
    assert round(glance.loss, 3) == 0.463
    prior = -(0.4 * np.log(0.4) + 0.6 * np.log(0.6))
    assert glance.prior_loss == pytest.approx(prior, **APPROX64)
    assert glance.loss < glance.prior_loss


def test_imbalance_card() -> None:
    assert accuracy_score(glance.y_rare, glance.always_zero) == pytest.approx(0.8, **APPROX64)
    assert balanced_accuracy_score(glance.y_rare, glance.always_zero) == pytest.approx(
        0.5, **APPROX64
    )
    weights = compute_class_weight("balanced", classes=np.array([0, 1]), y=glance.y_rare)
    # n_samples / (n_classes * count): ten / (two * eight) and ten / (two * two)
    assert np.allclose(weights, [0.625, 2.5], rtol=1e-9, atol=1e-11)


def test_regression_card() -> None:
    assert glance.mae == pytest.approx(0.5, **APPROX64)
    assert glance.rmse == pytest.approx(np.sqrt(0.375), **APPROX64)
    # residual sum of squares 1.5, total sum of squares 12.6875
    assert glance.r2 == pytest.approx(1 - 1.5 / 12.6875, **APPROX64)


def test_cross_val_card() -> None:
    # accuracy on folds of thirty flowers: multiples of one thirtieth
    assert np.round(glance.cv_scores * 30).tolist() == [29, 29, 29, 29, 28]
    assert glance.cv_scores.mean() == pytest.approx(144 / 150, **APPROX64)


def test_report_card_lists_each_class() -> None:
    from sklearn.metrics import classification_report

    report = classification_report(glance.y_true, glance.y_pred, output_dict=True)
    # class one: the card's precision and recall; class zero: four of five, four of six
    assert report["1"]["precision"] == pytest.approx(glance.p, **APPROX64)
    assert report["1"]["recall"] == pytest.approx(glance.r, **APPROX64)
    assert report["0"]["precision"] == pytest.approx(4 / 5, **APPROX64)
    assert report["0"]["recall"] == pytest.approx(4 / 6, **APPROX64)
    assert report["0"]["support"] == 6
