from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from snippets.pandas.apply_map import make_orders, orders, total_apply, total_vectorised
from tests.tolerances import FLOAT64

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results.json"


def test_apply_and_vectorised_give_the_same_totals() -> None:
    frame = make_orders(500, seed=1)
    np.testing.assert_allclose(total_apply(frame), total_vectorised(frame), **FLOAT64)


def test_totals_shown_on_the_page() -> None:
    expected = [288.27, 224.45, 22.77, 14.26, 550.19]
    assert total_vectorised(orders).round(2).tolist() == expected


def test_map_with_a_dictionary_and_with_a_function() -> None:
    labels = {0.0: "none", 0.1: "small", 0.25: "large"}
    assert orders["discount"].map(labels).isna().sum() == 0
    by_lambda = orders["price"].map(lambda p: "high" if p > 50 else "low")
    by_where = pd.Series(np.where(orders["price"] > 50, "high", "low"), index=orders.index)
    assert by_lambda.equals(by_where)


def test_benchmark_result_is_recorded_with_its_size() -> None:
    figures = json.loads(RESULTS.read_text())["pandas-apply"]
    assert figures["size"] == 100_000
    assert abs(figures["ratio"] - figures["apply_s"] / figures["vectorised_s"]) < 1e-9
    assert figures["ratio"] > 1


def test_map_gives_nan_for_a_missing_key_and_replace_keeps_the_value() -> None:
    from snippets.pandas import apply_map

    assert apply_map.cities.map(apply_map.codes).isna().tolist() == [False, False, True]
    assert apply_map.cities.replace(apply_map.codes).tolist() == ["ARA", "IDF", "Nice"]


def test_applymap_is_gone_and_dataframe_map_works_cell_by_cell() -> None:
    from snippets.pandas import apply_map

    assert not hasattr(pd.DataFrame, "applymap")
    shown = apply_map.prices.map(lambda p: f"{p:.2f} €")
    assert shown.loc[1, "ink"] == "10.50 €" and shown.shape == (2, 2)
