from __future__ import annotations

import importlib
import os

import pytest
import torch

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(
        os.environ.get("CHEATSHEET_GPU") != "1",
        reason="needs a CUDA device: run by `make test-gpu`",
    ),
]


def test_peak_counts_the_temporary_and_empty_cache_returns_memory() -> None:
    memory = importlib.import_module("snippets.deployment.gpu_memory")
    assert (memory.now, memory.peak) == (4, 8)
    assert torch.cuda.memory_allocated() == memory.before
    assert torch.cuda.memory_reserved() < memory.reserved
