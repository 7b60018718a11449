"""The one-line answers that open every section page, right under its title.

Each entry is a task as a reader phrases it, linked to the card or section that shows it in full,
and the one line that does it, with its value where it is short:

    <div class="answers" markdown>

    - [Evenly spaced values](#glance-create) `np.linspace(0, 1, 5)` → `[0.   0.25 0.5  0.75 1.  ]`

    </div>

Nothing here is typed code: every code span before the arrow is part of one line of a block that
the page runs (not a skipped one), and the value after it is in one of the `#>` lines printed
after that line (whole, or a part of one between spaces), so the densest part of the page is as
tested as the rest. The build checks this, the minimum count of entries, and that both languages
have the same entries in the same order.
"""

from __future__ import annotations

import re
from pathlib import Path

from cheatsheet.blocks import ANCHOR, OUTPUT_LINE, Block, page_blocks
from cheatsheet.project import LANGS, ROOT, PageError

START = '<div class="answers" markdown>'
ENTRY = re.compile(r"^- \[(?P<task>[^\]]+)\]\(#(?P<anchor>[\w-]+)\) (?P<rest>.+)$")
CODE = re.compile(r"`([^`]+)`")
ARROW = " → "
EXAMPLE = "- [Task as a reader asks it](#glance-card) `code from a snippet` → `its #> value`"
# More on the pages people open most; every other section page at least MIN_ANSWERS.
MIN_ANSWERS = 12
MORE = {"pandas.md": 20, "numpy.md": 20, "pytorch.md": 20, "scikit-learn.md": 20}
MORE |= {"plotting.md": 20, "training.md": 20}


def entries(text: str, page: str) -> list[tuple[int, str, str, list[str], str | None]]:
    """Return (line, task, anchor, code, value) for each entry of the page's answers."""
    lines = text.splitlines()
    if START not in lines:
        return []
    start = lines.index(START)
    found = []
    for number in range(start + 1, len(lines)):
        line = lines[number]
        if line.strip() == "</div>":
            return found
        if not line.strip():
            continue
        if not (m := ENTRY.match(line)):
            raise PageError(f"{page}:{number + 1}: write an answer as '{EXAMPLE}'.")
        code, _, value = m["rest"].partition(ARROW)
        spans, values = CODE.findall(code), CODE.findall(value)
        if not spans or len(values) > 1 or (value and not values):
            raise PageError(
                f"{page}:{number + 1}: an answer shows one or two code spans, then at most one "
                f"value after ' → ': '{EXAMPLE}'."
            )
        found.append((number + 1, m["task"], m["anchor"], spans, values[0] if values else None))
    raise PageError(f"{page}:{start + 1}: close the answers with </div>.")


def ran(fragment: str, value: str | None, blocks: list[Block]) -> bool:
    """Whether a block the page runs holds `fragment` in one code line, and `value` (if any)
    among the `#>` lines printed after that line."""
    for block in blocks:
        if block.skip_reason is not None:
            continue
        lines = block.code.splitlines()
        for number, line in enumerate(lines):
            if OUTPUT_LINE.match(line) or fragment not in line:
                continue
            if value is None:
                return True
            after = [OUTPUT_LINE.match(x) for x in lines[number + 1 :]]
            if any(shows(value, m["text"] or "") for m in after if m):
                return True
    return False


def shows(value: str, printed: str) -> bool:
    """Whether an output line shows `value` whole: all of it, or a part between spaces."""
    return re.search(rf"(?<!\S){re.escape(value.strip())}(?!\S)", printed) is not None


def check_answers(src_uri: str, lang: str) -> None:
    """Check a section page's one-line answers; raise PageError naming page, line and fragment."""
    path = ROOT / "docs" / lang / src_uri
    page = f"docs/{lang}/{src_uri}"
    text = path.read_text(encoding="utf-8")
    mine = entries(text, page)
    least = MORE.get(src_uri, MIN_ANSWERS)
    if len(mine) < least:
        raise PageError(
            f"{page}: the one-line answers have {len(mine)} entries; this page needs at least "
            f"{least}, right under its title in {START} ... </div>."
        )
    anchors = set(ANCHOR.findall(text))
    blocks = page_blocks(path)
    for number, task, anchor, spans, value in mine:
        if anchor not in anchors:
            raise PageError(f"{page}:{number}: '{task}' links to #{anchor}, which no heading has.")
        for span in spans:
            if not ran(span, value if span is spans[-1] else None, blocks):
                shown = f" with the value `{value}`" if value and span is spans[-1] else ""
                raise PageError(
                    f"{page}:{number}: '{task}': no block that the page runs has a line with "
                    f"`{span}`{shown}. Copy the fragment verbatim from a snippet line that runs "
                    "(and the value from a #> line printed after it)."
                )
    for other in LANGS:
        twin = ROOT / "docs" / other / src_uri
        if other != lang and twin.is_file():
            theirs = entries(twin.read_text(encoding="utf-8"), f"docs/{other}/{src_uri}")
            if [e[2:] for e in mine] != [e[2:] for e in theirs]:
                raise PageError(
                    f"{page}: the one-line answers differ from docs/{other}/{src_uri} (links, "
                    "code or values, or their order): both languages show the same ones."
                )


def count(path: Path) -> int:
    """The number of one-line answers on a page (for `make bench` and the tests)."""
    return len(entries(path.read_text(encoding="utf-8"), str(path)))
