from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from types import ModuleType

import pytest
import torch
from torch import nn

from cheatsheet.project import ROOT


@pytest.fixture
def tensors() -> ModuleType:
    return importlib.import_module("snippets.pytorch.tensors")


def test_created_tensors_have_the_shown_shapes(tensors: ModuleType) -> None:
    assert tensors.x.shape == (3,)
    assert tensors.zeros.shape == (3, 4)
    assert tensors.ones.shape == (2, 3)
    assert tensors.noise.shape == (5, 5)
    assert tensors.steps.tolist() == [0, 2, 4, 6, 8]


def test_default_dtypes_are_int64_and_float32(tensors: ModuleType) -> None:
    assert tensors.x.dtype == torch.int64
    assert torch.tensor([1.0]).dtype == torch.float32
    assert (tensors.x / 2).dtype == torch.float32
    assert (tensors.x // 2).dtype == torch.int64


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dtype_table_shows_the_element_sizes(lang: str) -> None:
    page = (ROOT / "docs" / lang / "pytorch.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if re.match(r"\| `torch\.\w+` \| \d+ \|", line)]
    assert len(rows) == 5
    for row in rows:
        name, size = (cell.strip() for cell in row.strip("|").split("|")[:2])
        dtype = getattr(torch, name.strip("`").removeprefix("torch."))
        assert torch.empty(0, dtype=dtype).element_size() == int(size)


def test_matmul_shapes_and_dot_product(tensors: ModuleType) -> None:
    assert (tensors.A @ tensors.B).shape == (3, 5)
    assert torch.dot(tensors.a, tensors.b).item() == 32.0


def test_view_fails_on_a_transpose_but_reshape_copies(tensors: ModuleType) -> None:
    t = tensors.t
    assert not t.T.is_contiguous()
    with pytest.raises(RuntimeError):
        t.T.view(12)
    assert t.T.reshape(12)[:6].tolist() == [0, 4, 8, 1, 5, 9]
    assert t.view(-1, 2).shape == (6, 2)


@pytest.mark.parametrize(
    ("make_error", "message"),
    [
        (
            lambda: nn.functional.cross_entropy(torch.randn(4, 3), torch.tensor([0.0, 1, 2, 0])),
            "expected target dtype to be Long or Byte, but got Float",
        ),
        (
            lambda: nn.Linear(3, 2)(torch.randn(4, 3, dtype=torch.float64)),
            "mat1 and mat2 must have the same dtype, but got Double and Float",
        ),
        (
            lambda: torch.tensor([1.0, 2.0]).item(),
            "a Tensor with 2 elements cannot be converted to Scalar",
        ),
    ],
)
def test_dtype_errors_table_shows_the_messages_python_prints(
    make_error: Callable[[], object], message: str
) -> None:
    with pytest.raises(RuntimeError) as error:
        make_error()
    assert str(error.value) == message


def test_view_keeps_reading_order_but_transpose_moves_the_axes(tensors: ModuleType) -> None:
    grid = tensors.grid
    assert grid.view(3, 2).flatten().tolist() == grid.flatten().tolist()
    assert grid.transpose(0, 1).shape == grid.view(3, 2).shape
    assert not torch.equal(grid.transpose(0, 1), grid.view(3, 2))
    assert all(grid.transpose(0, 1)[j, i] == grid[i, j] for i in range(2) for j in range(3))
    assert torch.equal(tensors.cube.permute(2, 0, 1), tensors.cube.transpose(0, 2).transpose(1, 2))
    assert grid.transpose(0, 1).contiguous().is_contiguous()
