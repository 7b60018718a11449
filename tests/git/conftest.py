"""Runs the Git section's scripts once, in order, in a throwaway folder (no network)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "snippets" / "git"
ORDER = ("lfs", "gitignore", "dvc", "dvc_pipeline", "experiments")
OUTPUT_LINE = re.compile(r"^\s*#> ?(.*)$", re.M)


@dataclass
class Run:
    folder: Path
    stdout: dict[str, str]

    def git(self, *args: str, repo: str = "ml-project") -> str:
        """Return the stdout of a git command in one of the run's repositories."""
        done = subprocess.run(
            ["git", *args], cwd=self.folder / repo, capture_output=True, text=True, check=True
        )
        return done.stdout


def shown_output(script: str) -> str:
    """Return the `#>` lines of a script, as the page shows them."""
    text = (SCRIPTS / f"{script}.sh").read_text(encoding="utf-8")
    return "".join(line.rstrip() + "\n" for line in OUTPUT_LINE.findall(text))


@pytest.fixture(scope="session")
def git_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("git-for-ml")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "DVC_NO_ANALYTICS": "1",
    }
    stdout = {}
    for script in ORDER:
        done = subprocess.run(
            ["bash", str(SCRIPTS / f"{script}.sh")],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"snippets/git/{script}.sh failed:\n{done.stderr}"
        stdout[script] = "".join(line.rstrip() + "\n" for line in done.stdout.splitlines())
    return Run(folder, stdout)
