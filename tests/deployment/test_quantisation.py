"""Int8 quantisation with torchao: the weights become int8, a quarter of the size, close outputs."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from torch import nn


@pytest.fixture(scope="module")
def quant() -> ModuleType:
    return importlib.import_module("snippets.deployment.quantisation")


def test_every_linear_weight_is_stored_as_int8_with_one_scale_per_row(quant: ModuleType) -> None:
    for layer in quant.int8_model:
        if isinstance(layer, nn.Linear):
            weight = layer.weight
            assert weight.qdata.dtype == torch.int8
            assert weight.qdata.shape == weight.shape
            assert weight.scale.shape == (weight.shape[0], 1)


def test_int8_weights_take_about_a_quarter_of_the_float32_file(quant: ModuleType) -> None:
    before, after = quant.saved_mib(quant.model), quant.saved_mib(quant.int8_model)
    assert (before, after) == (3.01, 0.76)
    # one byte per weight instead of four, plus the float32 scales and biases
    assert 0.25 < after / before < 0.26
    assert quant.saved_mib(quant.dynamic_model) == after


def test_int8_outputs_stay_within_the_stated_tolerance(quant: ModuleType) -> None:
    assert round(quant.error, 3) == 0.004
    assert 0 < quant.error < 0.01
    assert 0 < quant.dynamic_error < 0.02
    # small against the outputs themselves
    assert quant.error < 0.01 * quant.reference.abs().max().item()
