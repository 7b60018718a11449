import pytest
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


def test_a_fully_masked_query_gives_zeros_in_sdpa() -> None:
    assert not at.allowed[1].any()
    assert torch.equal(at.sdpa[0, 0, 1], torch.zeros(4))
    # the other rows are ordinary attention
    expected = F.scaled_dot_product_attention(at.heads, at.heads, at.heads, is_causal=True)
    assert torch.allclose(at.sdpa[0, 0, 0], expected[0, 0, 0], **FLOAT32)


def test_a_fully_masked_query_gives_uniform_weights_with_finfo_min() -> None:
    assert torch.allclose(at.hand_weights[0, 0, 1], torch.full((3,), 1 / 3), **FLOAT32)
    assert torch.allclose(at.by_hand[0, 0, 1], at.tokens[0].mean(dim=0), **FLOAT32)
    assert torch.allclose(at.by_hand[0, 0, [0, 2]], at.sdpa[0, 0, [0, 2]], **FLOAT32)


def test_multihead_attention_gives_nan_when_it_computes_the_weights() -> None:
    assert at.with_weights[0, 1].isnan().all()
    assert not at.with_weights[0, [0, 2]].isnan().any()
    # need_weights=False goes through SDPA: zeros, then the output projection's bias
    assert torch.allclose(at.without_weights[0, 1], at.mha.out_proj.bias, **FLOAT32)
    assert torch.allclose(at.without_weights[0, [0, 2]], at.with_weights[0, [0, 2]], **FLOAT32)


@pytest.mark.parametrize("training", [True, False])
def test_multihead_attention_nan_depends_on_need_weights_not_on_the_mode(training: bool) -> None:
    mha, x = at.mha.train(training), at.tokens
    padding = torch.tensor([[True, True, True]])
    for masks in ({"attn_mask": ~at.allowed}, {"key_padding_mask": padding}):
        assert mha(x, x, x, **masks)[0].isnan().any()
        assert not mha(x, x, x, need_weights=False, **masks)[0].isnan().any()
    at.mha.train()


def test_multihead_attention_inference_fast_path_gives_nan_again() -> None:
    # the fast path needs eval mode, no autograd and an even number of heads, among others
    torch.manual_seed(0)
    mha = torch.nn.MultiheadAttention(8, 2, batch_first=True).eval()
    x = torch.randn(1, 3, 8)
    out, _ = mha(x, x, x, attn_mask=~at.allowed, need_weights=False)
    assert not out[0, 1].isnan().any()
    with torch.no_grad():
        fast, _ = mha(x, x, x, attn_mask=~at.allowed, need_weights=False)
    assert fast[0, 1].isnan().all()
    assert torch.allclose(fast[0, [0, 2]], out[0, [0, 2]], **FLOAT32)
