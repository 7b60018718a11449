from __future__ import annotations

import pandas as pd
import pytest

from snippets.pandas import cleaning


def test_drop_duplicates_keeps_the_first_identical_row() -> None:
    assert cleaning.orders.drop_duplicates().index.tolist() == [0, 1, 3, 4]


def test_subset_and_keep_choose_which_copy_survives() -> None:
    orders = cleaning.orders
    assert orders.drop_duplicates(subset="client").index.tolist() == [0, 1]
    assert orders.drop_duplicates(subset="client", keep="last").index.tolist() == [3, 4]
    # keep=False drops every row that has a copy
    assert orders.drop_duplicates(subset=["client", "item"], keep=False).index.tolist() == [3]


def test_duplicated_flags_the_later_copies() -> None:
    flags = cleaning.orders.duplicated(subset=["client", "item"])
    assert flags.tolist() == [False, False, True, False, True]
    assert cleaning.orders.duplicated(subset=["client", "item"], keep=False).sum() == 4


def test_astype_fails_on_a_bad_value() -> None:
    with pytest.raises(ValueError, match="n/a"):
        cleaning.raw.astype("float64")


def test_to_numeric_coerce_turns_bad_values_into_nan() -> None:
    assert cleaning.numbers.isna().tolist() == [False, False, True, False]
    # parsed from short decimal strings: the same doubles as the literals
    assert cleaning.numbers.dropna().tolist() == [12.0, 7.0, 3.5]
    assert cleaning.counts.dtype == "Int64"
    assert cleaning.counts.isna().tolist() == [False, True, False]
    assert cleaning.counts.dropna().tolist() == [4, 9]


def test_astype_with_a_dictionary_converts_each_column() -> None:
    assert isinstance(cleaning.typed["client"].dtype, pd.CategoricalDtype)
    assert cleaning.typed["qty"].dtype == "int32"
    assert cleaning.typed["item"].dtype == "str"


def test_cut_uses_the_bounds_and_qcut_makes_classes_of_equal_count() -> None:
    ages = cleaning.ages
    binned = pd.cut(ages, bins=[0, 30, 45, 100], labels=["young", "mid", "senior"])
    assert binned.tolist() == ["young", "young", "mid", "mid", "senior", "senior"]
    assert pd.qcut(ages, q=3).value_counts().tolist() == [2, 2, 2]
    assert pd.qcut(ages, q=2).cat.categories[0].right == ages.median()
