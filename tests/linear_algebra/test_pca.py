"""Explained variance from the SVD of centered data is PCA's; uncentered data is not."""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import PCA

from snippets.linear_algebra import pca
from tests.tolerances import FLOAT64


def test_centered_svd_ratio_matches_sklearn_pca() -> None:
    model = PCA().fit(pca.X)
    assert np.allclose(pca.ratio, model.explained_variance_ratio_, **FLOAT64)
    assert np.allclose(pca.s**2 / (len(pca.X) - 1), model.explained_variance_, **FLOAT64)
    assert np.isclose(pca.ratio.sum(), 1.0, **FLOAT64)


def test_variance_of_a_component_is_the_variance_of_the_projection() -> None:
    model = PCA().fit(pca.X)
    projected = pca.X_centered @ model.components_[0]
    assert np.isclose(projected.var(ddof=1), pca.s[0] ** 2 / (len(pca.X) - 1), **FLOAT64)


def test_uncentered_ratio_is_wrong() -> None:
    raw = pca.s_raw**2 / np.sum(pca.s_raw**2)
    assert not np.allclose(raw, PCA().fit(pca.X).explained_variance_ratio_, atol=0.01)
    assert raw[0] > pca.ratio[0]
