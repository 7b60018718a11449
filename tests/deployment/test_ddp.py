"""DDP: the script alone. Launched by torchrun on two CPU processes, it runs in the page's own run
(tests/test_pages.py), which compares what it prints with what the page shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cheatsheet.project import WARNINGS_AS_ERRORS

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets" / "deployment"


def test_alone_the_script_trains_one_process_to_the_true_weights(tmp_path: Path) -> None:
    """In a process of its own, as `python ddp.py` runs: the gloo group's threads are the
    script's, never a test worker's, and a hang at exit fails this test instead of the run."""
    code = f"import sys; sys.path.insert(0, {str(SNIPPETS)!r}); import ddp; print(ddp.main())"
    done = subprocess.run(
        [sys.executable, *WARNINGS_AS_ERRORS, "-c", code],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    first, _, weights = done.stdout.splitlines()
    assert first.startswith("world_size=1, 64 samples per process")
    # within 1e-3 of the truth: the page's round(w, 2) cannot flip on another CPU
    assert json.loads(weights) == pytest.approx([1.0, -2.0, 0.5, 3.0], abs=1e-3)
