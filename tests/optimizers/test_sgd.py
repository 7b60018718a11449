from __future__ import annotations

import importlib
from types import ModuleType

import torch

from tests.tolerances import FLOAT32


def snippet() -> ModuleType:
    return importlib.import_module("snippets.optimizers.sgd")


def test_sgd_keeps_the_settings_it_was_given() -> None:
    defaults = snippet().decayed.defaults
    assert (defaults["lr"], defaults["momentum"], defaults["weight_decay"]) == (0.01, 0.9, 1e-4)
    assert defaults["dampening"] == 0
    assert snippet().nesterov.defaults["nesterov"] is True


def test_by_hand_nesterov_with_weight_decay_matches_torch_sgd() -> None:
    mod = snippet()
    assert torch.allclose(mod.w, mod.w_torch.detach(), rtol=0, atol=1e-6)


def test_momentum_buffer_starts_at_the_first_gradient() -> None:
    sgd_step = snippet().sgd_step
    theta, grad = torch.tensor([1.0]), torch.tensor([2.0])
    theta, buf = sgd_step(theta, grad, None, lr=0.1, momentum=0.9)
    assert buf.item() == 2.0
    assert abs(theta.item() - 0.8) < 1e-7
    theta, buf = sgd_step(theta, grad, buf, lr=0.1, momentum=0.9)
    assert abs(buf.item() - 3.8) < 1e-6


def test_plain_sgd_matches_torch_without_momentum() -> None:
    sgd_step = snippet().sgd_step
    w = torch.tensor([1.0, -1.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, weight_decay=0.5)
    w.grad = torch.tensor([0.2, 0.4])
    opt.step()
    mine, _ = sgd_step(
        torch.tensor([1.0, -1.0]), torch.tensor([0.2, 0.4]), None, lr=0.1, weight_decay=0.5
    )
    assert torch.allclose(mine, w.detach(), **FLOAT32)
