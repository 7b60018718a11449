"""Stemmed search: Material's search worker imports workers/search-stemming.js."""

from __future__ import annotations

from pathlib import Path

from cheatsheet.project import PageError

STEMMING = 'importScripts("search-stemming.js")'


def load_search_stemming(site: Path) -> None:
    """Make Material's search worker import workers/search-stemming.js (why: in that file)."""
    workers = sorted((site / "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PageError(
            "cheatsheet/search.py: expected one Material search worker in "
            f"{site}/assets/javascripts/workers, "
            f"found {[w.name for w in workers]}; check the worker's name in Material's base.html"
        )
    code = workers[0].read_text(encoding="utf-8")
    if STEMMING not in code:  # `mkdocs serve --dirty` may keep last build's copy
        workers[0].write_text(f"{code}\n{STEMMING}\n", encoding="utf-8")
