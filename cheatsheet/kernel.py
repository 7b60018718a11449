"""Runs a page's blocks as the cells of a notebook, in a fresh Jupyter kernel (nbclient)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cheatsheet import warm_kernel
from cheatsheet.blocks import Block
from cheatsheet.project import TORCH_INTERNAL_WARNINGS

BLOCK_TIMEOUT_S = int(os.environ.get("CHEATSHEET_BLOCK_TIMEOUT", "120"))  # seconds per block


@dataclass
class Outcome:
    block: Block
    stdout: str
    error: str | None


def runs(block: Block, cuda: bool) -> bool:
    """Tell whether a block runs: skipped ones don't, GPU ones on CUDA only, CPU output off it."""
    return (not block.skip_reason or (block.gpu and cuda)) and not (block.cpu_output and cuda)


def run_blocks(
    blocks: list[Block], cwd: Path, *, cuda: bool = False, warm: bool = False
) -> list[Outcome]:
    """Run the blocks in order as the cells of a notebook; stop at the first error."""
    cells = [{**code_cell(b, []), "id": f"cell-{n}"} for n, b in enumerate(blocks, 1)]
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return run_notebook(notebook, blocks, cwd, cuda=cuda, warm=warm)


def run_notebook(
    nb: dict, blocks: list[Block], cwd: Path, *, cuda: bool = False, warm: bool = False
) -> list[Outcome]:
    """Run a page's notebook (its code cells are the blocks) in a fresh kernel, in `cwd`.

    Deprecation and future warnings are errors, bash cells stop at their first failing command,
    each cell has BLOCK_TIMEOUT_S. Return what each block that ran printed, up to the first error.
    `warm`: for a process that runs many pages, the kernel starts warm (cheatsheet/warm_kernel.py).
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb = nbformat.reads(json.dumps(nb), as_version=4)  # a copy, with sources as strings
    nb.cells.insert(0, nbformat.v4.new_code_cell(SETUP))
    code_at = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"][1:]
    for i, block in zip(code_at, blocks, strict=True):
        cell = nb.cells[i]
        tags = [t for t in cell.metadata.get("tags", []) if t != "skip-execution"]
        cell.metadata["tags"] = tags if runs(block, cuda) else [*tags, "skip-execution"]
        if cell.source.startswith("%%bash\n"):
            cell.source = cell.source.replace("\n", "\nset -euo pipefail\n", 1)
    executed: list[int] = []
    if managers := warm_kernel.kernel_manager_class() if warm else None:
        kernel = {"kernel_manager_class": managers, "kernel_name": warm_kernel.KERNEL_NAME}
    else:
        kernel = {"kernel_name": kernel_name()}
    client = NotebookClient(
        nb,
        **kernel,
        timeout=BLOCK_TIMEOUT_S,
        shutdown_kernel="immediate",  # "graceful" sometimes waits seconds for nothing
        resources={"metadata": {"path": str(cwd)}},
        on_cell_execute=lambda cell, cell_index: executed.append(cell_index),
    )
    error = None
    try:
        client.execute()
    except CellTimeoutError:
        error = f"the block did not finish in {BLOCK_TIMEOUT_S} s (timeout)"
    except CellExecutionError as failure:
        error = ANSI.sub("", str(failure)).strip()
    outcomes = [
        Outcome(block, stdout_of(nb.cells[i]), None)
        for i, block in zip(code_at, blocks, strict=True)
        if i in executed
    ]
    if error and executed == [0]:
        raise RuntimeError(f"the test's setup cell failed: {error}")
    if error and outcomes:
        where = outcomes[-1].block.where  # the traceback's "Cell In[3], line 2", on the page
        outcomes[-1].error = f"{where}: " + CELL_LINE.sub(f"{where}, block line \\1", error)
    return outcomes


SETUP = """\
def _setup():  # the test's setup: a function, so that the page's namespace stays clean
    import os, re, sys, warnings

    for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
        warnings.simplefilter("error", category)
    for message, category in {torch_internal}:  # torch's own, not the page's
        warnings.filterwarnings("ignore", re.escape(message), category)
    # the venv's tools (dvc, pip, jupyter) first on PATH, as in an activated venv
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")  # no telemetry: the tests stay offline
    _cut_the_network()


def _cut_the_network():  # a page's code runs offline: any other host than this one is refused
    import socket

    refused = "network access refused: a page's code must run offline"
    refused += " (build data and models locally)"
    local = ("localhost", "127.", "::1", "0.0.0.0")
    lookup = socket.getaddrinfo
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def is_local(host):
        return host is None or (isinstance(host, str) and host.startswith(local))

    def getaddrinfo(host, *args, **kwargs):
        if not is_local(host if not isinstance(host, bytes) else host.decode()):
            raise socket.gaierror(f"{refused}; this block looked up {host!r}")
        return lookup(host, *args, **kwargs)

    def checked(method):
        def call(self, address):
            if self.family != socket.AF_UNIX and not is_local(address[0]):
                raise ConnectionRefusedError(f"{refused}; this block tried to reach {address!r}")
            return method(self, address)

        return call

    socket.getaddrinfo = getaddrinfo
    socket.socket.connect, socket.socket.connect_ex = checked(connect), checked(connect_ex)

_setup()
del _setup, _cut_the_network
"""
SETUP = SETUP.replace(
    "{torch_internal}",
    "[" + ", ".join(f"({m!r}, {c.__name__})" for m, c in TORCH_INTERNAL_WARNINGS.items()) + "]",
)


ANSI = re.compile(r"\x1b\[[0-9;]*m")
CELL_LINE = re.compile(r"Cell In\[\d+\], line (\d+)")


def stdout_of(cell: dict) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("name") == "stdout")


@cache
def kernel_name() -> str:
    """Return the name of a kernel running this interpreter, installing its spec if it lacks."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        subprocess.run(
            [sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
            check=True,
            capture_output=True,
        )
    return "python3"


def code_cell(block: Block, tags: list[str]) -> dict:
    """Return the notebook cell of a block: its code, bash under %%bash."""
    code = f"%%bash\n{block.code}" if block.syntax in {"bash", "sh"} else block.code
    return {
        "cell_type": "code",
        "metadata": {"tags": tags} if tags else {},
        "execution_count": None,
        "outputs": [],
        "source": code.rstrip("\n"),
    }
