"""Figures measured by `make bench` appear in the page's language."""

from __future__ import annotations

import json

import pytest

from cheatsheet.measured import RESULTS, fill_measured, localize_machine


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "x86_64, 2 cœurs, Python 3.11.7"), ("en", "x86_64, 2 cores, Python 3.11.7")],
)
def test_the_machine_counts_its_cores_in_the_page_language(lang: str, expected: str) -> None:
    assert localize_machine("x86_64, 2 cores, Python 3.11.7", lang) == expected


def test_one_core_is_singular() -> None:
    assert (
        localize_machine("x86_64, 1 cores, Python 3.12.1", "fr") == "x86_64, 1 cœur, Python 3.12.1"
    )


def test_french_pages_show_the_machine_in_french() -> None:
    claim = next(k for k, v in json.loads(RESULTS.read_text("utf-8")).items() if "machine" in v)
    page = fill_measured(f"Mesuré sur [[measured:{claim}.machine]].", "fr", "page.md")
    assert " cœur" in page and "core" not in page
