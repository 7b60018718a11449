import math

import pytest

from snippets.entropy import cross_entropy as ce
from tests.tolerances import APPROX32, APPROX64


def test_one_hot_cross_entropy_is_minus_log_of_the_true_class() -> None:
    assert ce.cross_entropy(ce.y_true, ce.y_pred) == pytest.approx(-math.log(0.8), **APPROX64)


def test_torch_cross_entropy_applies_log_softmax_itself() -> None:
    assert ce.loss.item() == pytest.approx(ce.by_hand.item(), **APPROX32)


def test_bce_with_logits_equals_sigmoid_then_bce() -> None:
    assert ce.from_logits.item() == pytest.approx(ce.from_probs.item(), abs=1e-6)
