"""Norms L1, L2, L∞, matrix norms, Euclidean distance and cosine similarity."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from scipy.spatial.distance import cdist, cosine

from snippets.linear_algebra import norms
from tests.tolerances import FLOAT64


@pytest.mark.parametrize(
    ("order", "expected"), [(1, 7.0), (2, 5.0), (np.inf, 4.0)], ids=["l1", "l2", "linf"]
)
def test_vector_norms_match_their_formula(order: float, expected: float) -> None:
    v = norms.v
    by_formula = {1: np.abs(v).sum(), 2: np.sqrt((v**2).sum()), np.inf: np.abs(v).max()}
    # exact: small integers, and sqrt is correctly rounded on every IEEE 754 CPU
    assert np.linalg.norm(v, ord=order) == by_formula[order] == expected


def test_matrix_ord_2_is_spectral_not_frobenius() -> None:
    m = norms.M
    assert np.isclose(np.linalg.norm(m), np.sqrt(30), **FLOAT64)
    assert np.isclose(np.linalg.norm(m, ord=2), np.linalg.svd(m, compute_uv=False).max(), **FLOAT64)
    assert not np.isclose(np.linalg.norm(m), np.linalg.norm(m, ord=2), **FLOAT64)


def test_distance_and_cosine_similarity() -> None:
    assert np.isclose(np.linalg.norm(norms.a - norms.b), np.sqrt(27), **FLOAT64)
    assert np.isclose(norms.cos_sim, 32 / np.sqrt(14 * 77), **FLOAT64)
    assert np.isclose(cosine(norms.a, norms.b), 1 - norms.cos_sim, **FLOAT64)


def test_pairwise_distances_and_cosines_match_each_pair() -> None:
    q, k = norms.queries, norms.keys
    by_pair = [[np.linalg.norm(a - b) for b in k] for a in q]
    assert np.allclose(norms.distances, by_pair, **FLOAT64)
    cosines = [[(a @ b) / (np.linalg.norm(a) * np.linalg.norm(b)) for b in k] for a in q]
    assert np.allclose(norms.similarities, cosines, **FLOAT64)
    assert np.allclose(norms.similarities, 1 - cdist(q, k, "cosine"), **FLOAT64)
    # float64 tensors: torch.cdist may use a matrix-product formula, slightly off near zero
    tq, tk = torch.from_numpy(q), torch.from_numpy(k)
    assert torch.allclose(torch.cdist(tq, tk), torch.tensor(by_pair), rtol=1e-9, atol=1e-7)
