"""Figures of benchmarks/results.json appear in the page's language, and agree with each other."""

from __future__ import annotations

import json

import pytest

from cheatsheet.measured import RATIOS, RESULTS, fill_measured, localize_machine, shown, written


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


RATIO_FIELDS = ("ratio", "speedup")


def shown_number(text: str, lang: str) -> tuple[float, float]:
    """Read a figure as a page writes it (2,050 and 4.38, or 2 050 and 4,38): its value, and
    the place of its last significant digit (2,050 -> 10, 4.38 -> 0.01)."""
    plain = text.replace(",", "") if lang == "en" else text.replace("\u202f", "").replace(",", ".")
    if "." in plain:
        return float(plain), 10.0 ** -len(plain.split(".")[1])
    return float(plain), 10.0 ** (len(plain) - len(plain.rstrip("0")))


def claims_with_ratios() -> list[tuple[str, str]]:
    results = json.loads(RESULTS.read_text("utf-8"))
    return [
        (key, field) for key, claim in results.items() for field in RATIO_FIELDS if field in claim
    ]


@pytest.mark.parametrize(("claim", "field"), claims_with_ratios())
def test_every_ratio_of_results_names_the_figures_it_divides(claim: str, field: str) -> None:
    """The ratio that results.json stores is the quotient of the two figures RATIOS names."""
    results = json.loads(RESULTS.read_text("utf-8"))[claim]
    assert field in RATIOS.get(claim, {}), f"add {claim!r}: {{{field!r}: (a, b)}} to RATIOS"
    numerator, denominator = RATIOS[claim][field]
    assert results[field] == pytest.approx(results[numerator] / results[denominator], rel=1e-9)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("claim", "field"), claims_with_ratios())
def test_a_shown_ratio_is_the_ratio_of_the_shown_figures(claim: str, field: str, lang: str) -> None:
    """kv-cache once showed 2.1 ms and 0.5 ms, then "4.4 times": a reader divides 4.2."""
    numerator, denominator = RATIOS[claim][field]
    ratio, a, b = (
        shown_number(fill_measured(f"[[measured:{claim}.{name}]]", lang, "page.md"), lang)
        for name in (field, numerator, denominator)
    )
    assert abs(a[0] / b[0] - ratio[0]) <= ratio[1] / 2, (
        f"{claim}: {ratio[0]} shown, but the shown figures give {a[0]} / {b[0]} = {a[0] / b[0]}"
    )


@pytest.mark.parametrize(
    ("value", "en", "fr"),
    [
        (2049.73, "2,050", "2\u202f050"),
        (0.22533, "0.225", "0,225"),
        (4.3789, "4.38", "4,38"),
        (9.996, "10.0", "10,0"),
        (1_000_000, "1,000,000", "1\u202f000\u202f000"),
    ],
)
def test_a_float_shows_three_significant_figures(value: float, en: str, fr: str) -> None:
    assert written(shown({"x": value}, "x", "claim"), "en") == en
    assert written(shown({"x": value}, "x", "claim"), "fr") == fr
