import torch
from torch import nn

from snippets.cnn import glance as g


def test_conv2d_card_shapes() -> None:
    conv = nn.Conv2d(3, 16, 3, padding=1)
    assert tuple(conv(torch.randn(8, 3, 32, 32)).shape) == (8, 16, 32, 32)
    assert tuple(g.conv.weight.shape) == (8, 3, 5, 5)


def test_output_size_formula_matches_pytorch() -> None:
    for h, k, p, s, d in [(32, 3, 1, 1, 1), (32, 3, 1, 2, 1), (31, 5, 0, 2, 2)]:
        layer = nn.Conv2d(1, 1, k, padding=p, stride=s, dilation=d)
        assert g.out_size(h, k, p, s, d) == layer(torch.zeros(1, 1, h, h)).shape[-1]
    assert (g.out_size(32, 3, p=1), g.out_size(32, 3, p=1, s=2)) == (32, 16)


def test_batchnorm_card_normalises_and_switches_to_eval() -> None:
    # float32 mean over 131072 values: a few 1e-7 of rounding
    assert abs(g.y.mean().item()) < 1e-5
    assert g.bn.training is False


def test_small_cnn_and_block() -> None:
    assert [type(m) for m in g.conv_block(3, 8)] == [
        nn.Conv2d,
        nn.BatchNorm2d,
        nn.ReLU,
        nn.MaxPool2d,
    ]
    assert g.model.training is False


def test_residual_block_keeps_the_shape_and_ends_with_relu() -> None:
    block = g.Residual(8).eval()
    x = torch.randn(2, 8, 5, 5)
    with torch.inference_mode():
        out = block(x)
    assert out.shape == x.shape
    assert (out >= 0).all()


def test_receptive_field() -> None:
    assert g.receptive_field([(3, 1), (2, 2)] * 3) == 22
    assert g.receptive_field([(3, 1)] * 2) == 5
