"""A card run warm (cheatsheet/warm_start.py) gives what a fresh `python -c` gives: the same
output, errors and exit status, in an empty folder, with nothing of its parent in its namespace."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cheatsheet.project import WARNINGS_AS_ERRORS
from cheatsheet.warm_start import WarmStart

pytestmark = pytest.mark.inputs("cheatsheet/warm_start.py", "cheatsheet/project.py")
ENV = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": ""}
CARDS = {
    "prints": "import torch\nprint(torch.ones(2).sum().item())",
    "forgets an import": "print(np.zeros(2))",
    "exits with a status": "import sys\nprint('out')\nsys.exit(3)",
    "exits with a message": "import sys\nsys.exit('bye')",
    "calls a deprecated API": "import warnings\nwarnings.warn('old', DeprecationWarning)",
    "looks around": "import os, sys\nprint(os.listdir('.'), __name__, sys.argv)",
    "writes a file": "open('x.txt', 'w').write('x')\nprint(open('x.txt').read())",
}


@pytest.fixture(scope="module")
def warm() -> Iterator[WarmStart]:
    started = WarmStart(WARNINGS_AS_ERRORS, ENV)
    yield started
    started.close()


@pytest.mark.parametrize("code", CARDS.values(), ids=CARDS.keys())
def test_a_card_run_warm_does_what_it_does_in_a_fresh_python(
    warm: WarmStart, code: str, tmp_path: Path
) -> None:
    (tmp_path / "cold").mkdir()
    (tmp_path / "warm").mkdir()
    cold = subprocess.run(
        [sys.executable, *WARNINGS_AS_ERRORS, "-c", code],
        cwd=tmp_path / "cold",
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert warm.run(code, tmp_path / "warm", timeout=60) == (
        cold.returncode,
        cold.stdout,
        cold.stderr,
    )


def test_a_card_that_runs_too_long_is_stopped_and_the_next_one_runs(
    warm: WarmStart, tmp_path: Path
) -> None:
    with pytest.raises(subprocess.TimeoutExpired):
        warm.run("while True: pass", tmp_path, timeout=2)
    assert warm.run("print(1)", tmp_path, timeout=60) == (0, "1\n", "")
