from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch

from tests.tolerances import APPROX32


def snippet() -> ModuleType:
    return importlib.import_module("snippets.optimizers.adam")


@pytest.mark.parametrize(
    ("optimizer_class", "decoupled"), [(torch.optim.Adam, False), (torch.optim.AdamW, True)]
)
def test_from_scratch_adam_matches_torch_within_atol(
    optimizer_class: type[torch.optim.Optimizer], decoupled: bool
) -> None:
    mod = snippet()
    assert mod.atol == 1e-6
    assert mod.largest_gap(optimizer_class, decoupled=decoupled) < mod.atol


def test_snippet_checks_both_adam_and_adamw() -> None:
    mod = snippet()
    assert mod.adam_gap < mod.atol
    assert mod.adamw_gap < mod.atol


def test_mixing_up_l2_and_decoupled_decay_breaks_the_match() -> None:
    mod = snippet()
    assert mod.largest_gap(torch.optim.AdamW, decoupled=False) > 1e-3
    assert mod.largest_gap(torch.optim.Adam, decoupled=True) > 1e-3


def test_eps_is_added_after_the_square_root() -> None:
    adam_step = snippet().adam_step
    w = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.Adam([w], lr=0.1, eps=1e-2)
    w.grad = torch.tensor([1e-3])
    opt.step()
    mine, _, _ = adam_step(
        torch.tensor([1.0]), torch.tensor([1e-3]), torch.zeros(1), torch.zeros(1), 1, 0.1, eps=1e-2
    )
    assert torch.allclose(mine, w.detach(), rtol=0, atol=1e-7)
    eps_inside = 1.0 - 0.1 * 1e-3 / (1e-6 + 1e-2) ** 0.5
    assert abs(w.item() - eps_inside) > 1e-3


@pytest.mark.parametrize(("wd", "adam", "adamw"), [(0.01, 0.0763, 0.9900), (0.1, 0.0762, 0.9044)])
def test_adam_l2_ignores_the_decay_strength_adamw_does_not(
    wd: float, adam: float, adamw: float
) -> None:
    mod = snippet()
    assert round(mod.after_decay_only(torch.optim.Adam, wd), 4) == adam
    assert round(mod.after_decay_only(torch.optim.AdamW, wd), 4) == adamw
    assert mod.after_decay_only(torch.optim.AdamW, wd) == pytest.approx(
        (1 - 0.1 * wd) ** 10, **APPROX32
    )


def test_the_check_runs_fifty_float32_steps() -> None:
    mod = snippet()
    assert mod.X.dtype == torch.float32
    assert mod.largest_gap.__defaults__[0] == 50


def test_adam_l2_moves_the_weight_back_by_about_lr_per_step() -> None:
    per_step = (1 - snippet().after_decay_only(torch.optim.Adam, 0.01)) / 10
    assert 0.08 < per_step < 0.1


def test_adam_with_decoupled_weight_decay_behaves_like_adamw() -> None:
    a, b = torch.ones(2, requires_grad=True), torch.ones(2, requires_grad=True)
    opt_a = torch.optim.Adam([a], lr=0.1, weight_decay=0.1, decoupled_weight_decay=True)
    opt_b = torch.optim.AdamW([b], lr=0.1, weight_decay=0.1)
    for _ in range(5):
        a.grad, b.grad = torch.tensor([0.3, -0.2]), torch.tensor([0.3, -0.2])
        opt_a.step()
        opt_b.step()
    assert torch.equal(a, b)


def test_default_weight_decay_is_zero_for_adam_and_a_hundredth_for_adamw() -> None:
    w = [torch.zeros(1, requires_grad=True)]
    assert torch.optim.Adam(w).defaults["weight_decay"] == 0
    assert torch.optim.AdamW(w).defaults["weight_decay"] == 0.01
    assert torch.optim.Adam(w).defaults["lr"] == 1e-3


def test_first_adam_step_moves_by_lr_whatever_the_gradient_size() -> None:
    mod = snippet()
    assert [round(p.item(), 4) for p in mod.first] == [0.9, 0.9, 0.9]
