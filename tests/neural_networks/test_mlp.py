from __future__ import annotations

import importlib
import itertools
from types import ModuleType

import pytest
import torch


@pytest.fixture
def mlp() -> ModuleType:
    return importlib.import_module("snippets.neural_networks.mlp")


def test_mlp_has_the_counted_parameters(mlp: ModuleType) -> None:
    assert mlp.n_params == mlp.by_hand == 567_434
    assert sum(p.numel() for p in mlp.MLP(784, [512, 256, 128], 10).parameters()) == 567_434


def test_mlp_parameter_count_follows_the_formula(mlp: ModuleType) -> None:
    sizes = [7, 5, 3, 2]
    model = mlp.MLP(sizes[0], sizes[1:-1], sizes[-1])
    expected = sum((n_in + 1) * n_out for n_in, n_out in itertools.pairwise(sizes))
    assert sum(p.numel() for p in model.parameters()) == expected


def test_mlp_returns_one_logit_per_class(mlp: ModuleType) -> None:
    assert mlp.logits.shape == (32, 10)


def test_dropout_is_active_only_in_train_mode(mlp: ModuleType) -> None:
    model = mlp.MLP(4, [16], 2, dropout=0.5)
    batch = torch.randn(8, 4)
    model.eval()
    assert torch.equal(model(batch), model(batch))
    model.train()
    torch.manual_seed(0)
    assert not torch.equal(model(batch), model(batch))


def test_train_and_eval_set_the_flag_of_every_submodule(mlp: ModuleType) -> None:
    model = mlp.MLP(4, [16], 2)
    model.eval()
    assert not any(m.training for m in model.modules())
    model.train()
    assert all(m.training for m in model.modules())


def test_mlp_solves_xor(mlp: ModuleType) -> None:
    assert mlp.net(mlp.X).argmax(dim=1).tolist() == [0, 1, 1, 0]
    assert mlp.loss.item() < 0.01
