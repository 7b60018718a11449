"""The "At a glance" cards of the probability page give the values they show."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from scipy import stats

from snippets.probability import glance
from tests.tolerances import APPROX64, FLOAT32

ROOT = Path(__file__).resolve().parents[2]
PARAMS = {"mu": 0.5, "sigma": 2.0, "p": 0.3, "n": 10, "a": -1.0, "b": 3.0, "lam": 1.5}
# the table's formulas, evaluated with PARAMS
MOMENTS = {
    "$\\mu$": PARAMS["mu"],
    "$\\sigma^2$": PARAMS["sigma"] ** 2,
    "$p$": PARAMS["p"],
    "$p(1 - p)$": PARAMS["p"] * (1 - PARAMS["p"]),
    "$np$": PARAMS["n"] * PARAMS["p"],
    "$np(1 - p)$": PARAMS["n"] * PARAMS["p"] * (1 - PARAMS["p"]),
    "$\\frac{a + b}{2}$": (PARAMS["a"] + PARAMS["b"]) / 2,
    "$\\frac{(b - a)^2}{12}$": (PARAMS["b"] - PARAMS["a"]) ** 2 / 12,
    "$\\frac{1}{\\lambda}$": 1 / PARAMS["lam"],
    "$\\frac{1}{\\lambda^2}$": 1 / PARAMS["lam"] ** 2,
    "$\\lambda$": PARAMS["lam"],
}


def glance_table(lang: str) -> list[list[str]]:
    text = (ROOT / "docs" / lang / "probability.md").read_text(encoding="utf-8")
    quick_reference = text.split("\n## ", 2)[1]
    rows = [line.strip("|").split("|") for line in quick_reference.splitlines() if "| `" in line]
    return [[cell.strip().strip("`") for cell in row] for row in rows[1:]]  # rows[0]: header


def test_both_tables_share_calls_and_moments() -> None:
    fr, en = glance_table("fr"), glance_table("en")
    assert len(fr) == len(en) == 6
    assert [r[1:] for r in fr] == [r[1:] for r in en]


@pytest.mark.parametrize("row", glance_table("en"), ids=lambda r: r[0])
def test_table_calls_have_the_moments_shown(row: list[str]) -> None:
    _, numpy_call, scipy_call, mean, variance = row
    dist = eval(scipy_call, {**vars(stats), **PARAMS})
    assert dist.mean() == pytest.approx(MOMENTS[mean], **APPROX64)
    assert dist.var() == pytest.approx(MOMENTS[variance], **APPROX64)
    rng = np.random.default_rng(0)
    samples = eval(f"rng.{numpy_call[:-1]}, size=400_000)", {"rng": rng, **PARAMS})
    # sampling error of the mean: sigma / sqrt(400k) <= 0.0032 here, so 0.02 is over six sigmas
    assert samples.mean() == pytest.approx(MOMENTS[mean], abs=0.02)
    # the variance's sampling error is of the same relative order
    assert samples.var() == pytest.approx(MOMENTS[variance], rel=0.02)


def test_seeded_sampling() -> None:
    again = np.random.default_rng(0).normal(size=10_000)
    assert np.array_equal(glance.samples, again)  # same seed, same draws: exact
    # sample mean and std of N(0, 1) over 10k draws: within a few 1/sqrt(10k) = 0.01
    assert glance.samples.mean() == pytest.approx(0.0, abs=0.03)
    assert glance.samples.std() == pytest.approx(1.0, abs=0.03)
    assert set(glance.picks) <= {"a", "b", "c"}


def test_ddof_and_quantiles() -> None:
    # the data's squared deviations sum to 32: exact small values in float64
    assert (glance.data.mean(), glance.data.std(), glance.data.var()) == (5.0, 2.0, 4.0)
    assert glance.data.var(ddof=1) == pytest.approx(32 / 7, **APPROX64)
    assert np.percentile(glance.data, [25, 50, 75]).tolist() == [4.0, 4.5, 5.5]
    # linear interpolation: 7 + 0.3 * (9 - 7), up to float64 rounding
    assert np.quantile(glance.data, 0.9) == pytest.approx(7.6, **APPROX64)


def test_normal_and_binomial() -> None:
    # the page prints four digits: 1.96 is the 97.5 % quantile to that precision
    assert stats.norm.ppf(0.975) == pytest.approx(1.96, abs=5e-5)
    assert glance.height.cdf(180) == pytest.approx(stats.norm.cdf(1.0), **APPROX64)
    assert glance.height.sf(190) == pytest.approx(1 - stats.norm.cdf(2.0), **APPROX64)
    # binomial(10, 1/2): pmf(5) = 252 / 1024, cdf(3) = 176 / 1024
    assert glance.coin.pmf(5) == pytest.approx(252 / 1024, **APPROX64)
    assert glance.coin.cdf(3) == pytest.approx(176 / 1024, **APPROX64)


def test_torch_distribution_log_prob() -> None:
    x = torch.tensor([0.0, 1.96])
    expected = torch.from_numpy(stats.norm.logpdf(x.numpy())).float()
    # float32 log-density against scipy's float64
    assert torch.allclose(glance.dist.log_prob(x), expected, **FLOAT32)


def test_correlation() -> None:
    cov = np.cov(glance.x, glance.y)
    r = cov[0, 1] / np.sqrt(cov[0, 0] * cov[1, 1])
    # two float64 computations of the same value
    assert np.corrcoef(glance.x, glance.y)[0, 1] == pytest.approx(r, **APPROX64)
    assert round(r, 4) == 0.9714


def test_bayes_rare_disease() -> None:
    # 0.0095 / 0.1085, shown as a percentage with one decimal
    assert glance.p_sick_if_positive == pytest.approx(0.0095 / 0.1085, **APPROX64)
    assert f"{glance.p_sick_if_positive:.1%}" == "8.8%"


def test_stable_softmax() -> None:
    probs = glance.softmax(np.array([1000.0, 1001.0, 1002.0]))
    # shifting every logit leaves the softmax unchanged, up to float64 rounding
    small = glance.softmax(np.array([0.0, 1.0, 2.0]))
    assert probs == pytest.approx(small, **APPROX64)
    assert probs.sum() == pytest.approx(1.0, **APPROX64)


def test_temperature() -> None:
    maxima = [torch.softmax(glance.logits / t, dim=-1).max().item() for t in (0.5, 1.0, 2.0)]
    assert maxima[0] > maxima[1] > maxima[2]
    # the last loop's probabilities (temperature two) sum to one in float32
    assert glance.probs.sum().item() == pytest.approx(1.0, abs=1e-6)
