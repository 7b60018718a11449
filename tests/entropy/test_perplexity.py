import math

import pytest

from snippets.entropy import perplexity as pp
from tests.tolerances import APPROX64


def test_uniform_perplexity_is_the_vocabulary_size() -> None:
    assert pp.perplexity(pp.uniform) == pytest.approx(pp.vocab_size, **APPROX64)


def test_mass_on_a_hundred_words_gives_a_hundred() -> None:
    assert pp.perplexity(pp.focused) == pytest.approx(100, **APPROX64)


def test_uniform_logits_give_loss_log_vocab() -> None:
    assert pp.loss.item() == pytest.approx(math.log(pp.vocab_size), rel=1e-5)


def test_model_perplexity_is_above_the_data_perplexity() -> None:
    # powers of two: the entropies are exact, one and a half and seven quarters of a bit
    assert (pp.h_p, pp.h_pq) == (1.5, 1.75)
    assert 2**pp.h_pq > 2**pp.h_p
