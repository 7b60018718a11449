"""The quick reference ("L'essentiel" / "At a glance") that opens every section page.

A section page (every page but the home page) starts, right under its title and its one-line
answers (cheatsheet/answers.py), with `## ... { #at-a-glance }` and a grid of at least MIN_CARDS
cards; each card is a heading `### [Task](#section) { #glance-name }` linked to the section that
explains it, then one included block, a small table or a formula. The build checks the shape,
and that both languages have the same cards; the compact printable sheet (cheatsheet.md) is made
of these sections only.
"""

from __future__ import annotations

import re
from pathlib import Path

from cheatsheet.blocks import ANCHOR, Block, page_blocks
from cheatsheet.project import LANGS, ROOT, PageError

MIN_CARDS = 8
GLANCE = re.compile(r"^## .+ \{ #at-a-glance \}\s*$")
CARD = re.compile(
    r"^### \[(?P<title>[^\]]+)\]\(#(?P<target>[\w-]+)\) \{ #(?P<anchor>glance-[\w-]+) \}\s*$"
)
EXAMPLE = "### [Task in a few words](#section-anchor) { #glance-task }"
ANSWERS = '<div class="answers" markdown>'


def is_section(src_uri: str) -> bool:
    """Every Markdown page but the home page is a section page."""
    return src_uri.endswith(".md") and src_uri != "index.md"


def cards(text: str, page: str) -> list[tuple[str, str]]:
    """Return the (anchor, target) of each card; raise PageError naming the page and line."""
    lines = text.splitlines()
    title = next((i for i, line in enumerate(lines) if line.startswith("# ")), 0)
    first = next((i for i in range(title + 1, len(lines)) if lines[i].strip()), title)
    if lines[first] == ANSWERS:  # the one-line answers come first (cheatsheet/answers.py)
        close = next((i for i in range(first, len(lines)) if lines[i] == "</div>"), first)
        first = next((i for i in range(close + 1, len(lines)) if lines[i].strip()), close)
    if not GLANCE.match(lines[first]):
        raise PageError(
            f"{page}:{first + 1}: a section page opens with its quick reference. Put "
            "'## L'essentiel { #at-a-glance }' (fr) / '## At a glance { #at-a-glance }' (en) "
            f'and at least {MIN_CARDS} cards in <div class="glance" markdown> under the title.'
        )
    end = next((i for i in range(first + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    found, anchors = [], set(ANCHOR.findall(text))
    for number in range(first + 1, end):
        line = lines[number]
        if not line.startswith("### "):
            continue
        if not (m := CARD.match(line)):
            raise PageError(f"{page}:{number + 1}: write a card's heading as '{EXAMPLE}'.")
        if m["target"] not in anchors:
            raise PageError(
                f"{page}:{number + 1}: card '{m['title']}' links to #{m['target']}, which no "
                "heading of the page has. Link it to the section that explains it."
            )
        found.append((m["anchor"], m["target"]))
    if len(found) < MIN_CARDS:
        raise PageError(
            f"{page}:{first + 1}: the quick reference has {len(found)} card(s); a section page "
            f"needs at least {MIN_CARDS}, one per common task."
        )
    return found


def check_glance(src_uri: str, lang: str) -> None:
    """Check a section page's quick reference and that its twin has the same cards."""
    mine = cards(read(lang, src_uri), f"docs/{lang}/{src_uri}")
    for other in LANGS:
        path = ROOT / "docs" / other / src_uri
        if other == lang or not path.is_file():
            continue  # a missing twin is reported by the translation check
        theirs = cards(read(other, src_uri), f"docs/{other}/{src_uri}")
        for anchor, target in mine:
            if (anchor, target) not in theirs:
                raise PageError(
                    f"docs/{lang}/{src_uri}: card #{anchor} (-> #{target}) has no twin in "
                    f"docs/{other}/{src_uri}: add it there, with the same anchor and link."
                )
        if mine != theirs:
            raise PageError(
                f"docs/{lang}/{src_uri}: the cards are not in the same order as in "
                f"docs/{other}/{src_uri}, or one has more: {mine} vs {theirs}"
            )


def read(lang: str, src_uri: str) -> str:
    return (ROOT / "docs" / lang / src_uri).read_text(encoding="utf-8")


def card_blocks(page: Path) -> list[tuple[str, Block]]:
    """Return (card anchor, block) for each code block of the page's quick reference, in order
    (every syntax, skipped blocks included): what a reader copies from the cards."""
    text = page.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines, 1) if GLANCE.match(line))
    end = next((i for i in range(start + 1, len(lines) + 1) if lines[i - 1].startswith("## ")), 0)
    heads = [(i, m["anchor"]) for i, line in enumerate(lines, 1) if (m := CARD.match(line))]
    return [
        ([a for line, a in heads if line < block.line][-1], block)
        for block in page_blocks(page)
        if start < block.line < (end or len(lines) + 1)
    ]


def runnable_cards(page: Path) -> list[tuple[str, Block]]:
    """The (card anchor, block) of each Python card block that runs: what a reader copies and
    runs alone (tests/test_cards_alone.py runs each)."""
    return [
        (anchor, block)
        for anchor, block in card_blocks(page)
        if block.syntax == "python" and block.skip_reason is None
    ]


def answering_anchors(text: str, page: str, anchor: str) -> set[str]:
    """The anchors that answer what `anchor` answers: itself, and the section its card links to,
    or the cards that link to its section (a card is the one-line form of its section)."""
    linked = cards(text, page)
    return {anchor} | {t for a, t in linked if a == anchor} | {a for a, t in linked if t == anchor}
