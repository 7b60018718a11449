"""`pytest --codeblocks docs/<lang>/<page>.md` (or `docs/`): one test item per block of a page.

pytest-codeblocks alone would run the `--8<--` include lines a page's source holds. This plugin
(loaded by the root conftest.py) takes its place for the pages: the blocks are expanded and
localized as the build shows them, run in order in one Jupyter kernel per page (the runner of
tests/test_pages.py), and each block's output is compared with its `#>` lines.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cheatsheet.blocks import Block, page_blocks, shown
from cheatsheet.kernel import Outcome, run_blocks, runs
from cheatsheet.project import ROOT, PageError

DOCS = ROOT / "docs"
CUDA = os.environ.get("CHEATSHEET_GPU") == "1"


def pytest_configure(config: pytest.Config) -> None:
    """With --codeblocks, pages are ours: pytest-codeblocks' own collector would run includes."""
    if config.getoption("codeblocks", False) and (
        plugin := config.pluginmanager.get_plugin("codeblocks")
    ):
        config.pluginmanager.unregister(plugin)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if (
        parent.config.getoption("codeblocks", False)
        and file_path.suffix == ".md"
        and DOCS in file_path.parents
    ):
        return PageFile.from_parent(parent, path=file_path)
    return None


class PageFile(pytest.File):
    """A page: its blocks run once, together, the first time one of its items runs."""

    outcomes: dict[int, Outcome] | None = None

    def collect(self) -> Iterator[BlockItem]:
        try:
            blocks = page_blocks(self.path)
        except PageError as error:
            raise self.CollectError(str(error)) from None
        self.blocks = blocks
        for block in blocks:
            item = BlockItem.from_parent(self, name=f"line {block.line}", block=block)
            if not runs(block, CUDA):
                item.add_marker(pytest.mark.skip(reason=block.skip_reason or block.cpu_output))
            yield item

    def run_page(self) -> dict[int, Outcome]:
        if self.outcomes is None:
            with tempfile.TemporaryDirectory() as folder:
                done = run_blocks(self.blocks, Path(folder), cuda=CUDA)
            self.outcomes = {o.block.line: o for o in done}
        return self.outcomes


class BlockError(Exception):
    """A block failed or printed something else than its page shows."""


class BlockItem(pytest.Item):
    def __init__(self, *, block: Block, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.block = block

    def runtest(self) -> None:
        outcome = self.parent.run_page().get(self.block.line)
        if outcome is None:
            raise BlockError(f"{self.block.where}: not run: an earlier block of the page failed")
        if outcome.error:
            raise BlockError(outcome.error)
        expected, actual = shown(self.block.expected), shown(outcome.stdout)
        if actual != expected:
            diff = difflib.unified_diff(
                expected.splitlines(), actual.splitlines(), "shown", "printed", lineterm=""
            )
            raise BlockError(f"{self.block.where}: the output differs:\n" + "\n".join(diff))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:
        if isinstance(excinfo.value, BlockError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.block.line - 1, self.block.where
