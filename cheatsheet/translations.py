"""Both languages have the same pages."""

from __future__ import annotations

from cheatsheet.project import LANGS, ROOT, PageError


def check_translations() -> None:
    """Raise PageError naming each page that exists in one language only."""
    pages = {lang: pages_of(lang) for lang in LANGS}
    for lang, other in (("fr", "en"), ("en", "fr")):
        for missing in sorted(pages[lang] - pages[other]):
            raise PageError(
                f"docs/{lang}/{missing} has no translation: create docs/{other}/{missing} "
                f"(same file name), or remove docs/{lang}/{missing}."
            )


def pages_of(lang: str) -> set[str]:
    """List a language's pages relative to its docs folder."""
    docs = ROOT / "docs" / lang
    return {
        p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.suffix in {".md", ".ipynb"}
    }
