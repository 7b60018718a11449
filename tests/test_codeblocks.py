"""`pytest --codeblocks docs/<lang>/<page>.md` runs the page's blocks as the reader sees them."""

from __future__ import annotations

import re
import subprocess
import sys

from cheatsheet.blocks import page_blocks
from cheatsheet.project import ROOT


def test_codeblocks_gives_one_passing_item_per_block_with_its_page_and_line() -> None:
    page = ROOT / "docs" / "en" / "numpy.md"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--codeblocks", str(page), "-v", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    lines = [b.line for b in page_blocks(page)]
    passed = [int(n) for n in re.findall(r"docs/en/numpy\.md::line (\d+) PASSED", done.stdout)]
    assert passed == lines
