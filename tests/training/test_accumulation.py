from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from torch import nn

from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def accumulation() -> ModuleType:
    return importlib.import_module("snippets.training.accumulation")


def test_accumulated_gradient_equals_the_big_batch_gradient(accumulation: ModuleType) -> None:
    grads = [p.grad for p in accumulation.model.parameters()]
    for grad, big in zip(grads, accumulation.big_batch, strict=True):
        assert torch.allclose(grad, big, **FLOAT32)


def test_four_micro_batches_of_eight_step_like_batches_of_thirty_two(
    accumulation: ModuleType,
) -> None:
    generator = torch.Generator().manual_seed(0)
    X, y = torch.randn(64, 4, generator=generator), torch.randn(64, 1, generator=generator)
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for xb, yb in zip(X.split(32), y.split(32), strict=True):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(xb), yb).backward()
        optimizer.step()
    # the later regions only compute gradients: the weights are those of the accumulating loop
    assert accumulation.steps == 2
    assert torch.allclose(accumulation.model.weight, model.weight, **FLOAT32)
    assert torch.allclose(accumulation.model.bias, model.bias, **FLOAT32)


def test_uneven_micro_batches_sum_and_divide_by_the_big_batch(accumulation: ModuleType) -> None:
    assert [len(xb) for xb in accumulation.X.split(12)] == [12, 12, 12, 4]
    assert len(accumulation.X) == 40
