"""Every code block of every page runs, top to bottom, exactly as the reader sees it.

A page's blocks run once, as the cells of the notebook the build generates for it (the page's
download): in a fresh Jupyter kernel (nbclient), in the page's order, with deprecation and future
warnings as errors; what each block prints must be what the page shows. A translation whose code
is the same, comments aside (`cheatsheet.blocks.run_alike`), is compared with the same run.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import nbformat
import pytest

from cheatsheet import run_cache
from cheatsheet.blocks import Block, page_blocks, run_alike, shell_commands, shown
from cheatsheet.kernel import Outcome, code_cell, run_notebook
from cheatsheet.kernel import runs as block_runs
from cheatsheet.notebooks import notebook_uri
from cheatsheet.project import ROOT, page_lang

PAGES = sorted((ROOT / "docs").glob("*/**/*.md"))
NAMES = sorted({p.relative_to(ROOT / "docs" / page_lang(p)).as_posix() for p in PAGES})
CUDA = os.environ.get("CHEATSHEET_GPU") == "1"


def site_notebook(site: Path, page: Path) -> Path:
    """Return where the build puts the page's notebook."""
    lang = page_lang(page)
    src_uri = page.relative_to(ROOT / "docs" / lang).as_posix()
    return (site if lang == "fr" else site / "en") / notebook_uri(src_uri, lang)


def check_outputs(outcomes: list[Outcome]) -> None:
    """Assert that each block ran without error and printed what the page shows."""
    for outcome in outcomes:
        block = outcome.block
        assert outcome.error is None, f"{block.where}: the block failed:\n{outcome.error}"
        expected, actual = shown(block.expected), shown(outcome.stdout)
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                "shown on the page",
                "printed",
                lineterm="",
            )
        )
        assert actual == expected, f"{block.where}: the output differs from the page:\n{diff}"


def run_page(
    page: Path, blocks: list[Block], site: Path, tmp_path: Path, record: pytest.RecordProperty
) -> list[Outcome]:
    """Run the notebook the build generated for a page (its blocks); return their outcomes.

    A clean run is remembered (cheatsheet/run_cache.py) under the notebook's exact code, which
    blocks run, the kernel's set-up and the environment: the same key gives the same outcomes
    without running, and they are compared with the page's `#>` lines as a fresh run's are.
    """
    path = site_notebook(site, page)
    assert path.is_file(), f"the build did not generate {path.name} for {page}"
    nb = json.loads(path.read_text(encoding="utf-8"))
    nbformat.validate(nbformat.from_dict(nb))
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    assert code == [code_cell(b, [])["source"] for b in blocks], (
        f"{path.name}: the notebook's cells are not the page's blocks"
    )
    ran = [b for b in blocks if block_runs(b, CUDA)]
    key = run_cache.page_key(blocks, CUDA)  # the notebook's code is the blocks' (asserted above)
    if (cached := run_cache.load(key, len(ran))) is not None:
        record("pages:cached", 1)
        return [Outcome(b, r["stdout"], None) for b, r in zip(ran, cached, strict=True)]
    (tmp_path / page_lang(page)).mkdir()
    outcomes = run_notebook(nb, blocks, tmp_path / page_lang(page), cuda=CUDA, warm=True)
    record("pages:ran", 1)
    clean = [o.block for o in outcomes] == ran and all(o.error is None for o in outcomes)
    if clean and all(shown(o.stdout) == shown(o.block.expected) for o in outcomes):
        run_cache.save(key, [{"stdout": o.stdout} for o in outcomes])
    return outcomes


@pytest.mark.long
@pytest.mark.parametrize("name", NAMES)
def test_page_runs_top_to_bottom_as_shown(
    name: str, built_site: Path, tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    """Both languages of a page. The French notebook runs on its own unless its code is the
    English one's, comments aside: then what the English run printed is what both pages show."""
    pages = {lang: ROOT / "docs" / lang / name for lang in ("en", "fr")}
    blocks = {lang: page_blocks(page) for lang, page in pages.items()}
    if not blocks["en"]:
        for page in pages.values():
            path = site_notebook(built_site, page)
            assert not path.exists(), f"{path}: a page without code needs no notebook"
        return
    if CUDA and not any(b.gpu for b in blocks["en"]):
        pytest.skip("no GPU block on this page")
    outcomes = run_page(pages["en"], blocks["en"], built_site, tmp_path, record_property)
    runs = {"en": outcomes}
    if run_alike(blocks["fr"], blocks["en"]):
        twin = dict(zip(map(id, blocks["en"]), blocks["fr"], strict=True))
        runs["fr"] = [Outcome(twin[id(o.block)], o.stdout, o.error) for o in outcomes]
        record_property("blocks:fr:shared", len(outcomes))
    else:
        runs["fr"] = run_page(pages["fr"], blocks["fr"], built_site, tmp_path, record_property)
    for lang, done in runs.items():
        record_property(f"blocks:{lang}:ran", len(done))
        record_property(f"blocks:{lang}:skipped", len(blocks[lang]) - len(done))
        check_outputs(done)


def test_skipped_blocks_say_why() -> None:
    skipped = [b for page in PAGES for b in page_blocks(page) if b.skip_reason is not None]
    for block in skipped:
        assert len(block.skip_reason.split()) >= 3, f"{block.where}: give the reason in words"
    print("\n".join(f"skipped {b.where}: {b.skip_reason}" for b in skipped))


def test_a_translation_shares_the_run_only_when_its_code_differs_by_comments_alone() -> None:
    def blocks(lang: str, name: str) -> list[Block]:
        return page_blocks(ROOT / "docs" / lang / name)

    assert run_alike(blocks("fr", "numpy.md"), blocks("en", "numpy.md"))  # comments differ
    fr = blocks("fr", "plotting.md")
    assert not run_alike(fr, blocks("en", "plotting.md"))  # `# [fr]` lines: French figure titles
    fr[0].code += "x = 1\n"
    assert not run_alike(fr[:1], blocks("fr", "plotting.md")[:1])


def test_shell_comments_are_dropped_but_a_here_documents_lines_stay() -> None:
    code = "# set up\ncat > .gitignore <<'EOF'\n# outputs\nout/\nEOF\ngit add .  # stage\n"
    assert shell_commands(code) == [
        "cat > .gitignore <<'EOF'",
        "# outputs",
        "out/",
        "EOF",
        "git add .  # stage",
    ]
