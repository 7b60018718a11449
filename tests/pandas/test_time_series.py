from __future__ import annotations

import numpy as np
import pandas as pd

from snippets.pandas import time_series
from tests.tolerances import FLOAT64


def test_to_datetime_with_an_explicit_day_first_format() -> None:
    assert time_series.dates.dt.month.tolist() == [3, 12]
    assert time_series.dates.dt.day.tolist() == [4, 31]


def test_to_datetime_coerce_gives_nat() -> None:
    assert time_series.parsed.isna().tolist() == [False, True]


def test_weekly_sums_end_on_sunday() -> None:
    weekly = time_series.weekly
    assert weekly.index.day_name().tolist() == ["Sunday", "Sunday"]
    assert weekly.tolist() == [37, 32]
    assert weekly.sum() == time_series.sales.sum()


def test_rolling_mean_over_three_days() -> None:
    smooth = time_series.smooth
    assert smooth.iloc[:2].isna().all()
    sales = time_series.sales.to_numpy(dtype=float)
    by_hand = np.convolve(sales, np.ones(3) / 3, mode="valid")
    np.testing.assert_allclose(smooth.iloc[2:], by_hand, **FLOAT64)
    np.testing.assert_allclose(time_series.partial.iloc[:2], [5.0, 4.0], **FLOAT64)


def test_rolling_with_min_periods_starts_at_once() -> None:
    assert not time_series.partial.isna().any()
    assert isinstance(time_series.partial.index, pd.DatetimeIndex)
