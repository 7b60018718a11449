"""Gradient descent, by hand and with torch.optim.SGD, reaches the known least-squares minimum."""

from __future__ import annotations

import numpy as np
import torch

from snippets.derivatives import gradient_descent as gd


def test_gradient_formula_matches_autograd() -> None:
    theta = torch.tensor([0.3, -0.2, 0.5], dtype=torch.float64, requires_grad=True)
    x, y = torch.from_numpy(gd.X), torch.from_numpy(gd.y)
    loss = ((x @ theta - y) ** 2).sum() / (2 * len(y))
    loss.backward()
    by_formula = gd.X.T @ (gd.X @ theta.detach().numpy() - gd.y) / len(gd.y)
    # float64 matmul on both sides: rounding ~1e-15
    assert np.allclose(theta.grad.numpy(), by_formula, rtol=1e-10, atol=1e-12)


def test_scratch_descent_reaches_the_normal_equations_solution() -> None:
    # 500 steps converge geometrically; well below the 4 digits shown
    assert np.allclose(gd.theta, gd.theta_star, rtol=0, atol=1e-8)
    # two LAPACK solvers: agree to ~1e-12
    assert np.allclose(gd.theta_star, np.linalg.lstsq(gd.X, gd.y)[0], rtol=0, atol=1e-10)


def test_sgd_reaches_the_same_minimum() -> None:
    # float64 SGD after 500 steps: converged far below the 4 digits shown
    assert np.isclose(gd.model.bias.item(), gd.theta_star[0], rtol=0, atol=1e-8)
    assert np.allclose(
        gd.model.weight.detach().numpy().ravel(), gd.theta_star[1:], rtol=0, atol=1e-8
    )
