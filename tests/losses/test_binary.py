from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from torch import nn

from cheatsheet.project import ROOT
from tests.tolerances import APPROX32, FLOAT32


@pytest.fixture
def binary() -> ModuleType:
    return importlib.import_module("snippets.losses.binary")


def test_with_logits_equals_sigmoid_then_bce(binary: ModuleType) -> None:
    assert torch.allclose(binary.from_logits, binary.from_probs, **FLOAT32)


def test_bce_clamps_log_zero_to_minus_one_hundred(binary: ModuleType) -> None:
    assert torch.sigmoid(binary.extreme).item() == 1.0
    assert nn.BCELoss()(torch.sigmoid(binary.extreme), binary.negative).item() == 100.0
    assert nn.BCEWithLogitsLoss()(binary.extreme, binary.negative).item() == pytest.approx(
        20.0, **APPROX32
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_states_the_clamp_the_code_shows(lang: str) -> None:
    page = (ROOT / "docs" / lang / "losses.md").read_text(encoding="utf-8")
    assert "$-100$" in page


def test_pos_weight_multiplies_the_positive_term(binary: ModuleType) -> None:
    assert torch.allclose(binary.weighted, binary.by_hand, **FLOAT32)
    assert binary.weighted > binary.from_logits


def test_multi_label_targets_are_float_with_the_logits_shape(binary: ModuleType) -> None:
    assert binary.multi_targets.shape == binary.multi_logits.shape == (2, 3)
    assert binary.multi_targets.dtype == torch.float32
    assert (torch.sigmoid(binary.multi_logits) > 0.5).int().tolist() == [[1, 0, 1], [0, 1, 0]]
