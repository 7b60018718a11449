from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


@pytest.fixture
def amp() -> ModuleType:
    return importlib.import_module("snippets.pytorch.amp")


def test_autocast_dtype_depends_on_the_device(amp: ModuleType) -> None:
    old_gpu = torch.cuda.is_available() and not torch.cuda.is_bf16_supported(
        including_emulation=False
    )
    expected = torch.float16 if old_gpu else torch.bfloat16
    assert amp.amp_dtype == expected
    assert amp.logits.dtype == expected


def test_loss_parameters_and_gradients_stay_float32(amp: ModuleType) -> None:
    assert amp.loss.dtype == torch.float32
    assert amp.model[0].weight.dtype == torch.float32
    assert amp.model[0].weight.grad.dtype == torch.float32


def test_grad_scaler_is_enabled_only_for_float16(amp: ModuleType) -> None:
    assert amp.scaler.is_enabled() == (amp.amp_dtype == torch.float16)
