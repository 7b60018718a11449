"""The PyTorch quick-reference cards: each card's claim, checked beyond its printed line."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest
import torch
from torch import nn

from tests.tolerances import APPROX32


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("glance")


@pytest.fixture(scope="module")
def glance(folder: Path) -> ModuleType:
    """Import the cards in their own folder: the save card writes model.pt where it runs."""
    here = Path.cwd()
    os.chdir(folder)
    try:
        return importlib.import_module("snippets.pytorch.glance")
    finally:
        os.chdir(here)


def test_reshape_card_views_share_storage_and_permute_moves_channels(glance: ModuleType) -> None:
    assert glance.t.view(2, 3).data_ptr() == glance.t.data_ptr()
    moved = glance.img.permute(0, 3, 1, 2)
    assert moved.shape == (8, 3, 32, 32) and not moved.is_contiguous()


def test_device_card_picks_the_accelerator_or_the_cpu(glance: ModuleType) -> None:
    expected = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
    assert glance.device == expected and isinstance(glance.device, torch.device)


def test_autograd_card_gives_the_derivative_two_w_plus_two() -> None:
    w = torch.tensor(3.0, requires_grad=True)
    (w**2 + 2 * w).backward()
    assert w.grad.item() == 2 * 3.0 + 2


def test_module_and_sequential_cards_count_their_parameters(glance: ModuleType) -> None:
    mlp = glance.MLP(4, 3)
    assert sum(p.numel() for p in mlp.parameters()) == (4 * 16 + 16) + (16 * 3 + 3)
    assert isinstance(glance.model, nn.Module)


def test_count_card_frozen_layer_is_excluded() -> None:
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
    model[0].requires_grad_(False)
    assert sum(p.numel() for p in model.parameters() if p.requires_grad) == 16 * 3 + 3


def test_dataloader_card_keeps_the_last_partial_batch(glance: ModuleType) -> None:
    sizes = [len(xb) for xb, _ in glance.loader]
    assert sizes == [4, 4, 2]
    assert sorted(torch.cat([yb for _, yb in glance.loader]).tolist()) == list(range(10))


def test_loop_card_lowers_the_loss_from_its_start() -> None:
    torch.manual_seed(0)
    X, y = torch.randn(64, 4), torch.randint(0, 3, (64,))
    model = nn.Linear(4, 3)
    opt = torch.optim.AdamW(model.parameters(), lr=0.1)
    losses = []
    for _ in range(20):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(X), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    # the card prints two decimals: that much holds on any CPU's kernels
    assert f"{losses[-1]:.2f}" == "1.04" and losses[-1] < losses[0]


def test_item_card_sums_detached_losses(glance: ModuleType) -> None:
    assert glance.total.item() == pytest.approx(0 + 4 + 16, **APPROX32)
    assert glance.total.grad_fn is None


def test_save_card_round_trips_the_weights(glance: ModuleType, folder: Path) -> None:
    back = torch.load(folder / "model.pt", weights_only=True)
    assert all(torch.equal(back[k], v) for k, v in glance.model.state_dict().items())


def test_squeeze_card_adds_and_removes_a_size_one_dimension(glance: ModuleType) -> None:
    assert glance.m.unsqueeze(0).shape == (1, 3, 4)
    assert glance.m.unsqueeze(0).squeeze(0).shape == glance.m.shape
    assert glance.m.transpose(0, 1).shape == (4, 3)


def test_cat_joins_along_an_existing_dim_and_stack_adds_one(glance: ModuleType) -> None:
    assert torch.cat([glance.a, glance.b]).shape == (4, 3)
    assert torch.cat([glance.a, glance.b], dim=1).shape == (2, 6)
    assert torch.equal(torch.stack([glance.a, glance.b])[1], glance.b)
