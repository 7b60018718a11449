from __future__ import annotations

import importlib
import math
from types import ModuleType

import pytest
import torch
import torch.nn.functional as F

from tests.tolerances import FLOAT32


@pytest.fixture
def mistakes() -> ModuleType:
    return importlib.import_module("snippets.losses.softmax_mistakes")


def test_nll_on_probabilities_is_minus_the_mean_probability(mistakes: ModuleType) -> None:
    picked = mistakes.probs[torch.arange(2), mistakes.targets]
    assert torch.allclose(mistakes.wrong, -picked.mean(), **FLOAT32)
    assert mistakes.wrong < 0 < mistakes.right


def test_double_softmax_gives_a_different_loss(mistakes: ModuleType) -> None:
    assert f"{mistakes.double.item():.4f}" == "0.7450"
    assert f"{mistakes.right.item():.4f}" == "0.3185"


@pytest.mark.parametrize("n_classes", [2, 3, 10])
def test_double_softmax_has_a_floor_even_for_a_perfect_prediction(n_classes: int) -> None:
    confident = torch.full((1, n_classes), -30.0)
    confident[0, 0] = 30.0
    floor = F.cross_entropy(F.softmax(confident, dim=1), torch.tensor([0]))
    assert floor.item() == pytest.approx(math.log(1 + (n_classes - 1) / math.e), abs=1e-5)
    assert F.cross_entropy(confident, torch.tensor([0])).item() < 1e-6


def test_double_softmax_squashes_the_gradient(mistakes: ModuleType) -> None:
    assert mistakes.good > 10 * mistakes.wrong_guess.grad.norm().item()
