"""The quick reference's cards give the values they print."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from scipy.spatial.distance import cdist

from snippets.linear_algebra import glance as g
from tests.tolerances import APPROX64, FLOAT32, FLOAT64


def test_matrix_product_versus_element_wise() -> None:
    # exact: small integers
    assert (g.A @ g.A).tolist() == [[7, 10], [15, 22]]
    assert (g.A * g.A).tolist() == [[1, 4], [9, 16]]


def test_batched_product_and_einsum_agree() -> None:
    by_pair = np.stack([g.Q[i] @ g.K[i] for i in range(len(g.Q))])
    assert np.allclose(g.Q @ g.K, by_pair, **FLOAT64)
    assert np.allclose(np.einsum("bij,bjk->bik", g.Q, g.K), by_pair, **FLOAT64)
    assert np.dot(g.Q, g.K).shape == (8, 4, 8, 5)


def test_torch_broadcast_matmul_is_one_product_per_batch_item() -> None:
    expected = torch.stack([g.x[i] @ g.w for i in range(len(g.x))])
    # float32: the broadcast kernel and per-item products sum in different orders
    assert torch.allclose(g.x @ g.w, expected, **FLOAT32)
    assert torch.bmm(g.x, g.x.transpose(1, 2)).shape == (32, 10, 10)


def test_solve_gives_the_solution() -> None:
    assert np.allclose(g.x_solved, [2.0, 3.0], **FLOAT64)
    assert np.allclose(g.x_solved, np.linalg.inv(g.M) @ g.y, **FLOAT64)


def test_determinant_rank_inverse() -> None:
    assert np.linalg.det(g.M) == pytest.approx(5.0, **APPROX64)
    assert np.linalg.matrix_rank(g.M) == 2 and np.linalg.matrix_rank(g.singular) == 1
    assert np.allclose(g.M @ g.M_inv, np.eye(2), **FLOAT64)
    assert np.allclose(g.M_inv, [[0.4, -0.2], [-0.2, 0.6]], **FLOAT64)


def test_eigh_is_sorted_and_eigenvectors_satisfy_the_equation() -> None:
    assert np.allclose(g.eigenvalues, [1.0, 3.0], **FLOAT64)
    for lam, vec in zip(g.eigenvalues, g.eigenvectors.T, strict=True):
        assert np.allclose(g.S @ vec, lam * vec, **FLOAT64)


def test_reduced_svd_reconstructs() -> None:
    assert np.allclose((g.U * g.s) @ g.Vt, g.X, **FLOAT64)
    assert np.allclose(g.s, [5.0, 3.0], **FLOAT64)
    assert (g.U.shape, g.Vt.shape) == ((2, 2), (2, 3))


def test_low_rank_error_is_small_and_matches_the_discarded_values() -> None:
    error = np.linalg.norm(g.W - g.W_k)
    assert error == pytest.approx(np.sqrt(np.sum(g.s_w[g.k :] ** 2)), **APPROX64)
    assert np.linalg.matrix_rank(g.W_k) == g.k
    # the card prints two decimals
    assert g.s_w[g.k - 1 : g.k + 1] == pytest.approx([47.2, 0.16], abs=5e-3)
    # the card prints four decimals
    assert error / np.linalg.norm(g.W) == pytest.approx(0.0042, abs=5e-5)


def test_pca_ratio_matches_sklearn() -> None:
    from sklearn.decomposition import PCA

    model = PCA().fit(g.data)
    assert np.allclose(g.ratio, model.explained_variance_ratio_, **FLOAT64)
    # the card prints three decimals
    assert g.ratio == pytest.approx([0.839, 0.13, 0.031], abs=5e-4)
    assert g.projected.shape == (200, 2)


def test_norms() -> None:
    # exact: small integers, and sqrt is correctly rounded
    assert np.linalg.norm(g.v, ord=1) == 7.0 and np.linalg.norm(g.v) == 5.0
    assert np.linalg.norm(g.m) == pytest.approx(np.sqrt(30), **APPROX64)
    spectral = np.linalg.svd(g.m, compute_uv=False)[0]
    assert np.linalg.norm(g.m, ord=2) == pytest.approx(spectral, **APPROX64)


def test_cosine_similarity_and_distance_matrices() -> None:
    cosine = 1 - cdist(g.points, g.points, "cosine")
    assert np.allclose(g.unit @ g.unit.T, cosine, **FLOAT64)
    by_pair = [[np.linalg.norm(p - q) for q in g.points] for p in g.points]
    assert np.allclose(cdist(g.points, g.points), by_pair, **FLOAT64)
    t = torch.from_numpy(g.points)
    # float64 tensors: torch.cdist may use a matrix-product formula, slightly off near zero
    assert torch.allclose(torch.cdist(t, t), torch.tensor(by_pair), rtol=1e-9, atol=1e-7)
