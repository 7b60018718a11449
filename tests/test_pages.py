"""Every code block of every page runs, top to bottom, exactly as the reader sees it."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from page_blocks import ROOT, page_blocks, page_lang, run_blocks

PAGES = sorted((ROOT / "docs").glob("*/**/*.md"))
CUDA = os.environ.get("CHEATSHEET_GPU") == "1"


def shown(text: str) -> str:
    """Normalize output the way a reader sees it: no trailing spaces or blank lines."""
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_page_runs_top_to_bottom_as_shown(
    page: Path, tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    blocks = page_blocks(page)
    if CUDA and not any(b.gpu for b in blocks):
        pytest.skip("no GPU block on this page")
    outcomes = run_blocks(blocks, tmp_path, cuda=CUDA)
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
