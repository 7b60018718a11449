from __future__ import annotations

import importlib
import sys
from types import ModuleType

import pytest
import torch
import torch.nn.functional as F


@pytest.fixture(scope="module")
def augmentation() -> ModuleType:
    return importlib.import_module("snippets.training.augmentation")


def test_augment_keeps_the_batch_shape(augmentation: ModuleType) -> None:
    assert augmentation.augmented.shape == augmentation.images.shape


def test_each_image_is_a_window_of_the_padded_image_maybe_mirrored(
    augmentation: ModuleType,
) -> None:
    images = torch.rand(4, 3, 8, 8, generator=torch.Generator().manual_seed(1))
    out = augmentation.augment(images, torch.Generator().manual_seed(2))
    # replay the draws of the same generator to find each crop and flip
    generator = torch.Generator().manual_seed(2)
    tops = torch.randint(0, 9, (4,), generator=generator).tolist()
    lefts = torch.randint(0, 9, (4,), generator=generator).tolist()
    flip = torch.rand(4, generator=generator) < 0.5
    noise = 0.05 * torch.randn(out.shape, generator=generator)
    padded = F.pad(images, (4, 4, 4, 4), mode="reflect")
    for i in range(4):
        crop = padded[i, :, tops[i] : tops[i] + 8, lefts[i] : lefts[i] + 8]
        expected = (crop.flip(-1) if flip[i] else crop) + noise[i]
        assert torch.equal(out[i], expected)


def test_flip_twice_is_the_identity(augmentation: ModuleType) -> None:
    assert torch.equal(augmentation.mirrored.flip(-1), augmentation.image)


def test_noise_has_the_stated_standard_deviation(augmentation: ModuleType) -> None:
    # 196 608 draws: the sample standard deviation is within 1 % of 0.05
    assert augmentation.noise.std().item() == pytest.approx(0.05, rel=0.01)


def test_the_torchvision_block_is_not_run_at_import(augmentation: ModuleType) -> None:
    assert callable(augmentation.torchvision_pipeline)
    assert "torchvision" not in sys.modules
