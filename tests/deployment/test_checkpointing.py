"""Activation checkpointing: the same gradients as the plain backward pass."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


@pytest.fixture(scope="module")
def ckpt() -> ModuleType:
    return importlib.import_module("snippets.deployment.checkpointing")


def test_checkpointed_backward_gives_exactly_the_same_gradients(ckpt: ModuleType) -> None:
    assert len(ckpt.plain) == len(ckpt.grads) == 4
    assert all(torch.equal(a, b) for a, b in zip(ckpt.plain, ckpt.grads, strict=True))
    assert all(g.abs().sum() > 0 for g in ckpt.grads)
