"""Each row of the page's table of derivatives, checked by autograd and finite differences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from snippets.derivatives.common_derivatives import derivative

ROOT = Path(__file__).resolve().parents[2]
Fn = Callable[[torch.Tensor], torch.Tensor]
N = 3

ROWS: list[tuple[str, str, Fn, Fn]] = [
    ("$x^n$", "$n x^{n-1}$", lambda x: x**N, lambda x: N * x ** (N - 1)),
    ("$e^x$", "$e^x$", torch.exp, torch.exp),
    ("$\\ln x$", "$\\frac{1}{x}$", torch.log, lambda x: 1 / x),
    ("$\\sin x$", "$\\cos x$", torch.sin, torch.cos),
    ("$\\cos x$", "$-\\sin x$", torch.cos, lambda x: -torch.sin(x)),
    (
        "$\\sigma(x) = \\frac{1}{1 + e^{-x}}$",
        "$\\sigma(x)(1 - \\sigma(x))$",
        lambda x: 1 / (1 + torch.exp(-x)),
        lambda x: torch.sigmoid(x) * (1 - torch.sigmoid(x)),
    ),
    ("$\\tanh x$", "$1 - \\tanh^2 x$", torch.tanh, lambda x: 1 - torch.tanh(x) ** 2),
    (
        "$\\mathrm{ReLU}(x) = \\max(0, x)$",
        "$\\mathbf{1}[x > 0]$",
        lambda x: torch.clamp(x, min=0),
        lambda x: (x > 0).double(),
    ),
    (
        "$\\mathrm{softplus}(x) = \\ln(1 + e^x)$",
        "$\\sigma(x)$",
        lambda x: torch.log(1 + torch.exp(x)),
        torch.sigmoid,
    ),
]
POINTS = torch.tensor([-2.5, -1.0, -0.3, 0.4, 1.0, 2.2], dtype=torch.float64)


def page_rows(lang: str) -> list[list[str]]:
    text = (ROOT / "docs" / lang / "derivatives.md").read_text(encoding="utf-8")
    text = text[text.index("{ #common-derivatives }") :]  # the section's table, not the card's
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("| $")]
    return [[cell.strip() for cell in row] for row in rows if "f(x)" not in row[0]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_table_is_the_verified_table(lang: str) -> None:
    assert [row[:2] for row in page_rows(lang)] == [[f, df] for f, df, _, _ in ROWS]


@pytest.mark.parametrize(("f_tex", "df_tex", "f", "df"), ROWS, ids=[r[0] for r in ROWS])
def test_derivative_matches_autograd_and_finite_difference(
    f_tex: str, df_tex: str, f: Fn, df: Fn
) -> None:
    x = POINTS.abs() if "ln x" in f_tex else POINTS
    # float64: autograd and the formula differ only by rounding (~1e-15)
    assert torch.allclose(derivative(f, x), df(x), rtol=1e-10, atol=1e-12)
    h = 1e-6
    # central difference: truncation ~h², cancellation ~1e-16 / h ~1e-10
    assert torch.allclose((f(x + h) - f(x - h)) / (2 * h), df(x), rtol=0, atol=1e-6)


def test_relu_gradient_at_zero_is_zero() -> None:
    assert derivative(torch.relu, torch.zeros(1)).item() == 0.0
