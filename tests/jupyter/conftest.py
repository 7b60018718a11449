"""Runs snippet regions of the Jupyter section in a Jupyter kernel, as the page does."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from cheatsheet.blocks import Block
from cheatsheet.kernel import run_blocks
from cheatsheet.localize import localize_code

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets" / "jupyter"
OUTPUT_LINE = re.compile(r"^\s*#> ?(?P<text>.*)$")

Cell = tuple[str, str]  # (file, region), or ("", code) for a probe cell the test adds


def region(file: str, name: str) -> str:
    """Return a region's code in English, as the English page shows it."""
    text = (SNIPPETS / file).read_text(encoding="utf-8")
    body = text.split(f"# --8<-- [start:{name}]\n")[1].split(f"# --8<-- [end:{name}]")[0]
    return localize_code(textwrap.dedent(body), "en")


def shown(code: str) -> str:
    """Return the output lines (`#> `) of a piece of code."""
    return "".join(m["text"] + "\n" for line in code.split("\n") if (m := OUTPUT_LINE.match(line)))


@pytest.fixture
def run_cells(tmp_path: Path) -> Callable[[list[Cell]], list[str]]:
    """Run cells in order in one kernel and return what each one printed."""

    def run(cells: list[Cell]) -> list[str]:
        codes = [region(file, name) if file else name for file, name in cells]
        blocks = [Block(f"cell {n}", n, "ipython", code, "") for n, code in enumerate(codes)]
        outcomes = run_blocks(blocks, tmp_path)
        assert len(outcomes) == len(blocks), "the kernel stopped early"
        for outcome in outcomes:
            assert outcome.error is None, outcome.error
        # trailing spaces are not shown on the page
        return ["".join(x.rstrip() + "\n" for x in o.stdout.splitlines()) for o in outcomes]

    return run
