from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from tests.tolerances import FLOAT32


@pytest.fixture
def nll_kl() -> ModuleType:
    return importlib.import_module("snippets.losses.nll_kl")


def test_log_softmax_with_nll_equals_cross_entropy(nll_kl: ModuleType) -> None:
    assert torch.allclose(nll_kl.nll, nll_kl.ce, **FLOAT32)


def test_kl_batchmean_is_the_mean_divergence_per_example(nll_kl: ModuleType) -> None:
    assert torch.allclose(nll_kl.kl, nll_kl.by_hand, **FLOAT32)
    assert nll_kl.kl >= 0


def test_kl_with_log_target_gives_the_same_value(nll_kl: ModuleType) -> None:
    with_log = nn.KLDivLoss(reduction="batchmean", log_target=True)(nll_kl.log_q, nll_kl.log_p)
    assert torch.allclose(with_log, nll_kl.kl, **FLOAT32)


def test_kl_is_zero_for_identical_distributions(nll_kl: ModuleType) -> None:
    p = nll_kl.teacher_probs
    assert nn.KLDivLoss(reduction="batchmean")(p.log(), p).item() == pytest.approx(0.0, abs=1e-7)


def test_kl_mean_reduction_also_divides_by_the_classes(nll_kl: ModuleType) -> None:
    n, c = nll_kl.log_q.shape
    assert nll_kl.summed.item() / (n * c) == pytest.approx(nll_kl.kl.item() / c, rel=1e-5)
    assert nll_kl.probs_as_input < 0


def test_kl_matches_cross_entropy_minus_entropy(nll_kl: ModuleType) -> None:
    p = nll_kl.teacher_probs
    cross_entropy = -(p * nll_kl.log_q).sum(dim=1).mean()
    entropy = -(p * p.log()).sum(dim=1).mean()
    assert torch.allclose(nll_kl.kl, cross_entropy - entropy, atol=1e-6)
    assert torch.allclose(F.cross_entropy(nll_kl.student_logits, p), cross_entropy, **FLOAT32)
