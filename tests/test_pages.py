"""Every code block of every page runs, top to bottom, exactly as the reader sees it.

A page's blocks run once, as the cells of the notebook the build generates for it (the page's
download): in a fresh Jupyter kernel (nbclient), in the page's order, with deprecation and future
warnings as errors; what each block prints must be what the page shows.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import nbformat
import pytest

from cheatsheet.blocks import page_blocks, shown
from cheatsheet.kernel import code_cell, run_notebook
from cheatsheet.notebooks import notebook_uri
from cheatsheet.project import ROOT, page_lang

PAGES = sorted((ROOT / "docs").glob("*/**/*.md"))
CUDA = os.environ.get("CHEATSHEET_GPU") == "1"


def site_notebook(site: Path, page: Path) -> Path:
    """Return where the build puts the page's notebook."""
    lang = page_lang(page)
    src_uri = page.relative_to(ROOT / "docs" / lang).as_posix()
    return (site if lang == "fr" else site / "en") / notebook_uri(src_uri, lang)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_page_runs_top_to_bottom_as_shown(
    page: Path, built_site: Path, tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    blocks, path = page_blocks(page), site_notebook(built_site, page)
    if not blocks:
        assert not path.exists(), f"{path}: a page without code needs no notebook"
        return
    if CUDA and not any(b.gpu for b in blocks):
        pytest.skip("no GPU block on this page")
    assert path.is_file(), f"the build did not generate {path.name} for {page}"
    nb = json.loads(path.read_text(encoding="utf-8"))
    nbformat.validate(nbformat.from_dict(nb))
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    assert code == [code_cell(b, [])["source"] for b in blocks], (
        f"{path.name}: the notebook's cells are not the page's blocks"
    )
    outcomes = run_notebook(nb, blocks, tmp_path, cuda=CUDA)
    lang = page_lang(page)
    record_property(f"blocks:{lang}:ran", len(outcomes))
    record_property(f"blocks:{lang}:skipped", len(blocks) - len(outcomes))
    for outcome in outcomes:
        where = outcome.block.where
        assert outcome.error is None, f"{where}: the block failed:\n{outcome.error}"
        expected, actual = shown(outcome.block.expected), shown(outcome.stdout)
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                "shown on the page",
                "printed",
                lineterm="",
            )
        )
        assert actual == expected, f"{where}: the output differs from the page:\n{diff}"


def test_skipped_blocks_say_why() -> None:
    skipped = [b for page in PAGES for b in page_blocks(page) if b.skip_reason is not None]
    for block in skipped:
        assert len(block.skip_reason.split()) >= 3, f"{block.where}: give the reason in words"
    print("\n".join(f"skipped {b.where}: {b.skip_reason}" for b in skipped))
