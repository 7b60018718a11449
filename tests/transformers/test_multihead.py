import pytest
import torch
from torch import nn

from snippets.transformers import multihead as mh
from tests.tolerances import FLOAT32


def test_shapes_with_batch_first_and_weights_averaged_over_heads() -> None:
    out, weights = mh.mha(mh.x, mh.x, mh.x)
    assert tuple(out.shape) == (2, 5, 16)
    assert tuple(weights.shape) == (2, 5, 5)
    assert tuple(mh.per_head.shape) == (2, 4, 5, 5)
    assert torch.allclose(mh.per_head.mean(dim=1), weights, atol=1e-6)


def test_parameter_count_is_four_projections() -> None:
    d = mh.embed_dim
    assert sum(p.numel() for p in mh.mha.parameters()) == 4 * d * d + 4 * d == 1088
    assert tuple(mh.mha.in_proj_weight.shape) == (3 * d, d)


def test_key_padding_mask_true_marks_ignored_keys() -> None:
    assert mh.key_padding_mask.tolist() == [[False] * 5, [False, False, False, True, True]]
    _, weights = mh.mha(mh.x, mh.x, mh.x, key_padding_mask=mh.key_padding_mask)
    assert weights[1, :, 3:].abs().sum().item() == 0.0
    assert torch.allclose(weights.sum(dim=-1), torch.ones(2, 5), **FLOAT32)


def test_bool_attn_mask_true_means_not_allowed() -> None:
    _, weights = mh.mha(mh.x, mh.x, mh.x, attn_mask=mh.causal)
    assert mh.causal[0].tolist() == [False, True, True, True, True]
    assert torch.triu(weights, diagonal=1).abs().sum().item() == 0.0
    assert (weights[:, 0, 0] == 1.0).all()


def test_generated_float_mask_is_equivalent_to_the_bool_triu_mask() -> None:
    additive = nn.Transformer.generate_square_subsequent_mask(5)
    assert torch.equal(torch.isinf(additive), mh.causal)
    out_float = mh.mha(mh.x, mh.x, mh.x, attn_mask=additive)[0]
    out_bool = mh.mha(mh.x, mh.x, mh.x, attn_mask=mh.causal)[0]
    assert torch.allclose(out_float, out_bool, atol=1e-6)


def test_mixing_a_float_attn_mask_with_a_bool_padding_mask_warns() -> None:
    additive = nn.Transformer.generate_square_subsequent_mask(5)
    with pytest.warns(UserWarning, match="mismatched key_padding_mask and attn_mask"):
        mh.mha(mh.x, mh.x, mh.x, attn_mask=additive, key_padding_mask=mh.key_padding_mask)
