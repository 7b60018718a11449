import pytest
import torch

from snippets.transformers import half_precision as hp


def test_minus_1e9_does_not_fit_in_float16() -> None:
    assert torch.tensor(-1e9).to(torch.float16).item() == float("-inf")
    with pytest.raises(RuntimeError, match="overflow"):
        hp.scores.masked_fill(~hp.allowed, -1e9)


def test_fully_masked_row_gives_nan_with_an_infinite_mask() -> None:
    weights = torch.softmax(hp.scores + hp.additive, dim=-1)
    assert weights[1].isnan().all()
    assert not weights[0].isnan().any()


def test_finfo_min_keeps_weights_finite_and_zero_where_masked() -> None:
    assert hp.fill == -65504.0
    assert not hp.weights.isnan().any()
    assert hp.weights.dtype == torch.float16
    assert hp.weights[0, 2].item() == 0.0
    assert hp.weights[0, :2].sum().item() == pytest.approx(1.0, abs=1e-3)
    assert torch.allclose(hp.weights[1].float(), torch.full((3,), 1 / 3), atol=1e-3)


def test_bool_masks_under_autocast_stay_correct() -> None:
    mha, x = hp.mha, hp.x
    with torch.autocast(device_type=hp.device.type, dtype=torch.float16):
        out, weights = mha(x, x, x, attn_mask=hp.causal, key_padding_mask=hp.padding)
    assert weights.dtype == torch.float16
    assert not out.isnan().any()
    assert torch.triu(weights, diagonal=1).abs().sum().item() == 0.0
    assert weights[1, :, 3:].abs().sum().item() == 0.0


def test_pages_quote_the_largest_finite_float16() -> None:
    from cheatsheet.project import ROOT

    largest = -torch.finfo(torch.float16).min
    assert largest == torch.finfo(torch.float16).max == 65504
    fr = (ROOT / "docs/fr/transformers.md").read_text(encoding="utf-8")
    en = (ROOT / "docs/en/transformers.md").read_text(encoding="utf-8")
    assert "65\u202f504" in fr
    assert "65,504" in en


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16])
def test_a_query_with_every_key_masked_gives_nan_in_multihead_attention(
    dtype: torch.dtype,
) -> None:
    torch.manual_seed(0)
    mha = torch.nn.MultiheadAttention(8, 2, batch_first=True).to(dtype)
    x = torch.randn(1, 3, 8, dtype=dtype)
    mask = torch.tensor([[False, True, True], [True, True, True], [False, False, False]])
    out, _ = mha(x, x, x, attn_mask=mask)
    assert out[0, 1].isnan().all()
    assert not out[0, [0, 2]].isnan().any()
