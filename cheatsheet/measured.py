"""Figures that `make bench` measured (benchmarks/results.json), put into the pages."""

from __future__ import annotations

import json
import re

from cheatsheet.project import ROOT, PageError

MEASURED = re.compile(r"\[\[measured:(?P<key>[\w-]+)\.(?P<field>\w+)\]\]")
RESULTS = ROOT / "benchmarks" / "results.json"
# The machine a figure was measured on ("x86_64, 2 cores, Python 3.11.7"), in the page's words.
CORES = re.compile(r"\b(?P<count>\d+) cores?\b")
CORE_WORDS = {"en": ("core", "cores"), "fr": ("cœur", "cœurs")}


def localize_machine(text: str, lang: str) -> str:
    """Return a machine's description with its count of cores in the words of `lang`."""
    one, many = CORE_WORDS[lang]
    return CORES.sub(lambda m: f"{m['count']} {one if m['count'] == '1' else many}", text)


def measured(match: re.Match[str], lang: str, page: str, text: str) -> str:
    """Return a figure from benchmarks/results.json, written the way `lang` writes numbers."""
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    value = results.get(match["key"], {}).get(match["field"])
    if value is None:
        line = text.count("\n", 0, match.start()) + 1
        raise PageError(
            f"{page}:{line}: no figure '{match['key']}.{match['field']}' in "
            "benchmarks/results.json. Run `make bench`, or fix the name."
        )
    if isinstance(value, str):
        return localize_machine(value, lang) if match["field"] == "machine" else value
    number = f"{value:,.0f}" if value >= 10 or isinstance(value, int) else f"{value:,.1f}"
    return number.replace(",", "\u202f").replace(".", ",") if lang == "fr" else number


def fill_measured(markdown: str, lang: str, page: str) -> str:
    """Replace each `[[measured:key.field]]` of a page with its figure from `make bench`."""
    return MEASURED.sub(lambda m: measured(m, lang, page, markdown), markdown)
