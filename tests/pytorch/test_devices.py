from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np
import pytest
import torch


@pytest.fixture
def devices() -> ModuleType:
    return importlib.import_module("snippets.pytorch.devices")


def test_device_is_the_accelerator_or_the_cpu(devices: ModuleType) -> None:
    expected = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
    assert isinstance(devices.device, torch.device)
    assert devices.device.type == expected.type
    assert devices.x.device.type == devices.device.type
    assert devices.y.device.type == devices.device.type


def test_from_numpy_shares_memory_and_tensor_copies(devices: ModuleType) -> None:
    assert devices.shared.tolist() == [100.0, -1.0, 3.0]
    assert devices.copied.tolist() == [1.0, 2.0, 3.0]
    assert np.shares_memory(devices.array, devices.back)
    assert devices.shared.dtype == torch.float64


def test_numpy_needs_detach_for_a_tensor_with_gradients(devices: ModuleType) -> None:
    with pytest.raises(RuntimeError):
        (devices.weights * 2).numpy()
    assert devices.result.tolist() == [2.0, 2.0, 2.0]
    assert isinstance(devices.result, np.ndarray)
