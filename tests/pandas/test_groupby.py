from __future__ import annotations

import pytest

from snippets.pandas import groupby
from tests.tolerances import APPROX64


def test_mean_on_text_columns_raises_without_numeric_only() -> None:
    with pytest.raises(TypeError, match="does not support operation 'mean'"):
        groupby.df.groupby("category").mean()


def test_several_aggregations_give_two_column_levels() -> None:
    assert groupby.stats.columns.nlevels == 2
    assert groupby.stats.loc["furniture", ("value", "std")] == pytest.approx(10.0, **APPROX64)
    assert groupby.stats.loc["office", ("price", "min")] == 1.5


def test_named_aggregation_names_the_columns() -> None:
    assert list(groupby.summary.columns) == ["mean_value", "max_price", "n_products"]
    assert groupby.summary.loc["furniture", "max_price"] == 120.0


def test_custom_aggregation_is_relative_range() -> None:
    result = groupby.df.groupby("category")["value"].agg(groupby.relative_range)
    assert result["furniture"] == pytest.approx((50 - 30) / 40, **APPROX64)


def test_two_keys_make_a_multi_index() -> None:
    assert groupby.by_two.index.names == ["category", "subcategory"]
    assert len(groupby.by_two) == 5
    assert groupby.by_two.loc[("office", "writing"), "value"] == 24.0


def test_transform_keeps_the_shape_and_normalizes_each_group() -> None:
    assert len(groupby.df["normalized"]) == len(groupby.df)
    per_group = groupby.df.groupby("category")["normalized"]
    assert per_group.mean().abs().max() == pytest.approx(0.0, **APPROX64)
    assert per_group.std().tolist() == pytest.approx([1.0, 1.0], **APPROX64)
    assert groupby.df.groupby("category")["share"].sum().tolist() == pytest.approx(
        [1.0, 1.0], **APPROX64
    )


def test_shift_diff_and_rolling_stay_inside_each_group() -> None:
    visits = groupby.visits
    assert visits["previous"].fillna(-1).tolist() == [-1, -1, 3.0, 5.0, 4.0]
    assert visits["change"].fillna(-1).tolist() == [-1, -1, 1.0, 4.0, 4.0]
    assert visits["mean_2"].fillna(-1).tolist() == [-1, -1, 3.5, 7.0, 6.0]
