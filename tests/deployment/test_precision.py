from __future__ import annotations

import importlib

import pytest
import torch


def test_each_precision_is_read_back_and_highest_is_restored() -> None:
    importlib.import_module("snippets.deployment.precision")
    assert torch.get_float32_matmul_precision() == "highest"


def test_an_unknown_precision_only_warns_and_changes_nothing() -> None:
    with pytest.warns(UserWarning, match="has no effect"):
        torch.set_float32_matmul_precision("low")
    assert torch.get_float32_matmul_precision() == "highest"
