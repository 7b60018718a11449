import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from tests.imports import AtFirstUse
from tests.tolerances import APPROX32, APPROX64, FLOAT64

g = AtFirstUse("snippets.entropy.glance")


def test_entropy_in_bits_ignores_zero_probabilities() -> None:
    # log2 of powers of two is exact: the sum is exactly one and a half bits
    assert -(g.nz * np.log2(g.nz)).sum() == 1.5
    assert g.entropy(g.probs, base=2) == pytest.approx(1.5, **APPROX64)


def test_scipy_entropy_units_and_counts() -> None:
    assert g.entropy([0.5, 0.25, 0.25], base=2) == pytest.approx(1.5, **APPROX64)
    assert g.entropy([0.5, 0.25, 0.25]) == pytest.approx(1.5 * math.log(2), **APPROX64)
    assert g.entropy([2, 1, 1], base=2) == pytest.approx(1.5, **APPROX64)


def test_binary_entropy_is_zero_at_the_ends_and_one_bit_at_a_half() -> None:
    assert g.h_bin[0] == 0.0
    assert g.h_bin[2] == pytest.approx(1.0, **APPROX64)
    # symmetric in p and 1 - p, up to float64 rounding of 1 - 0.9
    assert g.h_bin[1] == pytest.approx(g.h_bin[3], **APPROX64)
    assert g.h_bin[1] == pytest.approx(0.469, abs=5e-5)  # the card prints four digits


def test_one_hot_cross_entropy_is_minus_log_of_the_true_class() -> None:
    assert g.h_pq == pytest.approx(-math.log(0.8), **APPROX64)


def test_torch_cross_entropy_is_the_mean_of_minus_log_softmax() -> None:
    by_hand = -torch.log_softmax(g.logits, dim=1)[[0, 1], [0, 1]].mean()
    # float32: same operations in a different order
    assert g.ce_loss.item() == pytest.approx(by_hand.item(), **APPROX32)
    assert g.ce_loss.item() == pytest.approx(0.3069, abs=5e-5)


def test_bce_with_logits_matches_sigmoid_then_bce() -> None:
    from_probs = F.binary_cross_entropy(torch.sigmoid(g.bin_logits), g.bin_targets)
    # float32, sigmoid then log versus log-sigmoid: ~1e-7 apart
    assert g.bce.item() == pytest.approx(from_probs.item(), abs=1e-6)


def test_kl_is_not_symmetric_and_torch_agrees_with_scipy() -> None:
    p, q = np.array(g.p_kl), np.array(g.q_kl)
    by_hand = float((p * np.log(p / q)).sum())
    assert g.entropy(g.p_kl, g.q_kl) == pytest.approx(by_hand, **APPROX64)
    assert g.entropy(g.p_kl, g.q_kl) != pytest.approx(g.entropy(g.q_kl, g.p_kl), abs=1e-3)
    # torch computes in float32: agree to ~1e-7 with the float64 value
    assert g.kl_t.item() == pytest.approx(by_hand, abs=1e-6)


def test_perplexity_is_the_same_in_bits_and_in_nats() -> None:
    # powers of two: the mean of -log2 is exact
    assert g.h_bits == 1.75
    assert np.isclose(2**g.h_bits, np.exp(g.loss_nats), **FLOAT64)
