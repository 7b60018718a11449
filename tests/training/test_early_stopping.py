from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from torch import nn


@pytest.fixture(scope="module")
def early() -> ModuleType:
    return importlib.import_module("snippets.training.early_stopping")


def test_training_stops_patience_epochs_after_the_best(early: ModuleType) -> None:
    assert (early.stopper.best_epoch, early.epoch) == (28, 38)
    assert early.epoch - early.stopper.best_epoch == early.stopper.patience


def test_restored_weights_are_those_of_the_best_epoch(early: ModuleType) -> None:
    best = early.stopper.best_state
    assert all(torch.equal(v, early.model.state_dict()[k]) for k, v in best.items())
    with torch.no_grad():
        restored = early.criterion(early.model(early.X_val), early.y_val).item()
    assert restored == early.stopper.best_loss  # same weights, same computation


def test_best_state_is_a_copy_not_the_live_tensors(early: ModuleType) -> None:
    live = early.model.state_dict()["0.weight"]
    assert live.data_ptr() == early.model[0].weight.data_ptr()
    assert early.stopper.best_state["0.weight"].data_ptr() != live.data_ptr()


def test_stopper_counts_epochs_without_improvement() -> None:
    stopper = importlib.import_module("snippets.training.early_stopping").EarlyStopping(2, 0.1)
    model = nn.Linear(1, 1)
    # 0.95 is better, but not by min_delta: it counts as a bad epoch
    decisions = [stopper.step(loss, i, model) for i, loss in enumerate([1.0, 0.95, 0.5, 0.6, 0.7])]
    assert decisions == [False, False, False, False, True]
    assert (stopper.best_epoch, stopper.best_loss) == (2, 0.5)
