"""Eigen-decomposition: A v = λ v, diagonalization, and eigh for symmetric matrices."""

from __future__ import annotations

import numpy as np

from snippets.linear_algebra import eigen
from tests.tolerances import FLOAT64


def test_every_eigenpair_satisfies_av_equals_lambda_v() -> None:
    values, vectors = np.linalg.eig(eigen.M)
    for lam, v in zip(values, vectors.T, strict=True):
        assert np.allclose(eigen.M @ v, lam * v, **FLOAT64)
    assert np.allclose(sorted(values), [2.0, 5.0], **FLOAT64)


def test_diagonalization_reconstructs_the_matrix() -> None:
    vectors, lam = eigen.V, eigen.eigenvalues
    assert np.allclose(vectors @ np.diag(lam) @ np.linalg.inv(vectors), eigen.M, **FLOAT64)


def test_rotation_has_complex_eigenvalues() -> None:
    assert np.allclose(np.linalg.eig(eigen.rotation).eigenvalues, [1j, -1j], **FLOAT64)


def test_eigh_is_sorted_real_and_orthonormal() -> None:
    lambdas, q = eigen.lambdas, eigen.Q
    assert lambdas.dtype == np.float64 and np.all(np.diff(lambdas) >= 0)
    assert np.allclose(q.T @ q, np.eye(5), **FLOAT64)
    assert np.allclose(q @ np.diag(lambdas) @ q.T, eigen.S, **FLOAT64)
    assert np.allclose(np.sort(np.linalg.eig(eigen.S).eigenvalues.real), lambdas, **FLOAT64)
