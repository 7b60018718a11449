"""Chain rule: the formula's value equals the hand, autograd and finite-difference ones."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import torch

from snippets.derivatives import chain_rule

ROOT = Path(__file__).resolve().parents[2]
PAGES = {lang: ROOT / "docs" / lang / "derivatives.md" for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_formula_value_is_the_computed_derivative(lang: str) -> None:
    text = PAGES[lang].read_text(encoding="utf-8")
    m = re.search(r"\\right\|_\{x=2\} = 3 \\cdot 5\^2 \\cdot 4 = (\d+)", text)
    assert m, "the worked example's formula is missing"
    shown = float(m[1])
    assert shown == 3 * 5**2 * 4
    x = torch.tensor(2.0, requires_grad=True)
    ((x**2 + 1) ** 3).backward()
    assert shown == x.grad.item() == 3 * chain_rule.u**2 * 2 * chain_rule.x0
    assert shown == pytest.approx(
        (chain_rule.f(2 + 1e-5) - chain_rule.f(2 - 1e-5)) / 2e-5, rel=1e-8
    )


def test_central_difference_error_shrinks_like_h_squared() -> None:
    exact = 300.0
    errors = [
        abs((chain_rule.f(2 + h) - chain_rule.f(2 - h)) / (2 * h) - exact) for h in (1e-2, 1e-3)
    ]
    assert errors[0] / errors[1] == pytest.approx(100, rel=0.01)


def test_multivariable_partials_match_their_formulas() -> None:
    # float32 exp: relative error ~1e-7
    assert chain_rule.x.grad.item() == pytest.approx(2 * math.exp(5), rel=1e-6)
    assert chain_rule.y.grad.item() == pytest.approx(4 * math.exp(5), rel=1e-6)


def test_page_shows_its_8_display_formulas() -> None:
    """7 in the sections, 1 on the chain-rule card; parity is tests/test_consistency.py's."""
    for path in PAGES.values():
        assert path.read_text(encoding="utf-8").count("\n$$\n") == 2 * 8
