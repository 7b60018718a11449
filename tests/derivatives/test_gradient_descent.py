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
    assert np.allclose(theta.grad.numpy(), by_formula)


def test_scratch_descent_reaches_the_normal_equations_solution() -> None:
    assert np.allclose(gd.theta, gd.theta_star, atol=1e-8)
    assert np.allclose(gd.theta_star, np.linalg.lstsq(gd.X, gd.y)[0])


def test_sgd_reaches_the_same_minimum() -> None:
    assert np.isclose(gd.model.bias.item(), gd.theta_star[0])
    assert np.allclose(gd.model.weight.detach().numpy().ravel(), gd.theta_star[1:])
