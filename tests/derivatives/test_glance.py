"""The "At a glance" cards of the derivatives page give the values they show."""

from __future__ import annotations

import pytest
import torch

from tests.imports import AtFirstUse

glance = AtFirstUse("snippets.derivatives.glance")


def test_numerical_derivative_matches_autograd() -> None:
    # central difference: error ~h², float64 rounding ~1e-10
    assert glance.slope == pytest.approx(12.0, abs=1e-6)


def test_partials_and_gradient() -> None:
    assert (glance.a.grad.item(), glance.b.grad.item()) == (6.0, 1.0)  # exact small integers
    assert glance.v.grad.tolist() == [2.0, -4.0, 6.0]  # 2v, exact in float32


def test_jacobian_of_product_and_sum() -> None:
    assert torch.equal(glance.J, torch.tensor([[3.0, 2.0], [1.0, 1.0]]))  # exact: one product


def test_descent_step_moves_against_the_gradient() -> None:
    # float32: 1 - 0.1 * 2 is 0.8 up to one ulp
    assert torch.allclose(glance.w.detach(), torch.tensor([0.8, -0.8]), rtol=0, atol=1e-6)
    assert glance.w.grad.abs().sum().item() == 0.0  # zero_() sets exact zeros


def test_learning_rate_card_ends_with_the_smallest_rate() -> None:
    # x after 20 steps at lr=0.001, shown rounded to 4 digits
    assert glance.x == pytest.approx(0.998**20, rel=1e-12)


def test_standardised_columns() -> None:
    # mean/std reductions: rounding ~1e-16
    assert glance.X_std.mean(axis=0) == pytest.approx([0.0, 0.0], abs=1e-12)
    assert glance.X_std.std(axis=0) == pytest.approx([1.0, 1.0], rel=1e-12)
