"""The generated print pages: print.md (every section) and cheatsheet.md (quick references)."""

from __future__ import annotations

import re

from mkdocs.structure.pages import Page

from cheatsheet.page_notes import TESTED_LINE

PRINT = {
    "fr": (
        "Version imprimable",
        "Toutes les sections à la suite, une par feuille à l'impression, vérifications "
        "dépliées. Le code y revient à la ligne comme sur papier ; pour le copier, ouvrez la "
        "page de sa section. L'[aide-mémoire imprimable](cheatsheet.md) n'en garde que "
        "l'essentiel.",
    ),
    "en": (
        "Printable version",
        "Every section in a row, one per sheet when printed, with its checks unfolded. Code "
        "wraps here as on paper; to copy it, open its section's page. The "
        "[printable cheat sheet](cheatsheet.md) keeps only each section's quick reference.",
    ),
}


SHEET = {
    "fr": (
        "Aide-mémoire imprimable",
        "L'essentiel de chaque section, au plus deux pages A4 chacune ; le titre de chaque "
        "carte mène à sa page, où copier le code. "
        "Tout le détail : la [version imprimable complète](print.md).",
    ),
    "en": (
        "Printable cheat sheet",
        "Each section's quick reference, at most two A4 pages each; each card's heading "
        "leads to its page, where the code can be copied. "
        "Everything in detail: the [full printable version](print.md).",
    ),
}


GENERATED = ("print.md", "cheatsheet.md")
GLANCE_HTML = re.compile(r'<h2 id="at-a-glance">.*?(?=<h2 |\Z)', re.S)
ANSWERS_HTML = re.compile(r'<div class="answers">.*?</div>', re.S)
IDS = re.compile(r'(id|href)="(#?)([^"#/:]+)"')
DETAILS = re.compile(r"<details(?=[\s>])(?![^>]*\sopen)")


def prefixed(body: str, name: str, *, to_page: bool) -> str:
    """Return a page's HTML with its ids prefixed by the page's name (no duplicates across the
    sections of a print page); its links to its own anchors point at the prefixed ids, or at the
    page itself if `to_page`."""

    def prefix(m: re.Match[str]) -> str:
        if m[1] == "id":
            return f'id="{name}-{m[3]}"'
        if m[2]:  # an anchor of the page
            return f'href="../{name}/#{m[3]}"' if to_page else f'href="#{name}-{m[3]}"'
        return m[0]

    return IDS.sub(prefix, body)


def sheet_section(page: Page) -> str:
    """Return a page's title, one-line answers and quick reference for the compact sheet, its ids
    prefixed by the page's name and its links pointing at the page (a card's heading -> the
    page's section)."""
    name = page.file.src_uri.removesuffix(".md")
    found = GLANCE_HTML.search(page.content)
    answers = ANSWERS_HTML.search(page.content)
    title = page.content[: page.content.find("</h1>") + 5]
    body = title + (answers[0] if answers else "") + (found[0] if found else "")
    return f'<section class="glance-sheet">\n{prefixed(body, name, to_page=True)}\n</section>'


def print_section(page: Page) -> str:
    """Return a page in full for the print page, its ids prefixed by the page's name and its
    links to its own anchors kept on the print page; its folded blocks (proofs, notes) open."""
    name = page.file.src_uri.removesuffix(".md")
    body = prefixed(TESTED_LINE.sub("", page.content), name, to_page=False)
    body = DETAILS.sub("<details open", body)
    return f'<section class="print-section" id="{name}">\n{body}\n</section>'


def print_page(title: str, intro: str) -> str:
    """Return a print page: a title and intro, out of search, laid out for paper
    (overrides/paper.html); on_page_context adds the sections."""
    head = "---\ntemplate: paper.html\nsearch:\n  exclude: true\nhide: [navigation, toc]\n---\n\n"
    return f"{head}# {title} {{ #print }}\n\n{intro}\n"


def print_content(src_uri: str, sections: list[Page]) -> str:
    """Return what a generated print page adds after its intro: every section in full for
    print.md, their quick references for cheatsheet.md."""
    if src_uri == "print.md":
        return "\n".join(print_section(p) for p in sections)
    return "\n".join(sheet_section(p) for p in sections)
