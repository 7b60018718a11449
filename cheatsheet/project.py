"""Where things are, and the error all bad input raises."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository
SNIPPETS = ROOT / "snippets"
LANGS = ("fr", "en")
CONFIGS = {"fr": ROOT / "mkdocs.yml", "en": ROOT / "mkdocs.en.yml"}


class PageError(ValueError):
    """Bad input in a page or a snippet; the message names the file, the line and the fix."""


def page_lang(page: Path) -> str:
    return page.relative_to(ROOT / "docs").parts[0]


def write_cache(path: Path, text: str) -> None:
    """Write a cache file whole or not at all: builds and test workers may write it together."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
