from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch

from tests.tolerances import FLOAT32


@pytest.fixture
def other() -> ModuleType:
    return importlib.import_module("snippets.losses.other")


def test_cosine_embedding_loss_per_pair(other: ModuleType) -> None:
    # Similar pairs (y = 1) cost 1 - cos; dissimilar ones max(0, cos - margin).
    expected = torch.tensor([1 - 2**-0.5, 1.0, 2**-0.5 - 0.2, 0.0])
    assert torch.allclose(other.cosine(other.x1, other.x2, other.y), expected, **FLOAT32)
    assert torch.allclose(
        other.cosine(other.x1, other.x2, other.y), other.cosine_by_hand, **FLOAT32
    )


def test_triplet_margin_loss_per_triplet(other: ModuleType) -> None:
    # pairwise_distance adds eps = 1e-6 to the difference: the values are off by ~1e-6.
    assert torch.allclose(other.per_triplet, torch.tensor([0.0, 0.5, 2.0]), rtol=0, atol=1e-5)
    assert torch.allclose(other.per_triplet, other.triplet_by_hand, **FLOAT32)
    mean = torch.nn.TripletMarginLoss(margin=1.0)(other.anchor, other.positive, other.negative)
    assert mean.item() == pytest.approx(2.5 / 3, abs=1e-5)
