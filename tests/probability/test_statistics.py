"""Basic statistics: ddof defaults of each library (the page's table), percentiles, correlation."""

from __future__ import annotations

import math
import statistics
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch

from snippets.probability import statistics as st
from tests.tolerances import APPROX64

ROOT = Path(__file__).resolve().parents[2]
DIVISORS = {"$n$": 0, "$n - 1$": 1}


def table_rows(lang: str) -> list[tuple[str, str]]:
    text = (ROOT / "docs" / lang / "probability.md").read_text(encoding="utf-8")
    text = text.split("\n## ", 2)[2]  # the body, without the quick reference's table
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("| `")]
    return [
        (call.strip().strip("`"), divisor.strip()) for call, divisor in rows if "stats." not in call
    ]


@pytest.mark.parametrize("row", table_rows("en"), ids=lambda r: r[0])
def test_table_row_divides_by_what_it_claims(row: tuple[str, str]) -> None:
    call, divisor = row
    data = st.data.astype(float)
    x = torch.from_numpy(data) if call.startswith("torch") else data
    x = data.tolist() if call.startswith("statistics") else x
    namespace = {"np": np, "pd": pd, "torch": torch, "statistics": statistics, "x": x, "y": x}
    result = float(eval(call, namespace))
    ss = ((data - data.mean()) ** 2).sum()
    variance = ss / (len(data) - DIVISORS[divisor])
    expected = math.sqrt(variance) if "std" in call or "stdev" in call else variance
    assert result == pytest.approx(expected, **APPROX64)


def test_both_tables_are_the_same() -> None:
    assert table_rows("fr") == table_rows("en")
    assert len(table_rows("en")) == 9


def test_population_and_sample_std() -> None:
    assert np.std(st.data) == 2.0
    assert np.std(st.data, ddof=1) == pytest.approx(math.sqrt(32 / 7), **APPROX64)
    assert pd.Series(st.data).std() == pytest.approx(math.sqrt(32 / 7), **APPROX64)


def test_center_and_percentiles() -> None:
    assert (np.mean(st.data), np.median(st.data)) == (5.0, 4.5)
    assert np.percentile(st.data, [25, 50, 75]).tolist() == [4.0, 4.5, 5.5]


def test_correlation_is_covariance_over_sample_stds() -> None:
    assert st.cov_xy == pytest.approx(st.by_hand, **APPROX64)
    assert st.r == pytest.approx(st.cov_xy / (st.x.std(ddof=1) * st.y.std(ddof=1)), **APPROX64)
    assert st.r == pytest.approx(st.cov_xy / (st.x.std() * st.y.std()) * (99 / 100), **APPROX64)
