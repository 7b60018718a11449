"""kernels.sh, run with the environment's python and jupyter first on PATH, in its own folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "snippets" / "jupyter" / "kernels.sh"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("kernels")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", str(SCRIPT)], cwd=folder, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return folder, done.stdout


def test_kernels_script_prints_what_the_page_shows(run: tuple[Path, str]) -> None:
    shown = "".join(
        line.strip()[3:] + "\n" if line.strip() != "#>" else "\n"
        for line in SCRIPT.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("#>")
    )
    assert run[1] == shown


def test_the_kernel_is_removed_again(run: tuple[Path, str]) -> None:
    assert not (run[0] / "jupyter-data" / "kernels" / "ml-env").exists()


def test_executed_notebook_holds_its_output(run: tuple[Path, str]) -> None:
    notebook = json.loads((run[0] / "demo.ipynb").read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code[0]["outputs"][0]["text"] == ["2\n"]
    assert notebook["metadata"]["language_info"]["file_extension"] == ".py"
