from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch

from tests.tolerances import FLOAT32


@pytest.fixture
def autograd() -> ModuleType:
    return importlib.import_module("snippets.pytorch.autograd")


def test_gradients_are_four_x_and_six_y_squared() -> None:
    x = torch.tensor(2.0, requires_grad=True)
    y = torch.tensor(3.0, requires_grad=True)
    (2 * (x**2 + y**3)).backward()
    assert (x.grad.item(), y.grad.item()) == (8.0, 54.0)


def test_gradients_accumulate_until_reset(autograd: ModuleType) -> None:
    assert autograd.x.grad is None
    assert autograd.y.grad.item() == 0.0
    x = torch.tensor(2.0, requires_grad=True)
    for _ in range(2):
        (2 * x**2).backward()
    assert x.grad.item() == 16.0


def test_detach_shares_data_and_stops_the_gradient(autograd: ModuleType) -> None:
    assert not autograd.c.requires_grad
    assert autograd.c.data_ptr() == autograd.b.data_ptr()
    assert autograd.a.grad.tolist() == [4.0, 4.0, 4.0]


def test_accumulated_micro_batches_give_the_big_batch_gradient(autograd: ModuleType) -> None:
    assert torch.allclose(autograd.net.weight.grad, autograd.big_batch, **FLOAT32)
    assert autograd.n_chunks == 4


def test_autograd_errors_table_shows_the_messages_python_prints() -> None:
    with pytest.raises(RuntimeError) as no_grad_fn:
        (torch.ones(2) * 2).sum().backward()
    assert str(no_grad_fn.value) == (
        "element 0 of tensors does not require grad and does not have a grad_fn"
    )
    w = torch.ones(2, requires_grad=True)
    loss = w.exp().sum()
    loss.backward()
    with pytest.raises(RuntimeError) as twice:
        loss.backward()
    assert str(twice.value).startswith(
        "Trying to backward through the graph a second time (or directly access saved tensors "
        "after they have already been freed)."
    )
    with pytest.raises(RuntimeError) as in_place:
        w += 1
    assert str(in_place.value) == (
        "a leaf Variable that requires grad is being used in an in-place operation."
    )
