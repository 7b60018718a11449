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
    if torch.accelerator.current_accelerator(check_available=True) is None:
        assert glance.device == torch.device("cpu") and glance.x.device.type == "cpu"


@pytest.mark.skipif(torch.cuda.is_available(), reason="the page shows the CPU machine's output")
def test_cuda_card_shows_the_cpu_wheel() -> None:
    assert (torch.cuda.is_available(), torch.version.cuda, torch.cuda.device_count()) == (
        False,
        None,
        0,
    )


def test_sync_card_times_a_hundred_warm_calls(glance: ModuleType) -> None:
    assert glance.m.number_per_run == 100 and len(glance.m.times) == 1
    assert 0 < glance.m.median < 1
    assert glance.m.task_spec.stmt == "a @ a"
