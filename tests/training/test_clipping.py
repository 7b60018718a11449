from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from torch import nn

from tests.tolerances import APPROX32, FLOAT32


@pytest.fixture(scope="module")
def clipping() -> ModuleType:
    return importlib.import_module("snippets.training.clipping")


def test_clip_returns_the_global_norm_from_before(clipping: ModuleType) -> None:
    by_hand = torch.cat([g.flatten() for g in clipping.grads]).norm()
    assert clipping.total.item() == pytest.approx(by_hand.item(), **APPROX32)
    assert clipping.total.item() > 1.0


def test_norm_after_clipping_is_max_norm(clipping: ModuleType) -> None:
    assert clipping.after.item() == pytest.approx(1.0, **APPROX32)


def test_clipping_scales_every_gradient_by_the_same_coefficient(clipping: ModuleType) -> None:
    model = nn.Linear(3, 1)
    for p in model.parameters():
        p.grad = torch.full_like(p, 10.0)
    before = [p.grad.clone() for p in model.parameters()]
    total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=2.0)
    coef = 2.0 / (total.item() + 1e-6)
    for p, g in zip(model.parameters(), before, strict=True):
        assert torch.allclose(p.grad, g * coef, **FLOAT32)


def test_small_gradients_are_left_alone() -> None:
    model = nn.Linear(3, 1)
    for p in model.parameters():
        p.grad = torch.full_like(p, 0.1)
    before = [p.grad.clone() for p in model.parameters()]
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    assert all(torch.equal(p.grad, g) for p, g in zip(model.parameters(), before, strict=True))


def test_clip_by_value_clamps_each_component(clipping: ModuleType) -> None:
    for p, g in zip(clipping.model.parameters(), clipping.grads, strict=True):
        assert torch.equal(p.grad, g.clamp(-0.5, 0.5))
