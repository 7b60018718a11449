"""French and English stay in parity, and every snippet is included, tested and runnable."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from cheatsheet import run_cache
from cheatsheet.includes import INCLUDE
from cheatsheet.project import ROOT, SNIPPETS, WARNINGS_AS_ERRORS
from cheatsheet.warm_start import run_fresh

DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS / "en") for p in (DOCS / "en").rglob("*.md"))
HEADING_ANCHOR = re.compile(r"^#{1,6} .*\{ #(?P<anchor>[\w-]+) \}\s*$", re.M)
# fences may be indented (inside a card or a folded "Check" block)
FENCE = re.compile(
    r"^(?P<marks>(?: *<!--.*-->\n)*) *```(?P<syntax>\S*)\n(?P<body>.*?)^ *```$", re.M | re.S
)
DISPLAY_MATH = re.compile(r"^\$\$\n(?P<tex>.*?)\n\$\$$", re.M | re.S)
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)(?P<tex>[^$\n]+?)\$")
TEXT_IN_MATH = re.compile(r"\\text\{[^}]*\}")
TABLE_ROW = re.compile(r"^\|.*\|\s*$")
REGION_START = re.compile(r"# --8<-- \[start:(?P<name>[a-z][-_0-9a-z]*)\]")
SNIPPET_MODULES = sorted(
    p for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py" and p.parent != SNIPPETS
)


# A page's translation checks read its two languages, nothing else.
TWINS = [
    pytest.param(
        page,
        id=str(page),
        marks=pytest.mark.inputs(f"docs/fr/{page.as_posix()}", f"docs/en/{page.as_posix()}"),
    )
    for page in PAGES
]


def twins(page: Path) -> tuple[str, str]:
    return (DOCS / "fr" / page).read_text(encoding="utf-8"), (DOCS / "en" / page).read_text(
        encoding="utf-8"
    )


def fences(text: str) -> list[tuple[str, str, str]]:
    """List each fence's markers, language and body (include lines), in page order."""
    return [(m["marks"].count("<!--"), m["syntax"], m["body"]) for m in FENCE.finditer(text)]


# A French interval: brackets turned outward, bounds apart by a semicolon (`\,;` spaces it as
# French typography does): `]0\,; 1[`, `\left]-1\,; 1\right[` (\left keeps the minus a sign).
FRENCH_INTERVAL = re.compile(
    r"(?:\\left)?(?P<open>[\[\]])(?P<low>[^;()\[\]]+?)\s*(?:\\,)?\s*(?<!\\);\s*"
    r"(?P<high>[^;()\[\]]+?)\s*(?:\\right)?(?P<close>[\[\]])"
)


def as_english(tex: str) -> str:
    r"""Return a French formula in English notation: `0{,}5` as `0.5`, `]0\,; 1[` as `(0, 1)`."""
    tex = tex.replace("{,}", ".")
    return FRENCH_INTERVAL.sub(
        lambda m: "[("[m["open"] == "]"] + f"{m['low']}, {m['high']}" + "])"[m["close"] == "["], tex
    )


def formulas(text: str, lang: str = "en") -> list[str]:
    """List the page's formulas with their words (inside \\text{}) removed, in English notation."""
    found = DISPLAY_MATH.findall(text) + INLINE_MATH.findall(DISPLAY_MATH.sub("", text))
    found = [TEXT_IN_MATH.sub(r"\\text{}", tex.strip()) for tex in found]
    return [as_english(tex) for tex in found] if lang == "fr" else found


def table_shapes(text: str) -> list[tuple[int, int]]:
    """List (rows, columns) of each Markdown table in the page."""
    shapes, rows = [], []
    for line in [*text.splitlines(), ""]:
        if TABLE_ROW.match(line):
            rows.append(line.strip().strip("|").count("|") + 1)
        elif rows:
            shapes.append((len(rows), max(rows)))
            rows = []
    return shapes


def test_every_page_has_both_languages() -> None:
    french = sorted(p.relative_to(DOCS / "fr") for p in (DOCS / "fr").rglob("*.md"))
    assert french == PAGES, "docs/fr and docs/en must hold the same pages"


@pytest.mark.parametrize("page", TWINS)
def test_translations_have_the_same_headings_anchors(page: Path) -> None:
    fr, en = twins(page)
    assert HEADING_ANCHOR.findall(fr) == HEADING_ANCHOR.findall(en)
    assert HEADING_ANCHOR.findall(en), f"{page}: give each heading an anchor {{ #name }}"


@pytest.mark.parametrize("page", TWINS)
def test_translations_show_the_same_code_blocks(page: Path) -> None:
    fr, en = twins(page)
    assert fences(fr) == fences(en)


@pytest.mark.parametrize("page", TWINS)
def test_translations_have_the_same_formulas(page: Path) -> None:
    fr, en = twins(page)
    assert formulas(fr, "fr") == formulas(en)


def test_french_intervals_and_decimals_read_as_the_english_ones() -> None:
    assert as_english(r"\approx [-0{,}17\,; +\infty[") == r"\approx [-0.17, +\infty)"
    assert as_english(r"\left]-1\,; 1\right[") == "(-1, 1)"
    assert as_english("]0 ; 1[ + [a ; b]") == "(0, 1) + [a, b]"
    # a semicolon outside an interval, or TeX's `\;` space, stays as it is
    assert as_english(r"\min_w \; f(x; \theta), x_{[i]}") == r"\min_w \; f(x; \theta), x_{[i]}"


@pytest.mark.parametrize("page", TWINS)
def test_translations_have_the_same_tables(page: Path) -> None:
    fr, en = twins(page)
    assert table_shapes(fr) == table_shapes(en)


def test_every_snippet_region_is_shown_on_a_page() -> None:
    included = {
        (m["path"], m["region"])
        for page in DOCS.rglob("*.md")
        for line in page.read_text(encoding="utf-8").splitlines()
        if (m := INCLUDE.match(line))
    }
    unused = [
        f"snippets/{module.relative_to(SNIPPETS).as_posix()}: region '{name}'"
        for module in SNIPPET_MODULES
        for name in REGION_START.findall(module.read_text(encoding="utf-8"))
        if (module.relative_to(SNIPPETS).as_posix(), name) not in included
    ]
    assert not unused, "regions no page includes:\n" + "\n".join(unused)


@pytest.mark.parametrize(
    "module",
    [
        pytest.param(
            m,
            id=str(m.relative_to(SNIPPETS)),
            marks=pytest.mark.inputs(
                m.relative_to(ROOT).as_posix(), f"tests/{m.parent.relative_to(SNIPPETS)}/*.py"
            ),
        )
        for m in SNIPPET_MODULES
    ],
)
def test_every_snippet_has_a_test_file(module: Path) -> None:
    section = module.parent.relative_to(SNIPPETS)
    test_file = ROOT / "tests" / section / f"test_{module.stem}.py"
    assert test_file.is_file(), f"create {test_file.relative_to(ROOT)} for {module.name}"


# Runs each module as `python <module>` would (its folder first on sys.path, as __main__, in
# a folder of its own), all of a section in one interpreter, forked from one that has imported
# torch & co. (cheatsheet/warm_start.py: what a fresh one would do).
RUN_AS_SCRIPTS = """
import os, runpy, sys, tempfile, traceback
for path in PATHS:
    os.chdir(tempfile.mkdtemp())
    sys.path[0] = os.path.dirname(path)
    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException:
        sys.exit(f"{path} failed:\\n{traceback.format_exc()}")
"""


SECTIONS = sorted({module.parent for module in SNIPPET_MODULES})


@pytest.mark.long
@pytest.mark.parametrize(
    "section",
    [
        pytest.param(
            s, id=s.name, marks=pytest.mark.inputs(f"snippets/{s.name}/**/*", "cheatsheet/*.py")
        )
        for s in SECTIONS
    ],
)
def test_snippets_run_on_their_own(section: Path, tmp_path: Path) -> None:
    """`python snippets/<section>/<topic>.py` works, from any folder. A section's modules can
    import nothing of another (a script's own folder comes first on its path), so a clean run of
    a section is remembered under its snippets' text and the environment
    (cheatsheet/run_cache.py): an edit runs its section again."""
    modules = [module for module in SNIPPET_MODULES if module.parent == section]
    sources = [f"{path}\0{path.read_text(encoding='utf-8')}" for path in modules]
    key = run_cache.key("snippets-as-scripts", RUN_AS_SCRIPTS, *WARNINGS_AS_ERRORS, *sources)
    if run_cache.load(key, 0) is not None:
        return
    code = f"PATHS = {list(map(str, modules))!r}\n{RUN_AS_SCRIPTS}"
    status, _, stderr = run_fresh(code, tmp_path, WARNINGS_AS_ERRORS, timeout=900)
    assert status == 0, stderr[-5000:]
    run_cache.save(key, [])


PAGE_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<page>[\w-]+\.md)\)")
TITLE = re.compile(r"^# (?P<title>.*?)\s*(\{[^}]*\})?$", re.M)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_home_page_links_read_as_the_page_titles(lang: str) -> None:
    home = (DOCS / lang / "index.md").read_text(encoding="utf-8")
    links = PAGE_LINK.findall(home)
    assert len(links) >= 20, f"docs/{lang}/index.md links {len(links)} pages"
    wrong = []
    for text, page in links:
        title = TITLE.search((DOCS / lang / page).read_text(encoding="utf-8"))["title"]
        if text != title:
            wrong.append(f"[{text}]({page}) but the page is titled {title!r}")
    assert not wrong, f"docs/{lang}/index.md: " + "; ".join(wrong)


# What the project tracks at its top (README, "Layout"): anything else is a run's output committed
# by mistake (a snippet run in the checkout once left figures/, another tiny-llm/).
TOP_LEVEL = {
    *(".ci", ".github", ".gitignore", ".pre-commit-config.yaml", "Makefile", "README.md"),
    *("benchmarks", "cheatsheet", "conftest.py", "docs", "hooks.py", "mkdocs.en.yml"),
    *("mkdocs.yml", "overrides", "pyproject.toml", "requirements", "snippets", "tests"),
}


def test_only_the_project_is_tracked_at_its_top() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    top = {path.split("/")[0] for path in listed.stdout.splitlines()}
    assert top <= TOP_LEVEL, (
        f"tracked at the top of the project, and not part of it: {sorted(top - TOP_LEVEL)} "
        "(a snippet's output? git rm it; a new part of the project: add it to TOP_LEVEL)"
    )
