import torch
import torch.nn.functional as F

from snippets.cnn import conv1d as c


def test_conv1d_takes_batch_channels_length() -> None:
    assert c.y.shape == (8, 32, 96)
    assert c.conv.weight.shape == (32, 12, 5)


def test_output_length_formula_matches_pytorch() -> None:
    for k, p, s, d in [(5, 0, 1, 1), (5, 2, 2, 1), (3, 1, 1, 2), (7, 3, 3, 1)]:
        conv = torch.nn.Conv1d(12, 4, kernel_size=k, padding=p, stride=s, dilation=d)
        assert conv(c.x.transpose(1, 2)).shape[-1] == c.out_length(100, k, p, s, d)


def test_left_padding_makes_the_convolution_causal() -> None:
    assert c.out.shape == c.series.shape
    assert torch.equal(c.out[..., :6], c.out_changed[..., :6])
    assert not torch.equal(c.out[..., 6:], c.out_changed[..., 6:])
    symmetric = c.causal_conv(F.pad(c.series, (1, 1)))
    assert symmetric.shape == c.series.shape
