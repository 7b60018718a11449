import torch
from torch import nn

from snippets.cnn import resnet_block as rb


def test_identity_shortcut_when_shapes_match() -> None:
    assert isinstance(rb.BasicBlock(64, 64).shortcut, nn.Identity)
    assert tuple(rb.same(rb.x).shape) == (2, 64, 16, 16)


def test_projection_shortcut_when_stride_or_channels_change() -> None:
    assert isinstance(rb.down.shortcut, nn.Sequential)
    assert isinstance(rb.BasicBlock(64, 128).shortcut, nn.Sequential)
    assert isinstance(rb.BasicBlock(64, 64, stride=2).shortcut, nn.Sequential)
    assert tuple(rb.down(rb.x).shape) == (2, 128, 8, 8)


def test_parameter_counts_match_the_formulas() -> None:
    same = 2 * 64 * 64 * 9 + 2 * 2 * 64
    down = 64 * 128 * 9 + 128 * 128 * 9 + 2 * 2 * 128 + 64 * 128 + 2 * 128
    fresh_same = sum(p.numel() for p in rb.BasicBlock(64, 64).parameters())
    assert fresh_same == same == 73984
    assert sum(p.numel() for p in rb.down.parameters()) == down == 230144


def test_zero_last_batchnorm_makes_the_block_pass_its_input_through() -> None:
    assert torch.equal(rb.same(rb.x), torch.relu(rb.x))
