"""Linear systems: solve, least squares, determinant, rank and a singular matrix."""

from __future__ import annotations

import numpy as np
import pytest

from snippets.linear_algebra import systems
from tests.tolerances import APPROX64, FLOAT64


def test_solve_satisfies_the_system_and_matches_the_inverse() -> None:
    assert np.allclose(systems.A @ systems.x, systems.b, **FLOAT64)
    assert np.allclose(systems.x, np.linalg.inv(systems.A) @ systems.b, **FLOAT64)
    # the page prints four decimals
    assert systems.x == pytest.approx([-0.2109, 0.2392, -0.865, 0.6463], abs=5e-5)


def test_least_squares_matches_the_normal_equations_and_the_true_weights() -> None:
    X, y = systems.X, systems.y
    assert np.allclose(systems.w, np.linalg.solve(X.T @ X, X.T @ y), **FLOAT64)
    # the noise is small: the fit is within two decimals of the weights that made y
    assert systems.w == pytest.approx([1.0, -2.0, 0.5], abs=5e-3)


def test_determinant_rank_and_singular_matrix() -> None:
    assert np.linalg.det(systems.A) == pytest.approx(-1.8848, abs=5e-5)  # four decimals shown
    assert np.linalg.det(systems.singular) == pytest.approx(0.0, **APPROX64)
    assert np.linalg.matrix_rank(systems.A) == 4
    assert np.linalg.matrix_rank(systems.singular) == 1
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        np.linalg.inv(systems.singular)
