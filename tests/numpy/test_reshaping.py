import numpy as np

from snippets.numpy import reshaping


def test_ravel_is_a_view_and_flatten_a_copy() -> None:
    assert np.shares_memory(reshaping.view, reshaping.m)
    assert not np.shares_memory(reshaping.flat, reshaping.m)
    assert reshaping.m[0, 0] == 100 and reshaping.flat[0] == 0


def test_minus_one_infers_the_dimension() -> None:
    assert reshaping.x.reshape(-1, 2).shape == (6, 2)
