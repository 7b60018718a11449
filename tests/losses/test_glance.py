from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.tolerances import APPROX32, FLOAT32


@pytest.fixture
def glance() -> ModuleType:
    return importlib.import_module("snippets.losses.glance")


def test_cross_entropy_card_is_log_softmax_then_nll(glance: ModuleType) -> None:
    logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
    targets = torch.tensor([0, 1])
    by_hand = -F.log_softmax(logits, dim=1)[torch.arange(2), targets].mean()
    assert nn.CrossEntropyLoss()(logits, targets).item() == pytest.approx(
        by_hand.item(), **APPROX32
    )
    # The NLL card feeds log_softmax to NLLLoss: the same value as cross-entropy on logits.
    assert nn.NLLLoss()(glance.log_probs, targets).item() == pytest.approx(
        by_hand.item(), **APPROX32
    )


def test_label_smoothing_raises_the_loss_of_correct_predictions(glance: ModuleType) -> None:
    assert glance.smoothed.item() == pytest.approx(0.4369, abs=5e-5)  # the printed 4 digits


def test_ignored_padding_leaves_the_mean_of_the_real_positions(glance: ModuleType) -> None:
    logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [9.0, -9.0, 0.0]])
    real = nn.CrossEntropyLoss()(logits[:2], glance.padded[:2])
    loss = nn.CrossEntropyLoss(ignore_index=-100)(logits, glance.padded)
    assert loss.item() == pytest.approx(real.item(), **APPROX32)


def test_reduction_none_gives_one_loss_per_sample(glance: ModuleType) -> None:
    assert glance.per_sample.shape == (2,)
    # The default "mean" reduction is the mean of the per-sample losses.
    assert glance.per_sample.mean().item() == pytest.approx(0.3185, abs=5e-5)


def test_pos_weight_raises_the_binary_loss(glance: ModuleType) -> None:
    assert glance.weighted > glance.plain
    assert glance.plain.item() == pytest.approx(0.2293, abs=5e-5)  # the printed 4 digits


def test_regression_cards(glance: ModuleType) -> None:
    assert glance.mse.item() == pytest.approx(0.38 / 3, **APPROX32)
    assert glance.mae.item() == pytest.approx(1.0 / 3, **APPROX32)
    # With an outlier of error ten, Huber (delta one) is far below the MSE.
    assert glance.huber < nn.MSELoss()(glance.pred, glance.target) / 10


def test_kl_card_is_the_mean_divergence_per_example(glance: ModuleType) -> None:
    log_q = F.log_softmax(glance.student, dim=1)
    by_hand = (glance.teacher * (glance.teacher.log() - log_q)).sum(dim=1).mean()
    assert torch.allclose(glance.kl, by_hand, **FLOAT32)


def test_cosine_and_triplet_cards(glance: ModuleType) -> None:
    losses = glance.cosine(glance.x1, glance.x2, torch.tensor([1, -1]))
    expected = torch.tensor([1 - 2**-0.5, 2**-0.5 - 0.2])
    assert torch.allclose(losses, expected, **FLOAT32)
    # The distance adds eps = 1e-6 to the difference: 1 - 1.5 + 1 up to ~1e-6.
    assert glance.triplet.item() == pytest.approx(0.5, abs=1e-5)
