"""Distributions: each row of the page's table, pdf/cdf values and seeded sampling."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from snippets.probability import distributions as d
from tests.tolerances import APPROX64

ROOT = Path(__file__).resolve().parents[2]
PARAMS = {"mu": 0.5, "sigma": 2.0, "p": 0.3, "n": 10, "a": -1.0, "b": 3.0, "lam": 1.5}
MEANS = {
    "$\\mu$": PARAMS["mu"],
    "$p$": PARAMS["p"],
    "$np$": PARAMS["n"] * PARAMS["p"],
    "$\\frac{a + b}{2}$": (PARAMS["a"] + PARAMS["b"]) / 2,
    "$\\frac{1}{\\lambda}$": 1 / PARAMS["lam"],
    "$\\lambda$": PARAMS["lam"],
}


def table_rows(lang: str) -> list[list[str]]:
    text = (ROOT / "docs" / lang / "probability.md").read_text(encoding="utf-8")
    text = text.split("\n## ", 2)[2]  # the body, without the quick reference's table
    rows = [
        line.strip("|").split("|")
        for line in text.splitlines()
        if line.startswith("|") and "`stats." in line
    ]
    return [[cell.strip().strip("`") for cell in row] for row in rows]


@pytest.mark.parametrize("row", table_rows("en"), ids=lambda r: r[0])
def test_table_call_has_the_mean_shown(row: list[str]) -> None:
    _, _, call, mean, _ = row
    dist = eval(call, {"stats": stats, **PARAMS})
    assert dist.mean() == pytest.approx(MEANS[mean], **APPROX64)
    samples = dist.rvs(size=200_000, random_state=np.random.default_rng(0))
    assert samples.mean() == pytest.approx(MEANS[mean], abs=0.02)


def test_both_tables_share_calls_and_means() -> None:
    fr, en = table_rows("fr"), table_rows("en")
    assert len(fr) == len(en) == 6
    assert [r[2:4] for r in fr] == [r[2:4] for r in en]


def test_normal_pdf_formula() -> None:
    x, mu, sigma = 0.7, 0.5, 2.0
    formula = math.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * math.sqrt(2 * math.pi))
    assert stats.norm(mu, sigma).pdf(x) == pytest.approx(formula, **APPROX64)
    assert d.normal.cdf(1.96) == pytest.approx(0.9750, abs=5e-5)


def test_binomial_and_poisson_mass_formulas() -> None:
    assert d.binomial.pmf(5) == pytest.approx(math.comb(10, 5) * 0.5**10, **APPROX64)
    assert d.poisson.pmf(2) == pytest.approx(3.0**2 * math.exp(-3) / math.factorial(2), **APPROX64)


def test_uniform_and_exponential_parameters() -> None:
    assert d.uniform.support() == (-1.0, 3.0) and d.uniform.pdf(0) == pytest.approx(
        1 / 4, **APPROX64
    )
    assert d.exponential.mean() == pytest.approx(1 / d.lam, **APPROX64)
    assert d.exponential.cdf(1.0) == pytest.approx(1 - math.exp(-d.lam), **APPROX64)
    assert d.exponential.pdf(1.0) == pytest.approx(d.lam * math.exp(-d.lam), **APPROX64)


def test_sampling_is_reproducible_with_a_seed() -> None:
    first = stats.norm().rvs(size=5, random_state=np.random.default_rng(0))
    second = stats.norm().rvs(size=5, random_state=np.random.default_rng(0))
    assert np.array_equal(first, second)
