from __future__ import annotations

import importlib
import math
from types import ModuleType

import pytest
import torch

from tests.tolerances import APPROX32


@pytest.fixture(scope="module")
def checks() -> ModuleType:
    return importlib.import_module("snippets.training.sanity_checks")


def test_loss_at_initialisation_is_within_0_05_of_ln_c(checks: ModuleType) -> None:
    assert checks.init_loss == pytest.approx(math.log(10), abs=0.05)


def test_one_batch_is_memorised_in_two_hundred_steps(checks: ModuleType) -> None:
    assert checks.batch_losses[0] == pytest.approx(math.log(10), abs=0.1)
    assert checks.batch_losses[-1] < 0.01
    assert len(checks.batch_losses) == 200


def test_range_test_stops_when_the_loss_shoots_up(checks: ModuleType) -> None:
    assert len(checks.losses) < len(checks.lrs)
    assert checks.losses[-1] > 4 * min(checks.losses)
    assert checks.lrs == pytest.approx(torch.logspace(-5, 1, steps=100).tolist())
    # a rate a tenth of the best one, of order 0.1 for this model and SGD
    assert 0.1 <= checks.best_lr / 10 < 1


def test_range_test_smoothing_is_debiased(checks: ModuleType) -> None:
    # the first smoothed loss is the first loss itself, not a tenth of it
    assert checks.losses[0] > 1.0


def test_gradient_norm_matches_the_norm_of_all_gradients(checks: ModuleType) -> None:
    grads = [p.grad for p in checks.model.parameters()]
    by_hand = torch.cat([g.flatten() for g in grads]).norm()
    assert checks.norms[-1] == pytest.approx(by_hand.item(), **APPROX32)
    assert checks.norms[-1] < checks.norms[0]


def test_nan_comes_from_zero_times_log_zero_and_fp16_overflow(checks: ModuleType) -> None:
    assert torch.isnan((checks.p * torch.log(checks.p)).sum())
    assert torch.special.xlogy(checks.p, checks.p).sum().item() == 0.0
    assert torch.isinf(torch.tensor(65520.0).half())
    assert torch.isfinite(torch.tensor(65504.0).half())
    assert torch.isinf(torch.log(torch.softmax(checks.logits, dim=0))[0])
    assert torch.log_softmax(checks.logits, dim=0)[0].item() == -200.0


def test_too_high_learning_rate_diverges_and_small_one_does_not(checks: ModuleType) -> None:
    assert checks.first_bad_step(lr=10.0) == 14
    assert checks.first_bad_step(lr=0.1) is None


def test_gradient_noise_falls_as_one_over_root_batch_size(checks: ModuleType) -> None:
    torch.manual_seed(1)
    ratio = checks.gradient_std(8) / checks.gradient_std(128)
    assert ratio == pytest.approx(4, rel=0.15)
