from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


def snippet() -> ModuleType:
    return importlib.import_module("snippets.optimizers.glance")


def test_sgd_adam_adamw_defaults() -> None:
    mod = snippet()
    assert mod.opt.defaults["lr"] == 1e-3  # last card: AdamW with param groups
    assert torch.optim.AdamW([torch.zeros(1, requires_grad=True)]).defaults["weight_decay"] == 0.01
    assert torch.optim.Adam([torch.zeros(1, requires_grad=True)]).defaults["eps"] == 1e-8


def test_training_loop_lowers_the_loss_to_the_value_shown() -> None:
    # float32 training loop: reductions may differ by ~1e-6 across CPUs
    assert snippet().loss.item() == pytest.approx(0.80, abs=5e-3)


def test_clipping_returns_the_norm_before_and_rescales_to_one() -> None:
    mod = snippet()
    # float32 norms: rounding of ~1e-6
    assert mod.norm.item() == pytest.approx(200.0, rel=1e-5)
    assert mod.after.norm().item() == pytest.approx(1.0, rel=1e-5)


def test_adamw_decay_without_gradient_multiplies_by_one_minus_lr_wd() -> None:
    # one float32 multiplication: exact to ~1e-7
    assert snippet().w.item() == pytest.approx(0.95, abs=1e-6)


def test_param_groups_keep_their_own_rate() -> None:
    assert [g["lr"] for g in snippet().opt.param_groups] == [1e-4, 1e-3]
