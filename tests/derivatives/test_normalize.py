"""Standardized inputs make gradient descent converge in far fewer steps."""

from __future__ import annotations

import numpy as np

from tests.imports import AtFirstUse

normalize = AtFirstUse("snippets.derivatives.normalize")


def test_standardized_features_have_zero_mean_unit_std() -> None:
    # mean/std reductions over 200 values: rounding ~1e-15
    assert np.allclose(normalize.X_std.mean(axis=0), 0, rtol=0, atol=1e-12)
    assert np.allclose(normalize.X_std.std(axis=0), 1, rtol=1e-12, atol=0)


def test_standardizing_cuts_the_number_of_steps() -> None:
    raw = normalize.steps_to_converge(normalize.X, normalize.y)
    std = normalize.steps_to_converge(normalize.X_std, normalize.y)
    assert (raw, std) == (49588, 3)


def test_hessian_is_much_better_conditioned_after_standardizing() -> None:
    def condition(x: np.ndarray) -> float:
        a = np.column_stack([np.ones(len(x)), x])
        return float(np.linalg.cond(a.T @ a))

    assert condition(normalize.X) > 1000 * condition(normalize.X_std)
