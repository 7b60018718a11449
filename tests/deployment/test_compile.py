"""torch.compile on the page's tanh GELU: same values as eager, one recompilation, then none."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch

from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def compiled() -> ModuleType:
    return importlib.import_module("snippets.deployment.compile")


def test_compiled_function_matches_eager_within_float32_tolerance(compiled: ModuleType) -> None:
    torch.testing.assert_close(compiled.y, compiled.gelu_tanh(compiled.x), **FLOAT32)


def test_function_is_the_tanh_approximation_of_gelu(compiled: ModuleType) -> None:
    expected = torch.nn.functional.gelu(compiled.x, approximate="tanh")
    torch.testing.assert_close(compiled.gelu_tanh(compiled.x), expected, **FLOAT32)


def test_new_sizes_run_without_recompiling_after_the_first_one(compiled: ModuleType) -> None:
    torch.compiler.set_stance("fail_on_recompile")
    try:
        for size in (7, 123, 4096):
            x = torch.randn(size)
            torch.testing.assert_close(compiled.fast_gelu(x), compiled.gelu_tanh(x), **FLOAT32)
    finally:
        torch.compiler.set_stance("default")


def test_a_new_dtype_recompiles_and_the_stance_is_back_to_default(compiled: ModuleType) -> None:
    x = torch.randn(50, dtype=torch.float64)
    torch.testing.assert_close(compiled.fast_gelu(x), compiled.gelu_tanh(x), **FLOAT32)
