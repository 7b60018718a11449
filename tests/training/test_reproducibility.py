from __future__ import annotations

import importlib
import random
from types import ModuleType

import numpy as np
import pytest
import torch
from torch.utils.data import DataLoader, Dataset


@pytest.fixture(scope="module")
def repro() -> ModuleType:
    return importlib.import_module("snippets.training.reproducibility")


def test_same_seed_trains_bit_identical_weights(repro: ModuleType) -> None:
    pairs = zip(repro.first.parameters(), repro.second.parameters(), strict=True)
    assert all(torch.equal(p, q) for p, q in pairs)


def test_another_seed_trains_other_weights(repro: ModuleType) -> None:
    assert not torch.equal(repro.first[0].weight, repro.other[0].weight)


def test_snippet_gives_the_deterministic_flags_back(repro: ModuleType) -> None:
    assert not torch.are_deterministic_algorithms_enabled()
    assert repro.previous == (False, torch.backends.cudnn.benchmark, False)
    assert not torch.backends.cudnn.deterministic


def test_seed_everything_seeds_python_numpy_and_torch(repro: ModuleType) -> None:
    repro.seed_everything(7)
    drawn = random.random(), np.random.rand(), torch.rand(1).item()
    repro.seed_everything(7)
    assert (random.random(), np.random.rand(), torch.rand(1).item()) == drawn


class NumpyNoise(Dataset):
    """Draws with NumPy inside the workers, which seed it from the loader's generator."""

    def __len__(self) -> int:
        return 8

    def __getitem__(self, index: int) -> float:
        return float(np.random.rand())


def test_workers_seed_numpy_from_the_loader_generator_without_worker_init_fn() -> None:
    def draws(seed: int) -> list[float]:
        loader = DataLoader(
            NumpyNoise(),
            batch_size=2,
            num_workers=2,
            generator=torch.Generator().manual_seed(seed),
            multiprocessing_context="fork",
        )
        return torch.cat(list(loader)).tolist()

    first = draws(0)
    assert draws(0) == first
    assert draws(1) != first
    assert len(set(first)) == len(first)  # the two workers draw different numbers


def test_loaders_with_the_same_seed_shuffle_alike(repro: ModuleType) -> None:
    assert repro.order(0) == repro.order(0)
    assert repro.order(0) != repro.order(1)
    assert sorted(repro.order(0)) == list(range(8))
