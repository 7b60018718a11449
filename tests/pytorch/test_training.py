from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


@pytest.fixture
def training() -> ModuleType:
    return importlib.import_module("snippets.pytorch.training")


def test_split_sizes_and_number_of_batches(training: ModuleType) -> None:
    assert (len(training.train_set), len(training.val_set)) == (480, 120)
    assert len(training.train_loader) == 15


def test_clipping_brings_the_gradient_norm_down_to_max_norm(training: ModuleType) -> None:
    assert training.before.item() > 1.0
    assert training.after.item() == pytest.approx(1.0, abs=1e-4)


def test_training_lowers_the_validation_loss_and_reaches_full_accuracy(
    training: ModuleType,
) -> None:
    assert len(training.history) == 10
    assert f"{training.history[0]:.2f}" == "0.55"
    assert f"{training.history[-1]:.2f}" == "0.03"
    assert training.val_acc == 1.0


def test_evaluate_leaves_the_model_in_eval_mode_without_gradients(training: ModuleType) -> None:
    training.optimizer.zero_grad()
    training.evaluate(training.val_loader)
    assert not training.model.training
    assert all(p.grad is None for p in training.model.parameters())


def test_labels_follow_the_sign_of_the_product(training: ModuleType) -> None:
    points, labels = training.points, training.labels
    assert torch.equal(labels, (points[:, 0] * points[:, 1] > 0).long())
    assert (points.abs() > 0.1).all()
