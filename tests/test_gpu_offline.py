"""`make test-gpu-offline` without a CUDA device: it says what it would run, then stops (exit 1).

The wheel folder is made here without the network: the pages' blocks as `make gpu-wheels` writes
them (`--prepare --no-download`), and empty files named as the wheels (only their names are
checked before the CUDA device).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cheatsheet.project import ROOT

SCRIPT = ROOT / ".ci" / "gpu_offline.py"
LOCK = (ROOT / "requirements" / "gpu.lock").read_text(encoding="utf-8")


def wheels() -> list[str]:
    source = SCRIPT.read_text(encoding="utf-8")
    return re.search(r"WHEELS = \((.*?)\)\.split\(\)", source, re.S)[1].replace('"', "").split()


def run(folder: Path, *args: str, python: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"GPU_WHEELS": str(folder), "CUDA_VISIBLE_DEVICES": ""}
    command = [sys.executable, *python, str(SCRIPT), *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("whl")
    done = run(folder, "--prepare", "--no-download")
    assert done.returncode == 0, done.stderr
    for name in wheels():
        pinned = re.search(rf"^{re.escape(name)}==(\S+)", LOCK, re.M)[1]
        (folder / f"{name.replace('-', '_')}-{pinned}-py3-none-any.whl").touch()
    return folder


def test_without_cuda_it_says_what_it_would_run_and_stops(folder: Path) -> None:
    done = run(folder)
    assert done.returncode == 1
    out = done.stdout.splitlines()
    assert re.match(r"gpu_offline: python 3\.\d+\.\d+, torch \S+, CUDA \S+, driver \S+", out[0])
    assert out[1].startswith("GPU checks: pytest -m gpu ") and "tests/test_gpu.py" in out[1]
    assert out[2].startswith("pages run top to bottom, with their GPU blocks at lines: ")
    assert re.search(r"pytorch\.md \(en \d+, fr \d+\)", out[2])
    assert out[3].startswith("GPU speed claims -> benchmarks/results.json: gpu-pinned-memory, ")
    assert len(out) == 4
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("gpu_offline: no CUDA device: torch.cuda.is_available() is False")
    assert "Nothing was run" in done.stderr


def test_a_missing_wheel_is_named_with_the_command_that_fetches_it(folder: Path) -> None:
    wheel = next(folder.glob("nbclient-*.whl"))
    wheel.rename(wheel.with_suffix(".away"))
    try:  # without site-packages (-S), Python lacks the Jupyter stack, as the GPU machine does
        done = run(folder, python=("-S",))
    finally:
        wheel.with_suffix(".away").rename(wheel)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert re.search(r"lacks nbclient==[\d.]+: run `make gpu-wheels`", done.stderr)


def test_blocks_older_than_a_snippet_are_refused(folder: Path) -> None:
    blocks = folder / "gpu-blocks.json"
    plan = json.loads(blocks.read_text(encoding="utf-8"))
    sources = plan["sources"]
    sources["snippets/setup/cuda_check.py"] = "0" * 64
    changed = folder / "changed"
    changed.mkdir(exist_ok=True)
    (changed / "gpu-blocks.json").write_text(json.dumps(plan), encoding="utf-8")
    for wheel in folder.glob("*.whl"):
        (changed / wheel.name).touch()
    done = run(changed)
    assert done.returncode == 1
    assert "snippets/setup/cuda_check.py changed since `make gpu-wheels`" in done.stderr
