"""DDP: the script, launched by torchrun on two CPU processes, and alone."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cheatsheet.project import WARNINGS_AS_ERRORS

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets" / "deployment"
OUTPUT_LINE = re.compile(r"^#> ?(.*)$", re.M)


def test_torchrun_on_two_processes_prints_what_the_page_shows(tmp_path: Path) -> None:
    shown = "".join(line + "\n" for line in OUTPUT_LINE.findall((SNIPPETS / "ddp.sh").read_text()))
    env = os.environ | {"PYTHONWARNINGS": "error::DeprecationWarning,error::FutureWarning"}
    done = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2",
         str(SNIPPETS / "ddp.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == shown


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
