from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
import torch.nn.functional as F

from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def focal() -> ModuleType:
    return importlib.import_module("snippets.losses.focal")


def test_focal_loss_is_cross_entropy_when_gamma_is_zero_and_alpha_one(focal: ModuleType) -> None:
    logits = torch.randn(16, 5, generator=torch.Generator().manual_seed(0))
    targets = torch.randint(0, 5, (16,), generator=torch.Generator().manual_seed(1))
    ce = F.cross_entropy(logits, targets)
    assert torch.allclose(focal.focal_loss(logits, targets, gamma=0.0, alpha=1.0), ce, **FLOAT32)


def test_focal_loss_matches_its_formula(focal: ModuleType) -> None:
    logits, targets = focal.logits, focal.targets
    p_t = torch.softmax(logits, dim=1)[torch.arange(2), targets]
    by_formula = (-0.25 * (1 - p_t) ** 2 * torch.log(p_t)).mean()
    assert torch.allclose(focal.focal_loss(logits, targets, 2.0, 0.25), by_formula, **FLOAT32)


def test_ratio_to_cross_entropy_is_one_minus_p_t_squared(focal: ModuleType) -> None:
    p_t = torch.softmax(focal.logits, dim=1)[torch.arange(2), focal.targets]
    assert torch.allclose(focal.fl / focal.ce, (1 - p_t) ** 2, **FLOAT32)


def test_easy_examples_are_down_weighted_far_more_than_hard_ones(focal: ModuleType) -> None:
    ratio = (focal.fl / focal.ce).tolist()
    assert ratio[0] < 0.002 < 0.6 < ratio[1]
