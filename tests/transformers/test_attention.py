import torch
import torch.nn.functional as F

from snippets.transformers import attention as at
from tests.tolerances import FLOAT32


def test_scratch_attention_equals_pytorch_sdpa() -> None:
    out, weights = at.attention(at.q, at.k, at.v)
    assert torch.allclose(out, F.scaled_dot_product_attention(at.q, at.k, at.v), atol=1e-6)
    assert tuple(out.shape) == (2, 4, 5, 8)
    assert torch.allclose(weights.sum(dim=-1), torch.ones(2, 4, 5), **FLOAT32)


def test_causal_mask_matches_is_causal_and_zeroes_the_future() -> None:
    out, weights = at.attention(at.q, at.k, at.v, allowed=at.causal)
    reference = F.scaled_dot_product_attention(at.q, at.k, at.v, is_causal=True)
    assert torch.allclose(out, reference, atol=1e-6)
    assert torch.triu(weights, diagonal=1).abs().sum().item() == 0.0


def test_sdpa_boolean_mask_true_means_may_attend() -> None:
    assert torch.allclose(
        at.same, F.scaled_dot_product_attention(at.q, at.k, at.v, is_causal=True), atol=1e-6
    )
    assert at.causal[0].tolist() == [True, False, False, False, False]


def test_scratch_attention_handles_half_precision_masks() -> None:
    half = [t.to(torch.float16) for t in (at.q, at.k, at.v)]
    out, weights = at.attention(*half, allowed=at.causal)
    assert not out.isnan().any()
    assert torch.triu(weights, diagonal=1).abs().sum().item() == 0.0
