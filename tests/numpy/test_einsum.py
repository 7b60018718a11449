import numpy as np

from snippets.numpy import einsum as e
from tests.tolerances import FLOAT64


def test_each_einsum_matches_its_equivalent() -> None:
    assert np.isclose(e.dot, np.dot(e.a, e.b), **FLOAT64)
    assert np.allclose(e.matmul, e.A @ e.B, **FLOAT64)
    assert np.allclose(e.batch, np.matmul(e.batch_A, e.batch_B), **FLOAT64)
    assert np.isclose(e.trace, np.trace(e.S), **FLOAT64)
    assert np.allclose(e.outer, np.outer(e.a, e.b), **FLOAT64)
