import numpy as np

from snippets.numpy import glance


def test_glance_cards_give_the_documented_values() -> None:
    assert glance.z.shape == (2, 3) and glance.g[-1] == 1
    assert not np.shares_memory(glance.a, glance.c) and np.shares_memory(glance.a, glance.s)
    assert list(np.sort(glance.top2)) == [1, 3]
    assert list(glance.counts) == [1, 1, 3]
