import numpy as np

from snippets.numpy import broadcasting
from tests.tolerances import FLOAT64


def test_broadcasting_adds_the_row_to_each_row() -> None:
    assert (broadcasting.a + broadcasting.b).tolist() == [[11, 22, 33], [14, 25, 36]]


def test_normalized_columns_have_zero_mean_and_unit_std() -> None:
    assert np.allclose(broadcasting.X_norm.mean(axis=0), 0, **FLOAT64)
    assert np.allclose(broadcasting.X_norm.std(axis=0), 1, **FLOAT64)


def test_distance_matrix_matches_scipy() -> None:
    from scipy.spatial.distance import cdist

    assert np.allclose(
        broadcasting.distances, cdist(broadcasting.points, broadcasting.points), **FLOAT64
    )
