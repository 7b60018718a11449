from __future__ import annotations

import importlib
import itertools
from types import ModuleType

import numpy as np
import pytest


def snippet() -> ModuleType:
    return importlib.import_module("snippets.models.regularization")


def test_ridge_shrinks_without_zeroing() -> None:
    ridge = snippet().ridge
    norms = [np.linalg.norm(ridge[a]) for a in (0.1, 1.0, 10.0, 100.0)]
    # printed with one decimal: half a unit of the last digit
    assert norms == pytest.approx([64.5, 57.5, 42.6, 34.8], abs=0.05)
    assert all(a > b for a, b in itertools.pairwise(norms))
    assert all((ridge[a] == 0).sum() == 0 for a in ridge)


def test_lasso_zeroes_more_coefficients_as_alpha_grows() -> None:
    lasso = snippet().lasso
    assert [int((lasso[a] == 0).sum()) for a in (0.1, 1.0, 10.0, 100.0)] == [1, 3, 6, 10]
    norms = [np.linalg.norm(lasso[a]) for a in (0.1, 1.0, 10.0)]
    assert norms == pytest.approx([54.0, 40.5, 30.8], abs=0.05)  # one printed decimal


def test_elastic_net_zeros_grow_with_l1_ratio() -> None:
    mod = snippet()
    assert mod.enet_zeros == {0.1: 0, 0.5: 1, 0.9: 3, 1.0: 5}
    # l1_ratio one is the lasso: coordinate descent lands on the same point
    assert np.allclose(mod.same, mod.Lasso(alpha=5.0).fit(mod.X, mod.y).coef_, rtol=0, atol=1e-8)
