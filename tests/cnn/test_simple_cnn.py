import torch
from torch import nn

from snippets.cnn import simple_cnn as sc


def test_conv_block_is_conv_batchnorm_relu_pool_without_conv_bias() -> None:
    block = sc.conv_block(3, 8)
    kinds = [type(layer) for layer in block]
    assert kinds == [nn.Conv2d, nn.BatchNorm2d, nn.ReLU, nn.MaxPool2d]
    assert block[0].bias is None


def test_batchnorm_cancels_a_conv_bias() -> None:
    assert sc.same
    shift = sc.batch_norm(sc.without_bias(sc.images) + 5.0)
    assert torch.allclose(shift, sc.batch_norm(sc.without_bias(sc.images)), atol=1e-4)


def test_three_blocks_divide_the_resolution_by_eight() -> None:
    assert tuple(sc.model.features(sc.batch).shape) == (2, 256, 4, 4)
    assert tuple(sc.model(sc.batch).shape) == (2, 10)


def test_parameter_count_matches_the_layer_formulas() -> None:
    convs = 3 * 64 * 9 + 64 * 128 * 9 + 128 * 256 * 9
    batch_norms = 2 * (64 + 128 + 256)
    linear = 256 * 10 + 10
    total = sum(p.numel() for p in sc.model.parameters())
    assert total == convs + batch_norms + linear == 373834
