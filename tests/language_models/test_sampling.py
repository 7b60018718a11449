import pytest
import torch

from snippets.language_models import sampling as sa
from tests.tolerances import FLOAT32


def kept(logits: torch.Tensor) -> list[int]:
    return logits.isfinite().nonzero().flatten().tolist()


def nucleus_by_hand(probs: list[float], p: float) -> list[int]:
    """The smallest set of most likely tokens whose mass reaches p."""
    order = sorted(range(len(probs)), key=lambda i: -probs[i])
    chosen, mass = [], 0.0
    for i in order:
        chosen.append(i)
        mass += probs[i]
        if mass >= p:
            break
    return sorted(chosen)


def test_greedy_takes_the_largest_logit() -> None:
    assert sa.logits.argmax().item() == 0


def test_temperature_divides_the_logits_before_the_softmax() -> None:
    for t in (0.5, 1.0, 2.0):
        expected = torch.exp(sa.logits / t) / torch.exp(sa.logits / t).sum()
        assert torch.allclose((sa.logits / t).softmax(-1), expected, **FLOAT32)
    # a low temperature tends to greedy, a high one to uniform
    assert (sa.logits / 0.01).softmax(-1)[0].item() == pytest.approx(1.0, abs=1e-6)
    assert torch.allclose((sa.logits / 1e6).softmax(-1), torch.full((5,), 0.2), **FLOAT32)


@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_top_k_keeps_the_k_largest(k: int) -> None:
    assert kept(sa.top_k_filter(sa.logits, k)) == sorted(sa.logits.topk(k).indices.tolist())


@pytest.mark.parametrize("p", [0.1, 0.5, 0.56, 0.6, 0.8, 0.9, 0.95, 0.99])
def test_top_p_keeps_the_smallest_set_reaching_p(p: float) -> None:
    probs = sa.logits.softmax(-1).tolist()
    assert kept(sa.top_p_filter(sa.logits, p)) == nucleus_by_hand(probs, p)


def test_top_p_works_on_a_batch_and_unsorted_logits() -> None:
    batch = torch.stack([sa.logits.flip(0), sa.logits])
    filtered = sa.top_p_filter(batch, 0.8)
    assert kept(filtered[0]) == [2, 3, 4] and kept(filtered[1]) == [0, 1, 2]


def test_samples_come_only_from_the_kept_tokens() -> None:
    assert sorted(set(sa.draws.tolist())) == [0, 1, 2] == kept(sa.filtered)
