"""SVD: factor shapes, reconstruction and the Eckart-Young error of a rank-k approximation."""

from __future__ import annotations

import numpy as np
import pytest

from snippets.linear_algebra import svd
from tests.tolerances import FLOAT64


def test_reduced_svd_has_the_shapes_shown() -> None:
    u, s, vt = np.linalg.svd(np.ones((100, 50)), full_matrices=False)
    assert (u.shape, s.shape, vt.shape) == ((100, 50), (50,), (50, 50))


def test_low_rank_error_is_root_of_discarded_squared_singular_values() -> None:
    error = np.linalg.norm(svd.A - svd.A_k)
    assert np.isclose(error, np.sqrt(np.sum(svd.s[svd.k :] ** 2)), **FLOAT64)
    assert error == pytest.approx(6.6205, abs=5e-5)  # the page prints 4 decimals


def test_truncated_svd_beats_another_rank_k_matrix() -> None:
    u, s, vt = svd.U, svd.s, svd.Vt
    other = u[:, 1 : svd.k + 1] @ np.diag(s[1 : svd.k + 1]) @ vt[1 : svd.k + 1]
    assert np.linalg.norm(svd.A - svd.A_k) < np.linalg.norm(svd.A - other)


def test_storage_counts() -> None:
    assert svd.A.size == 100 * 50 and svd.k * (100 + 50 + 1) == 755
