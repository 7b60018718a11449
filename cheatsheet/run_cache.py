"""What a run printed, remembered under .cache/runs/ and keyed by everything it depends on.

A page's notebook (tests/test_pages.py) and a card copied alone (tests/test_cards_alone.py) run
again only when their key changes: the exact code that runs (a page's expanded, localized
blocks, comments and `#>` lines included), the kernel's set-up (warnings as errors, the network
cut), the lock files, the Python version, the installed torch build and the git the shell blocks
call. Their blocks run in an empty temporary folder, so they read no other file of the project.

Only a clean run is kept: a failure runs again next time. An entry is a JSON file that holds its
own key; one that cannot be read, or whose key or shape is not what was asked, is ignored and
replaced. `CHEATSHEET_RUN_CACHE=0` turns the cache off (CI on a fresh clone starts with it empty).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from functools import cache
from importlib.metadata import version

from cheatsheet.blocks import Block
from cheatsheet.kernel import SETUP, code_cell, runs
from cheatsheet.project import ROOT

CACHE = ROOT / ".cache" / "runs"
FORMAT = 1  # bump when what an entry holds changes
LOCKS = ("requirements/cpu.lock", "requirements/gpu.lock", "requirements/torch-cpu.txt")


def enabled() -> bool:
    return os.environ.get("CHEATSHEET_RUN_CACHE", "1") != "0"


@cache
def environment() -> str:
    """The part of every key that the machine gives: locks, Python, torch build, git."""
    locks = [(ROOT / name).read_bytes() if (ROOT / name).exists() else b"" for name in LOCKS]
    git = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False)
    parts = [hashlib.sha256(b"".join(locks)).hexdigest(), sys.version, version("torch")]
    return "\0".join([*parts, git.stdout.strip()])


def key(kind: str, *parts: str) -> str:
    """The key of one run: its kind ("page", "card"), what it runs, and the environment."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), kind, environment(), *parts):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def load(run_key: str, count: int) -> list[dict] | None:
    """The results of the run `run_key` (one dict per block), or None to run it again."""
    if not enabled():
        return None
    try:
        entry = json.loads((CACHE / f"{run_key}.json").read_text(encoding="utf-8"))
        results = entry["results"]
        valid = entry["key"] == run_key and isinstance(results, list) and len(results) == count
        return results if valid and all(isinstance(r, dict) for r in results) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent, corrupted or foreign: the run starts afresh and replaces it


def save(run_key: str, results: list[dict]) -> None:
    """Keep a clean run's results; written whole, then renamed, so a reader never sees half."""
    if not enabled():
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{run_key}.json"
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps({"key": run_key, "results": results}), encoding="utf-8")
    partial.replace(path)


def page_key(blocks: list[Block], cuda: bool) -> str:
    """The key of a page's notebook run: its cells' code, which of them run, the kernel's set-up."""
    which = str([runs(b, cuda) for b in blocks])
    return key("page", SETUP, str(cuda), which, *(code_cell(b, [])["source"] for b in blocks))
