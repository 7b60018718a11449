from __future__ import annotations

from types import ModuleType

import pandas as pd
import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def glance(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """Import the cards in a folder of their own: they write their files to the current folder."""
    folder = tmp_path_factory.mktemp("glance")
    glance = import_in(folder, "snippets.pandas.glance")
    assert (folder / "people.csv").is_file() and (folder / "people.parquet").is_file()
    assert (folder / "people.xlsx").is_file()
    return glance


def test_csv_and_parquet_round_trips_give_the_same_table(glance: ModuleType) -> None:
    assert glance.back.equals(glance.df)
    assert glance.back["city"].dtype == "str"


def test_selection_filter_and_sort(glance: ModuleType) -> None:
    df = glance.df
    assert df.iloc[0, 1] == 36 and df.at[2, "city"] == "Lyon"
    assert glance.kept.index.tolist() == [0, 3]
    assert glance.ranked.index.tolist() == [3, 1, 0, 2]
    assert glance.kept.reset_index(drop=True).index.tolist() == [0, 1]
    assert df.nlargest(2, "age")["age"].tolist() == [52, 41]


def test_value_counts_and_named_aggregation(glance: ModuleType) -> None:
    # exact binary fractions (one half, one quarter): no tolerance needed beyond float equality
    assert glance.shares.to_dict() == {"Lyon": 0.5, "Paris": 0.25, "Nice": 0.25}
    assert glance.summary.columns.tolist() == ["n", "mean_score"]
    assert glance.summary.loc["Lyon", "mean_score"] == pytest.approx(10.5, abs=1e-12)  # a mean


def test_merge_and_pivot_table(glance: ModuleType) -> None:
    assert glance.merged["region"].isna().tolist() == [False, False, False, True]
    assert glance.table.loc["feb", "A"] == 6 and pd.isna(glance.table.loc["feb", "B"])


def test_missing_values_are_counted_filled_and_dropped(glance: ModuleType) -> None:
    assert glance.gaps.isna().sum().tolist() == [1, 1]
    # the mean of two integers, exact in floating point
    assert glance.filled["age"].tolist() == pytest.approx([36.0, 32.5], abs=1e-12)
    assert glance.filled.index.tolist() == [0, 1]


def test_category_saves_memory(glance: ModuleType) -> None:
    assert isinstance(glance.towns["city"].dtype, pd.CategoricalDtype)
    assert glance.towns["city"].cat.codes.dtype == "int8"
    assert glance.after < glance.before / 10


def test_text_and_date_accessors(glance: ModuleType) -> None:
    assert pd.api.types.is_datetime64_any_dtype(glance.when)
    assert glance.when.dt.year.tolist() == [2024, 2024]


def test_method_chain_keeps_the_original_table(glance: ModuleType) -> None:
    assert glance.result.index.tolist() == [1, 3, 0]
    assert "points" not in glance.df.columns


def test_duplicates_and_coerced_numbers(glance: ModuleType) -> None:
    assert glance.visits.drop_duplicates(subset="who").index.tolist() == [0, 1]
    coerced = pd.to_numeric(glance.raw_numbers, errors="coerce")
    assert coerced.isna().tolist() == [False, True, False]


def test_vectorised_and_apply_agree(glance: ModuleType) -> None:
    # integers: exact by construction
    assert glance.fast.equals(glance.slow)
    assert glance.fast.tolist() == [60, 71, 47, 82]


def test_resample_and_rolling_cards(glance: ModuleType) -> None:
    assert glance.daily.resample("W").sum().tolist() == [28, 77]
    rolled = glance.prices.rolling(window=2).mean()
    assert rolled.isna().tolist() == [True, False, False, False]
    # means of two floats with short binary expansions: exact
    assert rolled.iloc[1:].tolist() == [11.0, 11.5, 13.0]


def test_inspect_columns_and_numpy_cards_leave_the_frame_untouched(glance: ModuleType) -> None:
    assert glance.df.columns.tolist() == ["city", "age", "score"]
    assert glance.slim.columns.tolist() == ["town", "score", "total"]
    assert glance.wide["total"].tolist() == glance.fast.tolist()
    assert glance.numbers.columns.tolist() == ["age", "score"]
    assert glance.df["age"].to_numpy().tolist() == [36, 41, 29, 52]


def test_groupby_mean_per_city(glance: ModuleType) -> None:
    means = glance.df.groupby("city")["score"].mean()
    assert means.to_dict() == pytest.approx({"Lyon": 10.5, "Nice": 15.0, "Paris": 15.0})


def test_bins_and_one_hot_columns(glance: ModuleType) -> None:
    assert glance.ages.tolist() == ["mid", "mid", "young", "senior"]
    dummies = pd.get_dummies(glance.df["city"], dtype=int)
    assert dummies.sum().to_dict() == {"Lyon": 2, "Nice": 1, "Paris": 1}


def test_excel_card_reads_back_the_table_it_wrote(glance: ModuleType) -> None:
    # the Excel card is the last to define `back`
    assert glance.back.equals(glance.df)
