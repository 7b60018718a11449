import torch

from snippets.transformers import architectures as ar


def test_bidirectional_first_token_changes_when_the_last_token_changes() -> None:
    first, first_changed = ar.both[0][:, 0], ar.both[1][:, 0]
    assert not torch.allclose(first, first_changed)


def test_causal_first_token_ignores_later_tokens() -> None:
    for position in range(ar.seq_len - 1):
        assert torch.allclose(ar.left[0][:, position], ar.left[1][:, position])
    assert not torch.allclose(ar.left[0][:, -1], ar.left[1][:, -1])


def test_generated_mask_is_minus_infinity_above_the_diagonal() -> None:
    expected = torch.ones(ar.seq_len, ar.seq_len, dtype=torch.bool).triu(1)
    assert torch.equal(ar.causal_mask == float("-inf"), expected)
