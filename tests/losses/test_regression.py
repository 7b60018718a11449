from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType

import pytest
import torch
from torch import nn

from tests.tolerances import APPROX32, FLOAT32


@pytest.fixture
def regression() -> ModuleType:
    return importlib.import_module("snippets.losses.regression")


def test_losses_match_their_formulas(regression: ModuleType) -> None:
    r = regression.predictions - regression.targets
    assert nn.MSELoss()(regression.predictions, regression.targets) == pytest.approx(
        (r**2).mean().item(), **APPROX32
    )
    assert nn.L1Loss()(regression.predictions, regression.targets) == pytest.approx(
        r.abs().mean().item(), **APPROX32
    )
    assert f"{(r**2).mean().item():.4f}" == "0.1267"
    assert f"{r.abs().mean().item():.4f}" == "0.3333"


def test_an_outlier_weighs_far_more_in_mse_than_in_mae_or_huber(regression: ModuleType) -> None:
    pred, target = regression.with_outlier, regression.targets
    mse = nn.MSELoss()(pred, target).item()
    mae = nn.L1Loss()(pred, target).item()
    huber = nn.HuberLoss()(pred, target).item()
    assert mse > 5 * mae
    assert huber < mae


def test_huber_is_delta_times_smooth_l1(regression: ModuleType) -> None:
    assert torch.allclose(regression.huber, regression.delta * regression.smooth_l1, **FLOAT32)
    assert not torch.allclose(regression.huber, regression.smooth_l1, **FLOAT32)


def test_huber_and_smooth_l1_coincide_for_one() -> None:
    pred, target = torch.tensor([0.2, 3.0, -1.5]), torch.zeros(3)
    assert torch.allclose(nn.HuberLoss()(pred, target), nn.SmoothL1Loss()(pred, target), **FLOAT32)


def test_a_column_output_against_a_flat_target_warns_and_broadcasts(
    regression: ModuleType,
) -> None:
    message = (
        "Using a target size (torch.Size([32])) that is different to the input size "
        "(torch.Size([32, 1])). This will likely lead to incorrect results due to broadcasting."
    )
    with pytest.warns(UserWarning, match=re.escape(message)):
        nn.MSELoss()(torch.zeros(32, 1), torch.zeros(32))
    for lang in ("en", "fr"):
        page = Path(__file__).parents[2] / "docs" / lang / "losses.md"
        assert f"UserWarning: {message}" in page.read_text(encoding="utf-8")
    with pytest.warns(UserWarning, match="different to the input size"):
        broadcast = nn.MSELoss()(regression.output, regression.labels)
    # float32 mean of nine small squares
    assert broadcast.item() == pytest.approx(4 / 3, rel=1e-6)
    assert nn.MSELoss()(regression.output.squeeze(1), regression.labels).item() == 0.0
