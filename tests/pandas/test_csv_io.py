from __future__ import annotations

import pandas as pd

from snippets.pandas import csv_io


def test_read_csv_applies_dtypes_dates_and_index() -> None:
    assert list(csv_io.df.columns) == ["store", "amount"]
    assert isinstance(csv_io.df["store"].dtype, pd.CategoricalDtype)
    assert csv_io.df.index.name == "date"
    assert pd.api.types.is_datetime64_any_dtype(csv_io.df.index)


def test_text_columns_read_back_as_pandas_3_strings() -> None:
    assert csv_io.fr["store"].dtype == "str"
    assert isinstance(csv_io.fr["store"].dtype, pd.StringDtype)


def test_french_csv_round_trips_with_semicolon_and_decimal_comma() -> None:
    assert csv_io.fr.equals(csv_io.sales)


def test_chunks_cover_every_row_once() -> None:
    assert csv_io.sizes == [4, 2]
    assert round(csv_io.total, 2) == round(csv_io.sales["amount"].sum(), 2) == 678.5


def test_temporary_folder_is_removed() -> None:
    assert not csv_io.folder.exists()
