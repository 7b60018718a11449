from __future__ import annotations

import pytest

from snippets.pandas import pivot


def test_pivot_table_sums_duplicates() -> None:
    assert pivot.pivot.loc["2024-01", "books"] == 150


def test_margins_add_a_total_row_and_column() -> None:
    totals = pivot.multi["sum"]
    assert totals.loc["total", "total"] == pivot.df["sales"].sum() == 410
    assert "total" in pivot.multi["count"].index


def test_pivot_without_aggregation_rejects_duplicates() -> None:
    with pytest.raises(ValueError, match="duplicate entries"):
        pivot.df.pivot(index="date", columns="category", values="sales")
    assert pivot.wide.equals(pivot.pivot)


def test_melt_undoes_pivot() -> None:
    assert pivot.long["sales"].sum() == pivot.wide.to_numpy().sum()
