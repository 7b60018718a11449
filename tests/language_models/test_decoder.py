import pytest
import torch
import torch.nn.functional as F
from torch import nn

from snippets.language_models import decoder as de
from tests.tolerances import APPROX32, FLOAT32


def test_rmsnorm_matches_its_formula_and_gives_unit_rms() -> None:
    by_hand = de.x / torch.sqrt(de.x.pow(2).mean(-1, keepdim=True) + 1e-6) * de.norm.weight
    assert torch.allclose(de.norm(de.x), by_hand, **FLOAT32)
    assert torch.allclose(de.rms, torch.ones_like(de.rms), **FLOAT32)


def test_rmsnorm_of_centred_input_is_layernorm_without_bias() -> None:
    x = de.x - de.x.mean(-1, keepdim=True)
    layer_norm = nn.LayerNorm(16, eps=1e-6, bias=False)
    assert torch.allclose(de.norm(x), layer_norm(de.x), **FLOAT32)


def test_swiglu_matches_its_formula_and_counts_three_matrices() -> None:
    W, V, W2 = de.ffn.gate.weight.T, de.ffn.up.weight.T, de.ffn.down.weight.T
    expected = (de.x @ W * torch.sigmoid(de.x @ W) * (de.x @ V)) @ W2
    assert torch.allclose(de.ffn(de.x), expected, **FLOAT32)
    assert sum(p.numel() for p in de.ffn.parameters()) == 3 * 16 * 32


def test_rope_is_the_complex_rotation_at_every_position() -> None:
    torch.manual_seed(1)
    x = torch.randn(3, 64, 8)
    rotated = de.apply_rope(x, de.angles)
    as_complex = torch.view_as_complex(x.reshape(3, 64, 4, 2))
    expected = torch.view_as_real(as_complex * torch.polar(torch.ones(64, 4), de.angles))
    assert torch.allclose(rotated, expected.flatten(-2), **FLOAT32)
    assert torch.allclose(rotated.norm(dim=-1), x.norm(dim=-1), **FLOAT32)
    # position zero is no rotation at all
    assert torch.equal(rotated[:, 0], x[:, 0])


def test_rope_frequencies_follow_the_formula() -> None:
    i = torch.arange(4)
    expected = torch.outer(torch.arange(64.0), 10000.0 ** (-2 * i / 8))
    assert torch.allclose(de.angles, expected, **FLOAT32)


@pytest.mark.parametrize("offset", [0, 1, 3, 10])
def test_rope_score_depends_only_on_the_offset(offset: int) -> None:
    scores = [de.score(m + offset, m) for m in (0, 7, 20, 50)]
    assert scores == pytest.approx([scores[0]] * 4, **APPROX32)
    assert de.score(7, 7) == pytest.approx((de.query @ de.key).item(), **APPROX32)


def test_grouped_query_attention_is_repeat_interleave() -> None:
    allowed = torch.ones(6, 6, dtype=torch.bool).tril()
    expected = F.scaled_dot_product_attention(
        de.q, de.k.repeat_interleave(2, dim=1), de.v.repeat_interleave(2, dim=1), attn_mask=allowed
    )
    assert torch.allclose(de.out, expected, **FLOAT32)
    assert torch.allclose(de.out, de.by_hand, **FLOAT32)
    # repeat (tiling) pairs the heads differently: not the same grouping
    tiled = F.scaled_dot_product_attention(
        de.q, de.k.repeat(1, 2, 1, 1), de.v.repeat(1, 2, 1, 1), is_causal=True
    )
    assert not torch.allclose(de.out, tiled, **FLOAT32)


def test_is_causal_aligns_top_left_so_the_first_new_query_sees_only_the_first_key() -> None:
    first_value = de.v.repeat_interleave(2, dim=1)[:, :, :1]
    assert torch.allclose(de.top_left[:, :, :1], first_value, **FLOAT32)
    assert torch.allclose(de.bottom_right, de.out[:, :, -2:], **FLOAT32)


@pytest.mark.parametrize(("q_len", "kv_len"), [(1, 6), (2, 6), (3, 7), (5, 5)])
def test_causal_lower_right_is_the_explicit_bottom_right_mask(q_len: int, kv_len: int) -> None:
    torch.manual_seed(3)
    q = torch.randn(2, 4, q_len, 8)
    k, v = torch.randn(2, 2, 2, kv_len, 8).unbind(0)
    allowed = torch.ones(q_len, kv_len, dtype=torch.bool).tril(diagonal=kv_len - q_len)
    explicit = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed, enable_gqa=True)
    bias = de.causal_lower_right(q_len, kv_len)
    lower_right = F.scaled_dot_product_attention(q, k, v, attn_mask=bias, enable_gqa=True)
    assert torch.allclose(lower_right, explicit, **FLOAT32)


def test_attention_with_a_cache_matches_the_full_causal_pass() -> None:
    attention, angles = de.attention, de.rope_angles(seq_len=5, head_dim=4)
    with torch.no_grad():
        _, cache = attention(de.x[:, :2], angles)
        cached, _ = attention(de.x[:, 2:], angles, cache)
        full, _ = attention(de.x, angles)
    assert torch.allclose(cached, full[:, 2:], **FLOAT32)


def test_attention_cache_holds_the_kv_heads_only() -> None:
    assert de.y.shape == (2, 5, 16)
    assert de.k_cache.shape == (2, 2, 5, 4)


def test_block_is_pre_norm_with_residuals() -> None:
    block, angles = de.block, de.rope_angles(5, 4)
    h, _ = block.attn(block.attn_norm(de.x), angles)
    mid = de.x + h
    expected = mid + block.ffn(block.ffn_norm(mid))
    assert torch.allclose(block(de.x, angles)[0], expected, **FLOAT32)
    assert sum(p.numel() for p in block.parameters()) == 2336


def test_model_parameter_count_and_tied_head() -> None:
    c = de.Config()
    head_dim = c.d_model // c.n_heads
    attention = 2 * c.d_model * c.d_model + c.d_model * 2 * c.n_kv_heads * head_dim
    block = 2 * c.d_model + attention + 3 * c.d_model * c.d_hidden
    expected = c.vocab_size * c.d_model + c.n_layers * block + c.d_model
    assert sum(p.numel() for p in de.lm.parameters()) == expected == 5712
    assert de.lm.head.weight is de.lm.embed.weight
    assert "angles" not in de.lm.state_dict()


def test_greedy_generation_gives_the_tokens_shown() -> None:
    assert de.ids.tolist() == [[1, 2, 3, 7, 53, 21, 21, 21, 5, 6, 6]]


def test_kv_cache_gives_the_logits_of_the_full_recomputation() -> None:
    # float32: the cached and full paths sum in different orders
    assert torch.allclose(torch.cat(de.steps, dim=1), de.full, **FLOAT32)
    assert torch.equal(de.ids, de.generate(de.lm, de.prompt, n_new=8, use_cache=False))
    assert len(de.caches) == 2
    assert de.caches[0][0].shape == (1, 2, 11, 4)


def test_kv_cache_accepts_several_new_tokens_at_once() -> None:
    with torch.inference_mode():
        full, _ = de.lm(de.ids)
        first, caches = de.lm(de.ids[:, :4])
        rest, caches = de.lm(de.ids[:, 4:], caches)
    assert torch.allclose(torch.cat([first, rest], dim=1), full, **FLOAT32)
    assert caches[1][1].shape == (1, 2, 11, 4)


def test_kv_cache_size_of_llama_3_8b_in_bfloat16() -> None:
    per_token = de.kv_cache_bytes(**de.llama_3_8b, tokens=1)
    # K and V, 32 layers, 8 KV heads of 128 values, 2 bytes each
    assert per_token == 2 * 32 * 8 * 128 * 2 == 128 * 2**10
    assert de.kv_cache_bytes(**de.llama_3_8b, tokens=8192) == 2**30
    assert de.kv_cache_bytes(**de.llama_3_8b, tokens=8192, batch=32) == 32 * 2**30


def test_kv_cache_size_matches_the_tiny_model_cache() -> None:
    c = de.Config()
    k, v = de.caches[0]
    stored = sum(t.numel() * torch.bfloat16.itemsize for pair in de.caches for t in pair)
    tokens = k.size(2)
    expected = de.kv_cache_bytes(c.n_layers, c.n_kv_heads, c.d_model // c.n_heads, tokens)
    assert stored == expected
    assert v.shape == k.shape


@pytest.mark.parametrize(("base", "wavelength"), [(10_000.0, 5.44e4), (500_000.0, 2.56e6)])
def test_rope_base_sets_the_longest_wavelength(base: float, wavelength: float) -> None:
    head_dim = 128
    angles = de.rope_angles(seq_len=2, head_dim=head_dim, base=base)
    # the slowest pair turns by base^(-(d-2)/d) per position
    assert angles[1, -1].item() == pytest.approx(base ** (-(head_dim - 2) / head_dim), rel=1e-5)
    assert 2 * torch.pi / angles[1, -1].item() == pytest.approx(wavelength, rel=5e-3)
    # position zero is never rotated, whatever the base
    assert torch.equal(angles[0], torch.zeros(head_dim // 2))


def test_bytes_per_parameter_come_from_the_dtypes_bits() -> None:
    assert {k: b / 8 for k, b in de.bits.items()} == {
        "float32": torch.float32.itemsize,
        "bfloat16": torch.bfloat16.itemsize,
        "int8": torch.int8.itemsize,
        "int4": 0.5,
    }
    # torch.int4 exists, but is stored one value per byte: its itemsize is not its size packed
    assert torch.int4.itemsize == 1


@pytest.mark.parametrize(
    ("dtype", "gib"), [("float32", 29.8), ("bfloat16", 14.9), ("int8", 7.5), ("int4", 3.7)]
)
def test_weights_of_an_8b_model(dtype: str, gib: float) -> None:
    assert round(de.model_memory_gib(8e9, dtype), 1) == gib
    assert de.model_memory_gib(2**30, dtype) == de.bits[dtype] / 8


def test_serving_memory_adds_the_kv_cache_of_four_8k_sequences() -> None:
    assert de.cache == 4 * de.kv_cache_bytes(**de.llama_3_8b, tokens=8192) / 2**30 == 4.0
    assert round(de.weights + de.cache, 1) == 18.9


def test_mixed_precision_adamw_takes_16_bytes_per_parameter_as_in_zero() -> None:
    # ZeRO (Rajbhandari et al.): 2 + 2 + K bytes per parameter, K = 12 for Adam
    assert de.per_param == 2 + 2 + 12 == 16
    assert round(8e9 * de.per_param / 2**30) == 119
    # torch.autocast keeps float32 weights and gradients: 4 + 4 + 8, the same 16
    w = nn.Linear(4, 4)
    state = torch.optim.AdamW(w.parameters())
    w(torch.randn(2, 4)).sum().backward()
    state.step()
    moments = sum(
        t.numel() * t.element_size()
        for s in state.state.values()
        for k, t in s.items()
        if k != "step"
    )
    weights = sum(p.numel() * p.element_size() for p in w.parameters())
    grads = sum(p.grad.numel() * p.grad.element_size() for p in w.parameters())
    assert (weights + grads + moments) / sum(p.numel() for p in w.parameters()) == 16


def test_tiny_model_memory_matches_the_formula_and_halves_in_bfloat16() -> None:
    n = sum(p.numel() for p in de.lm.parameters())
    assert de.real == n * 4 == de.model_memory_gib(n, "float32") * 2**30 == 22848
    assert all(p.dtype == torch.bfloat16 for p in de.half.parameters())
    assert sum(p.numel() * p.element_size() for p in de.half.parameters()) == de.real // 2
    assert de.lm.embed.weight.dtype == torch.float32  # the page's model is left as it was
