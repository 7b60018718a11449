"""French pages use French typography: no-break spaces before `: ; ! ?` and inside « »."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.structure.toc import AnchorLink

from cheatsheet.project import ROOT
from cheatsheet.typography import NARROW, NBSP, french_page, french_typography, violations


def test_prose_gets_no_break_spaces_narrow_before_semicolon_bang_and_question_mark() -> None:
    html = "<p>Rappel : une vue ; une copie ? Non ! « Figé » et l'« axe courant ».</p>"
    assert french_typography(html) == (
        f"<p>Rappel{NBSP}: une vue{NARROW}; une copie{NARROW}? Non{NARROW}! "
        f"«{NBSP}Figé{NBSP}» et l'«{NBSP}axe courant{NBSP}».</p>"
    )


def test_code_formulas_attributes_and_urls_are_left_as_they_are() -> None:
    kept = [
        '<pre><code>d = {"a" : 1} ; x ? y</code></pre>',
        "<p><code>a if b else c ; d</code> <kbd>Ctrl + ?</kbd></p>",
        '<p><span class="arithmatex">\\(\\{x : x > 0\\} ; « \\)</span></p>',
        '<div class="arithmatex">\\[ f : x \\mapsto x ; \\]</div>',
        '<span class="arithmatex"><span class="katex"><span>a : b</span> ; c</span></span>',
        '<a href="https://ex.org/?q=a : b" title="Lien : ici">https://ex.org/a?b</a>',
        "<p>a != b, ?? et x ?= y</p>",
        "<script>if (a ? b : c) {}</script>",
    ]
    for html in kept:
        assert french_typography(html) == html
    assert french_typography("<p><code>x</code> : y</p>") == f"<p><code>x</code>{NBSP}: y</p>"


def test_text_after_a_formula_or_code_is_typeset() -> None:
    html = '<p><span class="arithmatex">\\(a : b\\)</span> : ou <code>c</code> ?</p>'
    assert french_typography(html) == (
        f'<p><span class="arithmatex">\\(a : b\\)</span>{NBSP}: ou <code>c</code>{NARROW}?</p>'
    )


def test_the_table_of_contents_is_typeset_and_english_pages_are_not() -> None:
    item = AnchorLink("Quelle perte ?", "which-loss", 2)
    item.children = [AnchorLink("Lequel choisir ? Selon la tâche", "which", 3)]
    assert french_page("<h2>Quelle perte ?</h2>", [item], "fr") == f"<h2>Quelle perte{NARROW}?</h2>"
    assert (item.title, item.children[0].title) == (
        f"Quelle perte{NARROW}?",
        f"Lequel choisir{NARROW}? Selon la tâche",
    )
    assert french_page("<p>What : now ?</p>", [], "en") == "<p>What : now ?</p>"


@pytest.mark.parametrize(
    "html", ["<p>a : <b", '<a title="x>y : z">t : u</a', "<<p> : >", "</p> ?", "<!-- a : b", ""]
)
def test_broken_html_keeps_every_character(html: str) -> None:
    assert french_typography(html).replace(NBSP, " ").replace(NARROW, " ") == html


def test_french_pages_have_no_plain_space_before_double_marks_or_inside_quotes(
    built_site: Path,
) -> None:
    pages = [p for p in built_site.glob("**/*.html") if p.relative_to(built_site).parts[0] != "en"]
    assert len(pages) > 20
    found = [
        f"{p.relative_to(built_site)}: {v!r}"
        for p in pages
        for v in violations(p.read_text("utf-8"))
    ]
    assert not found, "\n".join(found)


# A decimal point in French prose or formulas (code keeps it): write "0,5" and `0{,}5`.
DECIMAL_POINT = re.compile(r"\d\.\d")
NOT_PROSE = re.compile(r"``.*?``|`[^`]*`|\]\([^)]*\)")  # inline code (``a `b` c``), link targets
# Version numbers keep their points: "pandas 3.1", "Python récente (3.12 ou 3.13 ; 3.11 et 3.14",
# "depuis la 3.1", "version 1.8", and the "(3.12)" that dates a Python feature in a table.
TOOLS = (
    "python|pandas|numpy|pytorch|torch|cuda|conda|scikit-learn|matplotlib|scipy|plotly|git|dvc"
    "|jupyter|ipython|mkdocs|pip|uv|ruff|tokenizers|pyarrow|skops|katex|version|depuis la"
)
VERSIONS = r"\d+\.\d+(?:\.\d+)*(?:\s*(?:,|;|ou|et)\s*\d+\.\d+(?:\.\d+)*)*"
VERSION = re.compile(rf"(?i)\b(?:{TOOLS})(?:\s+{VERSIONS}|(?:\s+\w+)?\s+\({VERSIONS})|\(3\.1\d\)")


def french_prose_lines() -> list[tuple[str, str]]:
    """Return (page:line, text) for each line of the French pages outside code, math kept."""
    lines = []
    for page in sorted((ROOT / "docs" / "fr").glob("*.md")):
        fence = False
        for number, line in enumerate(page.read_text("utf-8").split("\n"), 1):
            if line.lstrip().startswith("```"):
                fence = not fence
            elif not fence:
                lines.append((f"{page.relative_to(ROOT)}:{number}", NOT_PROSE.sub(" ", line)))
    return lines


def test_french_prose_and_formulas_write_decimals_with_a_comma() -> None:
    found = [
        f"{place}: {text.strip()}"
        for place, text in french_prose_lines()
        if DECIMAL_POINT.search(VERSION.sub(" ", text))
    ]
    assert not found, "write 0,5 in prose and 0{,}5 in formulas:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("text", "decimal"),
    [
        ("vaut $0.5$", True),
        ("un seuil de 0.5 : ", True),
        ("PyTorch donne 0.5", True),
        ("$\\approx [-0.17, +\\infty)$", True),
        ("depuis pandas 3.1 ; Python récente (3.12 ou 3.13 ; 3.11 et 3.14", False),
        ("déprécié depuis la 3.1, depuis la version 1.8", False),
        ("`type Batch = …` (3.12)", False),
        ("vaut $0{,}5$ ou 0,5", False),
    ],
)
def test_decimal_points_are_told_from_version_numbers(text: str, decimal: bool) -> None:
    assert bool(DECIMAL_POINT.search(VERSION.sub(" ", NOT_PROSE.sub(" ", text)))) is decimal
