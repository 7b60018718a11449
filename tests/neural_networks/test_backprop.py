from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch

from tests.tolerances import FLOAT32


@pytest.fixture
def backprop() -> ModuleType:
    return importlib.import_module("snippets.neural_networks.backprop")


def test_hand_gradients_have_the_shapes_of_the_parameters(backprop: ModuleType) -> None:
    for grad, param in zip(
        (backprop.dW1, backprop.db1, backprop.dW2, backprop.db2),
        (backprop.W1, backprop.b1, backprop.W2, backprop.b2),
        strict=True,
    ):
        assert grad.shape == param.shape
    assert tuple(backprop.dW1.shape) == (3, 4)
    assert tuple(backprop.db2.shape) == (1, 1)


def test_hand_gradients_equal_autograd(backprop: ModuleType) -> None:
    by_hand = (backprop.dW1, backprop.db1, backprop.dW2, backprop.db2)
    for param, grad in zip(backprop.params, by_hand, strict=True):
        assert torch.allclose(param.grad, grad, **FLOAT32)


def test_hand_gradients_match_finite_differences(backprop: ModuleType) -> None:
    def loss_of(w1: torch.Tensor) -> torch.Tensor:
        return backprop.forward(w1, *[p.detach() for p in backprop.params[1:]])[-1]

    w1 = backprop.params[0].detach().clone().requires_grad_()
    assert torch.autograd.gradcheck(loss_of, (w1,))


def test_initial_and_trained_losses_are_the_shown_values(backprop: ModuleType) -> None:
    initial = backprop.forward(*[p.detach() for p in backprop.params])[-1]
    assert f"{initial.item():.4f}" == "1.9926"
    assert f"{backprop.loss.item():.4f}" == "0.0676"
