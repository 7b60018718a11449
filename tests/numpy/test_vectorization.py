import numpy as np

from snippets.numpy.vectorization import sum_of_squares_loop, sum_of_squares_numpy
from tests.tolerances import FLOAT64


def test_loop_and_numpy_agree() -> None:
    values = np.linspace(-3, 3, 101)
    assert np.isclose(sum_of_squares_loop(values.tolist()), sum_of_squares_numpy(values), **FLOAT64)
