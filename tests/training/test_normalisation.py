from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from torch import nn

from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def norm() -> ModuleType:
    return importlib.import_module("snippets.training.normalisation")


def test_each_layer_matches_its_formula(norm: ModuleType) -> None:
    for name, module in norm.modules.items():
        assert torch.allclose(module(norm.x), norm.by_hand[name], **FLOAT32), name


def test_batch_norm_centres_columns_and_layer_norm_rows(norm: ModuleType) -> None:
    zeros = torch.zeros(6)
    assert torch.allclose(norm.batch_norm(norm.x).mean(dim=0), zeros, **FLOAT32)
    assert torch.allclose(norm.layer_norm(norm.x).mean(dim=1), torch.zeros(8), **FLOAT32)
    assert not torch.allclose(norm.rms_norm(norm.x).mean(dim=1), torch.zeros(8), **FLOAT32)


def test_rms_norm_gives_rows_of_mean_square_one(norm: ModuleType) -> None:
    assert torch.allclose(norm.row_mean_squares, torch.ones(8), **FLOAT32)


def test_rms_norm_default_eps_is_the_dtype_machine_epsilon() -> None:
    tiny = torch.full((1, 4), 1e-5)
    expected = tiny / (tiny.pow(2).mean() + torch.finfo(torch.float32).eps).sqrt()
    assert nn.RMSNorm(4).eps is None
    assert torch.allclose(nn.RMSNorm(4)(tiny), expected, **FLOAT32)


def test_dropout_scales_kept_values_by_one_over_one_minus_p(norm: ModuleType) -> None:
    kept = norm.kept[norm.kept != 0]
    assert torch.equal(kept, torch.full_like(kept, 1 / 0.75))
    assert 0.2 < (norm.kept == 0).float().mean().item() < 0.3


def test_dropout_is_the_identity_in_eval(norm: ModuleType) -> None:
    assert not norm.dropout.training
    assert torch.equal(norm.dropout(norm.ones), norm.ones)
