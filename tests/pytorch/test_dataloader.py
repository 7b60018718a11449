from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest
import torch
from torch.utils.data import DataLoader


@pytest.fixture
def dataloader() -> ModuleType:
    return importlib.import_module("snippets.pytorch.dataloader")


def test_dataset_returns_features_and_label(dataloader: ModuleType) -> None:
    features, label = dataloader.dataset[3]
    assert len(dataloader.dataset) == 10
    assert features.tolist() == [6.0, 7.0]
    assert label.item() == 1


def test_last_batch_is_smaller_unless_dropped(dataloader: ModuleType) -> None:
    assert [len(xb) for xb, _ in dataloader.loader] == [4, 4, 2]
    assert len(DataLoader(dataloader.dataset, batch_size=4, drop_last=True)) == 2
    xb, yb = next(iter(dataloader.loader))
    assert xb.shape == (4, 2) and yb.shape == (4,) and yb.dtype == torch.int64


def test_seeded_shuffle_is_reproducible_and_changes_each_epoch(dataloader: ModuleType) -> None:
    assert dataloader.first == [3, 7, 5, 2, 0, 8, 1, 6, 9, 4]
    assert dataloader.second != dataloader.first
    seeded = DataLoader(
        dataloader.dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0)
    )
    assert dataloader.epoch_order(seeded) == dataloader.first


def test_main_loads_every_example_once(
    dataloader: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    dataloader.main()
    assert capsys.readouterr().out == "10\n"


@pytest.mark.gpu
@pytest.mark.skipif(
    os.environ.get("CHEATSHEET_GPU") != "1", reason="needs a CUDA device: run by `make test-gpu`"
)
def test_pinned_batches_copy_to_the_gpu(dataloader: ModuleType) -> None:
    xb, _ = next(iter(DataLoader(dataloader.dataset, batch_size=4, pin_memory=True)))
    assert xb.is_pinned()
    assert xb.to("cuda", non_blocking=True).device.type == "cuda"
