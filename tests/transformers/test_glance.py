import math

import pytest
import torch
import torch.nn.functional as F

from snippets.transformers import glance as g


def test_sdpa_and_multihead_shapes() -> None:
    assert g.out.shape == (2, 4, 5, 8)
    assert g.y.shape == (2, 5, 16) and g.w.shape == (2, 5, 5)


def test_is_causal_equals_explicit_tril_mask() -> None:
    # float32 kernels may differ in summation order: tolerance at rounding level
    assert torch.allclose(g.a, g.b, rtol=0, atol=1e-6)
    assert torch.equal(g.allowed, ~torch.ones(5, 5, dtype=torch.bool).triu(1))


def test_padding_keys_get_zero_weight() -> None:
    # masked keys are exactly zero after the softmax
    assert torch.all(g.w[1, :, 3:] == 0)
    # each row of weights still sums to one, up to float32 rounding
    assert torch.allclose(g.w.sum(-1), torch.ones(2, 5), rtol=0, atol=1e-5)


def test_sinusoidal_encoding_values() -> None:
    assert g.pe.shape == (4, 8)
    # float32 sin/cos: tolerance well under the printed precision
    assert g.pe[1, 0].item() == pytest.approx(math.sin(1.0), abs=1e-6)
    assert g.pe[1, 1].item() == pytest.approx(math.cos(1.0), abs=1e-6)
    assert torch.allclose(g.pe[0], torch.tensor([0.0, 1.0] * 4), rtol=0, atol=0)


def test_encoder_shape_and_parameter_count() -> None:
    with torch.no_grad():
        out = g.encoder(g.x, src_key_padding_mask=g.padding)
    assert out.shape == (2, 5, 16)
    d, ff = 16, 32
    assert g.n_params == (4 * d * d + 4 * d) + (d * ff + ff + ff * d + d) + 4 * d


def test_half_precision_masks() -> None:
    assert torch.isnan(g.blocked.softmax(-1)).all()
    # float16 softmax of equal scores: tolerance at float16 resolution
    assert torch.allclose(g.safe.softmax(-1).float(), torch.full((1, 3), 1 / 3), rtol=0, atol=1e-3)
    q = g.q.half()
    out = F.scaled_dot_product_attention(q, q, q, attn_mask=g.allowed)
    assert not torch.isnan(out).any()
