"""`mkdocs build --strict` builds both languages, each page at the same path."""

from __future__ import annotations

from pathlib import Path

import pytest

from cheatsheet.project import ROOT

PAGES = sorted(p.relative_to(ROOT / "docs/fr") for p in (ROOT / "docs/fr").rglob("*.md"))
PREFIX = {"fr": "", "en": "en/"}


def built_path(page: Path, lang: str) -> str:
    stem = page.with_suffix("").as_posix()
    return PREFIX[lang] + ("index.html" if stem == "index" else f"{stem}/index.html")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_is_built_in_its_language(built_site: Path, lang: str) -> None:
    for page in PAGES:
        html = (built_site / built_path(page, lang)).read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html, f"{page} ({lang})"


def test_language_switcher_links_to_the_same_page(built_site: Path) -> None:
    french = (built_site / "numpy/index.html").read_text(encoding="utf-8")
    english = (built_site / "en/numpy/index.html").read_text(encoding="utf-8")
    assert '<a href="../en/numpy/" hreflang="en"' in french
    assert '<a href="../../numpy/" hreflang="fr"' in english


def test_each_language_has_its_own_search_index(built_site: Path) -> None:
    assert (built_site / "search/search_index.json").is_file()
    assert (built_site / "en/search/search_index.json").is_file()
    french = (built_site / "search/search_index.json").read_text(encoding="utf-8")
    assert "en/numpy/" not in french
