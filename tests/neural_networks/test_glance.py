from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from snippets.neural_networks import glance
from snippets.neural_networks.perceptron import Perceptron
from tests.tolerances import APPROX32, FLOAT32


def test_sequential_mlp_returns_one_row_per_example() -> None:
    assert glance.out.shape == (8, 3)
    assert [type(m) for m in glance.mlp] == [nn.Linear, nn.ReLU, nn.Linear]


def test_linear_is_x_times_w_transposed_plus_b() -> None:
    assert glance.layer.weight.shape == (2, 3) and glance.layer.bias.shape == (2,)
    expected = glance.x @ glance.layer.weight.T + glance.layer.bias
    # float32 matmul: addmm and @ + b may differ in their last bits
    assert torch.allclose(glance.layer(glance.x), expected, **FLOAT32)


def test_parameter_count_is_weights_plus_biases() -> None:
    assert glance.n_params == (784 + 1) * 128 + (128 + 1) * 10 == 101_770
    assert glance.n_trainable == glance.n_params


def test_activation_card_values() -> None:
    z = glance.z
    # float32 results, compared with their formulas to within float32 rounding
    assert torch.allclose(nn.functional.gelu(z), z * 0.5 * (1 + torch.erf(z / 2**0.5)), **FLOAT32)
    assert torch.allclose(nn.functional.silu(z), z * torch.sigmoid(z), **FLOAT32)
    assert torch.sigmoid(z)[1].item() == 0.5
    assert nn.functional.gelu(z)[0].item() == pytest.approx(-0.159, abs=5e-4)  # shown rounded
    assert torch.tanh(z)[2].item() == pytest.approx(0.995, abs=5e-4)  # shown rounded


def test_softmax_rows_sum_to_one_and_argmax_picks_the_largest_logit() -> None:
    # float32 sum of three probabilities
    assert glance.probs.sum(dim=-1).tolist() == pytest.approx([1.0, 1.0], **APPROX32)
    assert glance.probs[0, 0].item() == pytest.approx(0.659, abs=5e-4)  # shown rounded
    assert glance.probs[1, 1].item() == pytest.approx(0.858, abs=5e-4)  # shown rounded
    assert glance.probs.argmax(dim=-1).tolist() == glance.logits.argmax(dim=-1).tolist() == [0, 1]


def test_backward_fills_a_gradient_of_each_parameter_shape() -> None:
    for p in glance.model.parameters():
        assert p.grad is not None and p.grad.shape == p.shape


def test_kaiming_init_has_the_relu_standard_deviation() -> None:
    # sample std of many normal draws: within a few percent of sqrt(2 / fan_in)
    assert glance.hidden.weight.std().item() == pytest.approx((2 / 256) ** 0.5, rel=0.02)
    assert torch.equal(glance.hidden.bias, torch.zeros(128))
    w = torch.empty(128, 256)
    nn.init.xavier_uniform_(w)
    assert w.abs().max().item() <= (6 / (256 + 128)) ** 0.5


def test_dropout_scales_in_training_and_is_identity_in_eval() -> None:
    assert not glance.drop.training
    assert torch.equal(glance.drop(glance.ones), glance.ones)
    glance.drop.train()
    try:
        kept = glance.drop(glance.ones)
    finally:
        glance.drop.eval()
    assert set(kept.tolist()) <= {0.0, 2.0}


@pytest.mark.parametrize(
    ("layer", "inputs", "output", "weight"),
    [
        (nn.Linear(5, 7), torch.randn(2, 5), (2, 7), (7, 5)),
        (nn.Conv2d(3, 8, 3), torch.randn(2, 3, 10, 12), (2, 8, 8, 10), (8, 3, 3, 3)),
        (nn.Embedding(20, 6), torch.randint(0, 20, (2, 4)), (2, 4, 6), (20, 6)),
        (nn.LayerNorm(6), torch.randn(2, 4, 6), (2, 4, 6), (6,)),
        (nn.Flatten(), torch.randn(2, 3, 4, 5), (2, 60), None),
        (nn.Dropout(0.1), torch.randn(2, 3), (2, 3), None),
    ],
)
def test_layer_shape_table(
    layer: nn.Module, inputs: torch.Tensor, output: tuple[int, ...], weight: tuple[int, ...] | None
) -> None:
    assert tuple(layer(inputs).shape) == output
    if weight is not None:
        assert tuple(layer.weight.shape) == weight


def test_perceptron_card_rule_is_the_class_update() -> None:
    model = Perceptron(n_inputs=2, lr=0.1)
    x, target = np.array([1.0, -2.0]), 1
    model.w, model.b = np.array([-1.0, 0.0]), 0.0
    y_hat = int(model.predict(x))
    assert y_hat == 0
    model.fit(x[None, :], np.array([target]), max_epochs=1)
    # float64 arithmetic on a few terms
    assert model.w == pytest.approx([-1.0 + 0.1, -0.2], abs=1e-12)
    assert model.b == pytest.approx(0.1, abs=1e-12)


def test_default_linear_init_is_uniform_within_one_over_sqrt_fan_in() -> None:
    layer = nn.Linear(256, 128)
    bound = 1 / 256**0.5
    assert layer.weight.abs().max().item() <= bound and layer.bias.abs().max().item() <= bound
