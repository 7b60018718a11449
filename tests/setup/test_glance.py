"""The setup cards: CUDA check, device choice and timing that waits for the GPU."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


@pytest.fixture(scope="module")
def glance() -> ModuleType:
    return importlib.import_module("snippets.setup.glance")


def test_device_card_falls_back_to_the_cpu_without_an_accelerator(glance: ModuleType) -> None:
    assert isinstance(glance.device, torch.device)
    if torch.accelerator.current_accelerator() is None:
        assert glance.device == torch.device("cpu") and glance.x.device.type == "cpu"


@pytest.mark.skipif(torch.cuda.is_available(), reason="the page shows the CPU machine's output")
def test_cuda_card_shows_the_cpu_wheel() -> None:
    assert (torch.cuda.is_available(), torch.version.cuda, torch.cuda.device_count()) == (
        False,
        None,
        0,
    )


def test_sync_card_times_a_finished_product(glance: ModuleType) -> None:
    assert glance.elapsed > 0
    # a @ a on a matrix of values in [0, 1): each entry is a sum of 512 products in [0, 1)
    assert glance.b.shape == (512, 512) and 0 <= glance.b.min() and glance.b.max() < 512
