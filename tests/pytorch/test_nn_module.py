"""The nn.Module section: parameters and buffers, modes, BatchNorm, init, state_dict."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch

from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def nn_module() -> ModuleType:
    return importlib.import_module("snippets.pytorch.nn_module")


def test_buffer_is_in_the_state_dict_but_not_a_parameter(nn_module: ModuleType) -> None:
    params = dict(nn_module.model.named_parameters())
    assert "mean" not in params and "mean" in nn_module.model.state_dict()
    assert not nn_module.model.mean.requires_grad


def test_count_card_restores_the_bias(nn_module: ModuleType) -> None:
    assert (nn_module.total, nn_module.trainable) == (3 * 4 + 3, 3 * 4)
    assert nn_module.model.linear.bias.requires_grad


def test_eval_turns_dropout_into_the_identity(nn_module: ModuleType) -> None:
    model = nn_module.model
    model.eval()
    with torch.inference_mode():
        expected = model.linear(nn_module.x - model.mean)
        assert torch.equal(model(nn_module.x), expected)


def test_batchnorm_uses_the_batch_and_updates_running_means(nn_module: ModuleType) -> None:
    batch = nn_module.batch
    # running = (1 - momentum) * 0 + momentum * batch mean, momentum 0.1
    assert torch.allclose(nn_module.bn.running_mean, 0.1 * batch.mean(0), **FLOAT32)
    bn = torch.nn.BatchNorm1d(2)
    out = bn(batch)
    by_hand = (batch - batch.mean(0)) / torch.sqrt(batch.var(0, unbiased=False) + bn.eps)
    assert torch.allclose(out, by_hand, **FLOAT32)


def test_apply_reaches_every_linear_and_xavier_stays_in_its_bound(nn_module: ModuleType) -> None:
    weight = nn_module.model.linear.weight
    bound = (6 / (4 + 3)) ** 0.5  # xavier_uniform_: U(-a, a), a = sqrt(6 / (fan_in + fan_out))
    assert weight.abs().max().item() <= bound
    assert torch.count_nonzero(nn_module.model.linear.bias) == 0


def test_state_dict_round_trip_copies_buffers_too(nn_module: ModuleType) -> None:
    for key, value in nn_module.model.state_dict().items():
        assert torch.equal(nn_module.clone.state_dict()[key], value), key


def test_relu_module_and_function_agree(nn_module: ModuleType) -> None:
    x = torch.randn(100)
    assert torch.equal(nn_module.nn.ReLU()(x), nn_module.F.relu(x))


def test_functional_dropout_follows_the_mode_only_when_told(nn_module: ModuleType) -> None:
    net = nn_module.Net()
    ones = torch.ones(1000, 4)
    net.train()
    assert not torch.equal(net(ones), net(ones))
    net.eval()
    assert torch.equal(net(ones), net(ones))
    # without training=..., F.dropout is active even under eval()
    assert (nn_module.F.dropout(torch.ones(1000), p=0.5) == 0).any()
    assert [name for name, _ in net.named_modules()] == ["", "linear"]


def test_summary_counts_add_up_to_the_total(nn_module: ModuleType) -> None:
    model = nn_module.mlp
    per_layer = [p.numel() for p in model.parameters()]
    assert per_layer == [64, 16, 48, 3]
    assert sum(per_layer) == 131


def test_forward_hooks_are_removed(nn_module: ModuleType) -> None:
    assert nn_module.output.shape == (5, 3)
    assert all(not layer._forward_hooks for layer in nn_module.mlp.children())
