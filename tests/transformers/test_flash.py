import pytest
import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

from snippets.transformers import flash

cpu_only = pytest.mark.skipif(torch.cuda.is_available(), reason="the GPU block reuses the names")


@cpu_only
def test_default_backend_equals_the_math_reference() -> None:
    assert flash.out.shape == (2, 8, 128, 64)
    assert torch.allclose(flash.out, flash.by_math, atol=1e-5)


@cpu_only
def test_is_causal_matches_an_explicit_lower_triangular_mask() -> None:
    allowed = torch.ones(128, 128, dtype=torch.bool).tril()
    expected = F.scaled_dot_product_attention(flash.q, flash.k, flash.v, attn_mask=allowed)
    assert torch.allclose(flash.out, expected, atol=1e-5)


@cpu_only
def test_an_unavailable_backend_raises_runtime_error() -> None:
    with (
        pytest.raises(RuntimeError, match="No viable backend"),
        sdpa_kernel(SDPBackend.EFFICIENT_ATTENTION),
    ):
        F.scaled_dot_product_attention(flash.q, flash.k, flash.v, is_causal=True)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs an NVIDIA GPU")
def test_flash_backend_runs_in_bfloat16_on_the_gpu() -> None:
    assert flash.out.dtype == torch.bfloat16
    assert flash.out.shape == (2, 8, 1024, 64)
