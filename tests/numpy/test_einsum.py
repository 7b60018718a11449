import numpy as np

from snippets.numpy import einsum as e


def test_each_einsum_matches_its_equivalent() -> None:
    assert np.isclose(e.dot, np.dot(e.a, e.b))
    assert np.allclose(e.matmul, e.A @ e.B)
    assert np.allclose(e.batch, np.matmul(e.batch_A, e.batch_B))
    assert np.isclose(e.trace, np.trace(e.S))
    assert np.allclose(e.outer, np.outer(e.a, e.b))
