from __future__ import annotations

import pandas as pd
import pytest

from snippets.pandas import rows


def test_itertuples_gives_named_tuples_with_the_column_types() -> None:
    first = next(rows.sales.itertuples(index=False))
    assert first.item == "pen" and first.qty == 10 and isinstance(first.qty, int)
    totals = [row.price * row.qty for row in rows.sales.itertuples(index=False)]
    assert totals == (rows.sales["price"] * rows.sales["qty"]).tolist() == [15.0, 12.0]


def test_iterrows_turns_an_integer_into_a_float_beside_float_columns() -> None:
    assert rows.index == 0
    assert isinstance(rows.first["qty"], float) and rows.first["qty"] == 10.0
    assert rows.sales["qty"].dtype == "int64"


def test_and_between_two_masks_raises_the_ambiguous_truth_value_error() -> None:
    ages = pd.Series([36, 41, 52])
    message = "The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all()."
    with pytest.raises(ValueError) as error:
        bool(ages > 30)
    assert str(error.value) == message


def test_dataframe_append_is_gone_and_concat_adds_the_rows() -> None:
    assert not hasattr(pd.DataFrame, "append")
    assert rows.people["city"].tolist() == ["Lyon", "Paris", "Nice", "Brest"]
    assert rows.people.index.tolist() == [0, 1, 2, 3]
