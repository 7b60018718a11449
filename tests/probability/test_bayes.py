"""Bayes' theorem: the posterior in the page's formula is the one the code computes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snippets.probability import bayes
from tests.tolerances import APPROX64

ROOT = Path(__file__).resolve().parents[2]
PAGES = {lang: ROOT / "docs" / lang / "probability.md" for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_formula_shows_the_computed_posterior(lang: str) -> None:
    text = PAGES[lang].read_text(encoding="utf-8").replace("{,}", ".")  # French decimal comma
    pattern = (
        r"\\frac\{([\d.]+) \\times ([\d.]+)\}\{([\d.]+) \\times ([\d.]+) \+ "
        r"([\d.]+) \\times ([\d.]+)\} \\approx ([\d.]+)"
    )
    m = re.search(pattern, text)
    assert m, "the worked Bayes formula is missing"
    sens, prev, sens2, prev2, fpr, healthy, shown = map(float, m.groups())
    assert (sens, prev) == (sens2, prev2) == (bayes.sensitivity, bayes.prevalence)
    assert fpr == pytest.approx(1 - bayes.specificity, **APPROX64)
    assert healthy == pytest.approx(1 - bayes.prevalence, **APPROX64)
    assert (
        shown == round(bayes.posterior, 4) == round(sens * prev / (sens * prev + fpr * healthy), 4)
    )
    for given in ("P(+ \\mid M) = 0.95", "P(- \\mid \\bar M) = 0.90", "P(M) = 0.01"):
        assert given in text


def test_posterior_matches_simulation() -> None:
    assert bayes.sick[bayes.positive].mean() == pytest.approx(bayes.posterior, abs=0.002)


def test_second_positive_test_uses_posterior_as_prior() -> None:
    p = bayes.posterior
    second = 0.95 * p / (0.95 * p + 0.10 * (1 - p))
    assert second == pytest.approx(0.4769, abs=5e-5)


def test_page_shows_its_13_display_formulas() -> None:
    """Parity between languages is tests/test_consistency.py's; this guards the count.

    The quick reference adds one (Bayes' theorem) above the body's thirteen.
    """
    for path in PAGES.values():
        glance, body = path.read_text(encoding="utf-8").split("\n## ", 2)[1:]
        assert body.count("\n$$\n") == 2 * 13
        assert glance.count("\n$$\n") == 2
