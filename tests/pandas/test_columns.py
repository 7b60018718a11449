from __future__ import annotations

from types import ModuleType

import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def columns(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """Import the snippet in a folder of its own: it writes its CSV to the current folder."""
    return import_in(tmp_path_factory.mktemp("columns"), "snippets.pandas.columns")


def test_a_space_after_the_separator_stays_in_the_column_name(columns: ModuleType) -> None:
    assert columns.people.columns.tolist() == ["city", "age"]
    assert columns.people["age"].tolist() == [36, 52]


def test_option_context_restores_the_display_options(columns: ModuleType) -> None:
    assert "[100 rows x 1 columns]" in str(columns.tall)


def test_overview_counts_distinct_values_and_shares_of_missing(columns: ModuleType) -> None:
    survey = columns.survey
    assert survey.nunique().to_dict() == {"city": 2, "age": 3}
    assert survey.isna().mean().to_dict() == {"city": 0.25, "age": 0.25}
    described = survey.describe(include="all")
    assert described.loc["top", "city"] == "Lyon" and described.loc["mean", "age"] == 43.0
