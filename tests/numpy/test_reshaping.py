import numpy as np

from snippets.numpy import reshaping


def test_ravel_is_a_view_and_flatten_a_copy() -> None:
    assert np.shares_memory(reshaping.view, reshaping.m)
    assert not np.shares_memory(reshaping.flat, reshaping.m)
    assert reshaping.m[0, 0] == 100 and reshaping.flat[0] == 0


def test_minus_one_infers_the_dimension() -> None:
    assert reshaping.x.reshape(-1, 2).shape == (6, 2)


def test_a_vector_minus_a_column_broadcasts_to_a_table() -> None:
    assert (reshaping.y - reshaping.y_pred).shape == (3, 3)
    np.testing.assert_array_equal(reshaping.y - reshaping.y_pred.ravel(), np.zeros(3))
