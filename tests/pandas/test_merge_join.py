from __future__ import annotations

import pandas as pd
import pytest

from snippets.pandas import merge_join


def test_merge_row_counts_follow_sql_joins() -> None:
    counts = {
        how: len(pd.merge(merge_join.customers, merge_join.orders, on="key", how=how))
        for how in ["inner", "left", "right", "outer"]
    }
    assert counts == {"inner": 3, "left": 4, "right": 4, "outer": 5}


def test_merge_on_two_keys_suffixes_the_shared_column() -> None:
    assert list(merge_join.both.columns) == ["store", "item", "qty_stock", "qty_price"]
    assert len(merge_join.both) == 2


def test_join_with_overlapping_columns_needs_suffixes() -> None:
    with pytest.raises(ValueError, match="columns overlap"):
        merge_join.left.join(merge_join.right)
    joined = merge_join.left.join(merge_join.right, suffixes=("_left", "_right"))
    assert list(joined.columns) == ["score_left", "score_right", "rank"]


def test_join_lsuffix_is_deprecated_since_pandas_3_1() -> None:
    with pytest.warns(DeprecationWarning):
        merge_join.left.join(merge_join.right, lsuffix="_l", rsuffix="_r")


def test_concat_stacks_rows_or_columns() -> None:
    assert merge_join.stacked.shape == (4, 2)
    assert merge_join.side_by_side.shape == (2, 4)
    assert merge_join.renumbered.index.tolist() == [0, 1, 2, 3]
