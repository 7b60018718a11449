"""A page's kernel started warm (cheatsheet/warm_kernel.py) is the kernel a fresh start gives.

The same cell runs in a plain kernel and in a warm one and sees the same: its folder, argv and
path, environment, matplotlib backend, signal handlers and session. Only the libraries the
server imported are there before the page imports them, so their imports no longer add their
warning filters: the warm kernel has no filter the fresh one lacks (a warning they would hide
fails there: never the other way). A kernel stopped (a block past its time, then the
"immediate" shutdown's kill) leaves nothing running.
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest

from cheatsheet import kernel, warm_kernel
from cheatsheet.blocks import Block, page_blocks
from cheatsheet.project import ROOT

SEEN = """\
import json, os, signal, sys, warnings
import matplotlib
env = {k: v for k, v in os.environ.items() if not k.startswith("JPY_")}
print(json.dumps({
    "cwd": os.getcwd(), "argv": sys.argv[1:2], "path0": sys.path[0] == os.getcwd(),
    "name": __name__, "executable": sys.executable, "env": env,
    "filters": [repr(f) for f in warnings.filters], "backend": matplotlib.get_backend(),
    "sigint": repr(signal.getsignal(signal.SIGINT)), "leader": os.getsid(0) == os.getpid(),
    "shell": type(get_ipython()).__name__, "stdin": type(sys.stdin).__name__,
}, sort_keys=True))
print("torch" in sys.modules)"""


def block(code: str) -> Block:
    first = page_blocks(ROOT / "docs" / "en" / "numpy.md")[0]
    return dataclasses.replace(first, code=code, expected="")


def test_a_warm_kernel_sees_what_a_fresh_one_sees(tmp_path: Path) -> None:
    seen, preloaded = {}, {}
    for warm in (False, True):
        (tmp_path / "run").mkdir()
        (outcome,) = kernel.run_blocks([block(SEEN)], tmp_path / "run", warm=warm)
        assert outcome.error is None, outcome.error
        facts, torch_there = outcome.stdout.splitlines()
        seen[warm], preloaded[warm] = json.loads(facts), torch_there
        (tmp_path / "run").rename(tmp_path / f"ran-{warm}")
    assert preloaded == {False: "False", True: "True"}  # torch: imported by the server
    warm_filters, fresh_filters = seen[True].pop("filters"), seen[False].pop("filters")
    assert set(warm_filters) <= set(fresh_filters)
    assert seen[True] == seen[False]


def test_a_block_past_its_time_stops_and_its_kernel_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kernel, "BLOCK_TIMEOUT_S", 2)
    (outcome,) = kernel.run_blocks([block("import time\ntime.sleep(60)")], tmp_path, warm=True)
    assert "did not finish in 2 s" in str(outcome.error)
    server = warm_kernel._server
    assert server is not None, "no kernel server: the block ran in a plain kernel"
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    deadline = time.monotonic() + 10
    while children.read_text().split() and time.monotonic() < deadline:
        time.sleep(0.1)  # the kernel sees its launcher killed, exits, and the server reaps it
    assert children.read_text().split() == [], "the kernel outlived its launcher"
