from __future__ import annotations

import importlib
import math
from types import ModuleType

import pytest
import torch
from torch import nn


@pytest.fixture(scope="module")
def init() -> ModuleType:
    return importlib.import_module("snippets.training.initialisation")


# Sampling tolerance: a variance estimated on 500 000 weights is within about 0.5 % of the
# true one (relative standard error sqrt(2/n) for a normal law); 2 % leaves room.
SAMPLING = {"rel": 0.02}


def test_linear_default_bound_is_one_over_sqrt_fan_in(init: ModuleType) -> None:
    assert init.bound == 1 / math.sqrt(1000)
    assert init.layer.weight.abs().max().item() <= init.bound
    assert init.layer.bias.abs().max().item() <= init.bound


def test_linear_default_is_kaiming_uniform_with_a_sqrt5() -> None:
    torch.manual_seed(3)
    layer = nn.Linear(64, 32)
    torch.manual_seed(3)
    w = torch.empty(32, 64)
    nn.init.kaiming_uniform_(w, a=math.sqrt(5))
    assert torch.equal(layer.weight, w)


def test_default_variance_is_one_third_of_the_bound_squared(init: ModuleType) -> None:
    assert init.layer.weight.var().item() == pytest.approx(init.bound**2 / 3, **SAMPLING)


def test_kaiming_and_xavier_variances_match_their_formulas(init: ModuleType) -> None:
    assert init.kaiming == pytest.approx(1.0, **SAMPLING)
    assert init.xavier == pytest.approx(1.0, **SAMPLING)
    assert init.kaiming_max <= 1.0
    assert init.kaiming_max == pytest.approx(1.0, abs=1e-3)  # 500 000 draws reach the bound


def test_default_init_shrinks_a_relu_signal_and_kaiming_keeps_it(init: ModuleType) -> None:
    assert init.output_rms("default") == pytest.approx(6**-5, rel=0.3)
    assert init.output_rms("kaiming") == pytest.approx(1.0, rel=0.1)
