"""What a run printed, remembered under .cache/runs/ and keyed by everything it depends on.

A page's notebook (tests/test_pages.py) and a card copied alone (tests/test_cards_alone.py) run
again only when their key changes: the exact code that runs (a page's expanded, localized
blocks, comments and `#>` lines included), the kernel's set-up (warnings as errors, the network
cut), the lock files, the Python version, the installed torch build and the git the shell blocks
call. Their blocks run in an empty temporary folder, so they read no other file of the project.

Coarser, the tests' passes (tests/conftest.py): a test that passed with every file of the project
(as git sees them), the environment and the tools the tests drive exactly as they are now is left
out of the next run; any change to any of them runs every test again.

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
import warnings
from functools import cache
from importlib.metadata import version
from pathlib import Path

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


class IgnoredEntry(UserWarning):
    """A cache entry that cannot be trusted: the run or test it stood for runs again."""


def _ignored(path: Path, why: str) -> None:
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    warnings.warn(f"{name}: {why}; ignored, run again and replaced", IgnoredEntry, stacklevel=3)


def load(run_key: str, count: int) -> list[dict] | None:
    """The results of the run `run_key` (one dict per block), or None to run it again."""
    path = CACHE / f"{run_key}.json"
    if not enabled() or not path.exists():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        results = entry["results"]
        valid = entry["key"] == run_key and isinstance(results, list) and len(results) == count
        if valid and all(isinstance(r, dict) for r in results):
            return results
        _ignored(path, "another run's entry, or not the blocks that run now")
    except (OSError, ValueError, KeyError, TypeError) as error:
        _ignored(path, f"unreadable ({type(error).__name__}), cut short or from an older version")
    return None  # the run starts afresh and replaces it


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


# The tests' passes, kept per state of the whole project (tests/conftest.py): a test that passed
# with every file of the project and the machine's tools as they are now is not run again.
PASSES = ROOT / ".cache" / "passes"
TOOLS = (["chromium", "--version"], ["java", "-version"], ["git", "lfs", "version"])
KEPT_STATES = 20  # the passes of the last states of the project are kept, older ones dropped


def project_state() -> str | None:
    """A digest of every file git would see (tracked, or new and not ignored), the environment
    and the versions of the tools the tests drive; None outside a git work tree."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:
        return None
    digest = hashlib.sha256()
    for name in sorted(n for n in listed.stdout.split(b"\0") if n):
        path = ROOT / name.decode("utf-8", "surrogateescape")
        digest.update(name + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    tools = []
    for command in TOOLS:
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            tools.append(done.stdout + done.stderr)
        except OSError:
            tools.append("")
    vnu = ROOT / ".cache" / "vnu" / "VERSION"  # the Nu Html Checker's jar (.ci/run)
    switches = sorted(f"{k}={v}" for k, v in os.environ.items() if k.startswith("CHEATSHEET_"))
    vnu_version = vnu.read_text(encoding="utf-8") if vnu.is_file() else ""
    return key("passes", digest.hexdigest(), *tools, vnu_version, *switches)


def passed_before(state: str) -> set[str]:
    """The tests (node ids) that passed with this state of the project."""
    path = PASSES / f"{state}.json"
    if not enabled() or not path.exists():
        return set()
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        if entry["key"] == state and isinstance(entry["passed"], list):
            return {n for n in entry["passed"] if isinstance(n, str)}
        _ignored(path, "the passes of another state of the project")
    except (OSError, ValueError, KeyError, TypeError) as error:
        _ignored(path, f"unreadable ({type(error).__name__}), cut short or from an older version")
    return set()  # every test runs


def keep_passes(state: str, passed: set[str]) -> None:
    """Add tests that passed with this state; drop the passes of old states."""
    if not enabled() or not passed:
        return
    PASSES.mkdir(parents=True, exist_ok=True)
    path = PASSES / f"{state}.json"
    everything = sorted(passed | passed_before(state))
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps({"key": state, "passed": everything}), encoding="utf-8")
    partial.replace(path)
    for old in sorted(PASSES.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-KEPT_STATES]:
        old.unlink(missing_ok=True)
