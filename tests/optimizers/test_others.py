from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


def snippet() -> ModuleType:
    return importlib.import_module("snippets.optimizers.others")


@pytest.mark.parametrize(
    ("name", "loss"),
    [
        ("SGD+momentum", 0.0001),
        ("Adam", 0.0001),
        ("RMSprop", 0.0564),
        ("Adagrad", 0.0),
        ("Adadelta", 2.4941),
        ("NAdam", 0.0),
        ("RAdam", 0.2539),
    ],
)
def test_each_optimizer_reaches_the_loss_shown(name: str, loss: float) -> None:
    mod = snippet()
    assert round(mod.final_loss(mod.makers[name]), 4) == loss


def test_param_groups_exclude_biases_and_norms_from_decay() -> None:
    groups = snippet().opt.param_groups
    assert [(len(g["params"]), g["weight_decay"], g["lr"]) for g in groups] == [
        (2, 0.01, 0.001),
        (4, 0.0, 0.001),
    ]
    assert all(p.ndim == 2 for p in groups[0]["params"])


@pytest.mark.parametrize(
    ("name", "lr"),
    [
        ("RMSprop", 0.01),
        ("Adagrad", 0.01),
        ("Adadelta", 1.0),
        ("NAdam", 0.002),
        ("RAdam", 0.001),
        ("Adamax", 0.002),
        ("Adafactor", 0.01),
        ("Muon", 0.001),
    ],
)
def test_torch_optim_defaults_in_the_table(name: str, lr: float) -> None:
    weights = [torch.zeros(2, 2, requires_grad=True)]
    assert getattr(torch.optim, name)(weights).defaults["lr"] == lr


def test_torch_optim_has_no_lamb() -> None:
    assert not hasattr(torch.optim, "Lamb")
    assert not hasattr(torch.optim, "LAMB")


def test_muon_accepts_only_2d_weight_matrices() -> None:
    with pytest.raises(ValueError, match="2D"):
        torch.optim.Muon([torch.zeros(3, requires_grad=True)])
