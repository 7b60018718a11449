"""Search: Material's worker loads our lunr patches; pages' `synonyms:` join the index.

- workers/search-stemming.js: stems prefix queries, folds accents (why: in that file).
- workers/search-all-terms.js: pages matching every term first (why: in that file).
- `synonyms:` in a page's front matter: names people type for its topics (ACP for PCA,
  heatmap for carte de chaleur), searchable in the `synonyms` field (mkdocs.yml, `fields:`)
  of the page's entry, and shown nowhere.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.utils.meta import get_data

from cheatsheet.project import ROOT, PageError

PATCHES = 'importScripts("search-stemming.js", "search-all-terms.js")'
SYNONYMS = "synonyms"


def load_search_patches(site: Path) -> None:
    """Make Material's search worker import our lunr patches (in overrides/…/workers)."""
    workers = sorted((site / "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PageError(
            "cheatsheet/search.py: expected one Material search worker in "
            f"{site}/assets/javascripts/workers, "
            f"found {[w.name for w in workers]}; check the worker's name in Material's base.html"
        )
    code = workers[0].read_text(encoding="utf-8")
    if PATCHES not in code:  # `mkdocs serve --dirty` may keep last build's copy
        workers[0].write_text(f"{code}\n{PATCHES}\n", encoding="utf-8")


# Front-matter keys that Material or this project reads; any other would be ignored silently.
KEYS = {"title", "description", "template", "hide", "icon", "status", "subtitle", "tags"}
SEARCH_KEYS = {"boost", "exclude"}  # Material's `search:` options


def page_synonyms(doc: Path) -> list[str]:
    """Return the `synonyms:` of a page's front matter; raise PageError naming its line."""
    text = doc.read_text(encoding="utf-8")
    meta = get_data(text)[1]
    name = doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc

    def line_of(key: str) -> int:
        return next((i for i, t in enumerate(text.splitlines(), 1) if t.startswith(key)), 1)

    if unknown := sorted(set(meta) - KEYS - {SYNONYMS, "search"}):
        raise PageError(
            f"{name}:{line_of(unknown[0])}: unknown front-matter key '{unknown[0]}:', which the "
            f"build would ignore. Use one of {sorted({*KEYS, SYNONYMS, 'search'})}."
        )
    search = meta.get("search", {})
    if unknown := (set(search) - SEARCH_KEYS if isinstance(search, dict) else {str(search)}):
        raise PageError(
            f"{name}:{line_of('search')}: 'search:' takes only {sorted(SEARCH_KEYS)} "
            f"(Material ignores {sorted(unknown)}); list the words people type in 'synonyms:'."
        )
    words = meta.get(SYNONYMS, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise PageError(
            f"{name}:{line_of(SYNONYMS)}: 'synonyms:' must be a list of words or phrases, "
            "e.g. synonyms: [ACP, PCA, analyse en composantes principales]"
        )
    return words


def page_location(doc: Path, lang: str) -> str:
    """docs/<lang>/numpy.md -> `numpy/`, the location of the page's entry in the index."""
    name = doc.relative_to(ROOT / "docs" / lang).with_suffix("").as_posix()
    return "" if name == "index" else name.removesuffix("/index") + "/"


def add_synonyms(site: Path, lang: str) -> None:
    """Give each page's own entry in search/search_index.json the page's synonyms."""
    index_file = site / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    wanted = {
        page_location(doc, lang): words
        for doc in sorted((ROOT / "docs" / lang).glob("**/*.md"))
        if (words := page_synonyms(doc))
    }
    for entry in index["docs"]:
        if (words := wanted.pop(entry["location"], None)) is not None:
            entry[SYNONYMS] = " ".join(words)
    if wanted:
        raise PageError(f"cheatsheet/search.py: no search entry for the pages {sorted(wanted)}")
    index_file.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
