import pytest
import torch
from torch import nn

from snippets.cnn import conv_output as co


@pytest.mark.parametrize(
    ("size", "kernel", "padding", "stride", "dilation"),
    [
        (32, 3, 0, 1, 1),
        (32, 3, 1, 1, 1),
        (32, 3, 1, 2, 1),
        (32, 3, 2, 1, 2),
        (32, 3, 0, 3, 2),
        (31, 5, 2, 2, 1),
        (28, 7, 3, 2, 1),
        (17, 3, 0, 2, 3),
        (10, 1, 0, 1, 1),
        (9, 4, 1, 3, 2),
    ],
)
def test_output_size_formula_matches_pytorch(
    size: int, kernel: int, padding: int, stride: int, dilation: int
) -> None:
    layer = nn.Conv2d(1, 1, kernel, padding=padding, stride=stride, dilation=dilation)
    out = layer(torch.zeros(1, 1, size, size))
    assert co.conv_output_size(size, kernel, padding, stride, dilation) == out.shape[-1]


def test_conv2d_has_out_in_kernel_weights_plus_one_bias_per_filter() -> None:
    assert tuple(co.conv.weight.shape) == (16, 3, 3, 3)
    assert sum(p.numel() for p in co.conv.parameters()) == 16 * 3 * 3 * 3 + 16 == 448
    assert tuple(co.conv(co.x).shape) == (8, 16, 32, 32)


def test_settings_shown_on_the_page_agree_with_pytorch() -> None:
    for padding, stride, dilation in co.settings:
        layer = nn.Conv2d(3, 4, 3, padding=padding, stride=stride, dilation=dilation)
        expected = co.conv_output_size(32, 3, padding, stride, dilation)
        assert layer(co.x).shape[-1] == expected


def test_same_padding_keeps_the_size_and_refuses_strides() -> None:
    assert tuple(co.same(co.x).shape) == (8, 4, 32, 32)
    with pytest.raises(ValueError, match="strided"):
        nn.Conv2d(3, 4, kernel_size=5, padding="same", stride=2)


def test_depthwise_separable_has_about_eight_times_fewer_parameters() -> None:
    standard = sum(p.numel() for p in co.standard.parameters())
    separable = sum(p.numel() for p in co.separable.parameters())
    assert standard == 64 * 128 * 9 + 128 == 73856
    assert separable == (64 * 9 + 64) + (64 * 128 + 128) == 8960
    assert co.separable(co.feature_map).shape == co.standard(co.feature_map).shape
    assert 8 < standard / separable < 8.5


def test_pages_say_about_an_eighth_of_the_parameters() -> None:
    from cheatsheet.project import ROOT

    assert "environ huit fois moins" in (ROOT / "docs/fr/cnn.md").read_text(encoding="utf-8")
    assert "about an eighth of the parameters" in (ROOT / "docs/en/cnn.md").read_text(
        encoding="utf-8"
    )
