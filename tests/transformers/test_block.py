import warnings

import pytest
import torch
from torch import nn

from snippets.transformers import block as bl


def test_hand_written_pre_norm_block_equals_transformer_encoder_layer() -> None:
    with torch.no_grad():
        ours = bl.block(bl.x, bl.padding)
        theirs = bl.layer(bl.x, src_key_padding_mask=bl.padding)
    assert torch.allclose(ours, theirs, atol=1e-5)


def test_layer_parameter_count() -> None:
    attention = 4 * 16 * 16 + 4 * 16
    feed_forward = (16 * 32 + 32) + (32 * 16 + 16)
    norms = 2 * 2 * 16
    assert sum(p.numel() for p in bl.layer.parameters()) == attention + feed_forward + norms
    assert attention + feed_forward + norms == 2224


def test_encoder_with_norm_first_warns_unless_nested_tensor_is_off() -> None:
    with pytest.warns(UserWarning, match="enable_nested_tensor"):
        nn.TransformerEncoder(bl.layer, num_layers=2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nn.TransformerEncoder(bl.layer, num_layers=2, enable_nested_tensor=False)


def test_encoder_keeps_the_shape() -> None:
    assert tuple(bl.encoder(bl.x, src_key_padding_mask=bl.padding).shape) == (2, 5, 16)
