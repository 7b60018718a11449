from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.tolerances import FLOAT32


@pytest.fixture
def ce() -> ModuleType:
    return importlib.import_module("snippets.losses.cross_entropy")


def test_cross_entropy_is_log_softmax_then_nll(ce: ModuleType) -> None:
    log_probs = F.log_softmax(ce.logits, dim=1)
    assert torch.allclose(ce.loss, -log_probs[torch.arange(2), ce.targets].mean(), **FLOAT32)
    assert torch.allclose(ce.loss, ce.with_nll, **FLOAT32)
    assert f"{ce.loss.item():.4f}" == "0.3185"


def test_one_hot_targets_give_the_same_loss_as_indices(ce: ModuleType) -> None:
    assert torch.allclose(F.cross_entropy(ce.logits, ce.one_hot), ce.loss, **FLOAT32)
    assert F.cross_entropy(ce.logits, ce.soft) > ce.loss


def test_class_weights_divide_by_the_sum_of_weights(ce: ModuleType) -> None:
    w = ce.class_weights[ce.targets]
    assert torch.allclose(ce.weighted, (w * ce.per_sample).sum() / w.sum(), **FLOAT32)
    assert not torch.allclose(ce.weighted, (w * ce.per_sample).mean(), **FLOAT32)


def test_label_smoothing_mixes_one_hot_with_uniform(ce: ModuleType) -> None:
    assert torch.allclose(ce.smoothed, ce.by_hand, **FLOAT32)
    assert ce.smoothed > ce.loss


def test_ignore_index_drops_padded_positions(ce: ModuleType) -> None:
    assert torch.allclose(ce.flat, ce.only_real, **FLOAT32)
    assert torch.allclose(ce.class_dim_second, ce.only_real, **FLOAT32)
    assert int(ce.kept.sum()) == 5


def test_sequence_logits_with_classes_last_are_rejected(ce: ModuleType) -> None:
    with pytest.raises((RuntimeError, ValueError)):
        nn.CrossEntropyLoss()(ce.token_logits, ce.tokens)
