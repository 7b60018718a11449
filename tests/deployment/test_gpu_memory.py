from __future__ import annotations

import os
import pickle
from pathlib import Path
from types import ModuleType

import pytest
import torch

from tests.imports import import_in

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(
        os.environ.get("CHEATSHEET_GPU") != "1",
        reason="needs a CUDA device: run by `make test-gpu`",
    ),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gpu_memory")


@pytest.fixture(scope="module")
def memory(folder: Path) -> ModuleType:
    # imported in a folder of its own: the snapshot block writes snapshot.pickle there
    return import_in(folder, "snippets.deployment.gpu_memory")


def test_peak_counts_the_temporary_and_empty_cache_returns_memory(memory: ModuleType) -> None:
    assert (memory.now, memory.peak) == (4, 8)
    assert torch.cuda.memory_reserved() < memory.reserved


def test_snapshot_is_written_and_holds_the_recorded_allocations(
    memory: ModuleType, folder: Path
) -> None:
    with open(folder / "snapshot.pickle", "rb") as f:
        snapshot = pickle.load(f)
    assert snapshot["segments"] and "device_traces" in snapshot
    assert memory.layer.weight.is_cuda
