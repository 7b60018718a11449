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
import re
import subprocess
import sys
import warnings
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from cheatsheet.blocks import Block
from cheatsheet.includes import included
from cheatsheet.kernel import SETUP, code_cell, runs
from cheatsheet.project import ROOT, write_cache

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
    warnings.warn(f"{name}: {why}; ignored, run again and replaced", IgnoredEntry, stacklevel=4)


def _read_entry(path: Path, valid: Callable[[Any], bool], other: str) -> Any | None:
    """The JSON entry at `path` when the cache is on, the entry is there, readable and `valid`;
    otherwise None, with one warning (`other` says why a readable entry is not the one asked)."""
    if not enabled() or not path.exists():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        if valid(entry):
            return entry
        _ignored(path, other)
    except (OSError, ValueError, KeyError, TypeError) as error:
        _ignored(path, f"unreadable ({type(error).__name__}), cut short or from an older version")
    return None  # what it stood for runs again, and a clean run replaces it


def _keep(path: Path, entry: dict) -> None:
    """Write an entry whole, then rename it, so that a reader never sees half of it."""
    if enabled():
        write_cache(path, json.dumps(entry))


def load(run_key: str, count: int) -> list[dict] | None:
    """The results of the run `run_key` (one dict per block), or None to run it again."""

    def valid(entry: Any) -> bool:
        results = entry["results"]
        return (
            entry["key"] == run_key
            and isinstance(results, list)
            and len(results) == count
            and all(isinstance(r, dict) for r in results)
        )

    entry = _read_entry(
        CACHE / f"{run_key}.json", valid, "another run's entry, or not the blocks that run now"
    )
    return None if entry is None else entry["results"]


def save(run_key: str, results: list[dict]) -> None:
    """Keep a clean run's results."""
    _keep(CACHE / f"{run_key}.json", {"key": run_key, "results": results})


def page_key(blocks: list[Block], cuda: bool) -> str:
    """The key of a page's notebook run: its cells' code, which of them run, the kernel's set-up."""
    which = str([runs(b, cuda) for b in blocks])
    return key("page", SETUP, str(cuda), which, *(code_cell(b, [])["source"] for b in blocks))


# The tests' passes, kept per state of the whole project (tests/conftest.py): a test that passed
# with every file of the project and the machine's tools as they are now is not run again.
PASSES = ROOT / ".cache" / "passes"
TOOLS = (["chromium", "--version"], ["java", "-version"], ["git", "lfs", "version"])
KEPT_STATES = 20  # the passes of the last states of the project are kept, older ones dropped


@cache
def _tool_versions() -> tuple[str, ...]:
    found = []
    for command in TOOLS:
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            # stdout, or stderr for java: Debian's chromium script writes to stderr a line that
            # holds the free room of /dev/shm, which varies while the browser tests run
            found.append(done.stdout.strip() or done.stderr.strip())
        except OSError:
            found.append("")
    vnu = ROOT / ".cache" / "vnu" / "VERSION"  # the Nu Html Checker's jar (.ci/run)
    return (*found, vnu.read_text(encoding="utf-8") if vnu.is_file() else "")


def tools() -> tuple[str, ...]:
    """The versions of the tools the tests drive (asked once), and the `CHEATSHEET_*` switches."""
    switches = sorted(f"{k}={v}" for k, v in os.environ.items() if k.startswith("CHEATSHEET_"))
    return (*_tool_versions(), *switches)


def _digest(names: list[str]) -> str:
    """One digest of these files (paths from ROOT) and their contents; a missing one counts."""
    digest = hashlib.sha256()
    for name in sorted(names):
        path = ROOT / name
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update((path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


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
    names = [n.decode("utf-8", "surrogateescape") for n in listed.stdout.split(b"\0") if n]
    return key("passes", _digest(names), *tools())


def passed_before(state: str) -> set[str]:
    """The tests (node ids) that passed with this state of the project."""
    entry = _read_entry(
        PASSES / f"{state}.json",
        lambda e: e["key"] == state and isinstance(e["passed"], list),
        "the passes of another state of the project",
    )
    return set() if entry is None else {n for n in entry["passed"] if isinstance(n, str)}


def keep_passes(state: str, passed: set[str]) -> None:
    """Add tests that passed with this state; drop the passes of old states."""
    if not enabled() or not passed:
        return
    everything = sorted(passed | passed_before(state))
    _keep(PASSES / f"{state}.json", {"key": state, "passed": everything})
    states = [p for p in PASSES.glob("*.json") if p != SCOPED]
    for old in sorted(states, key=lambda p: p.stat().st_mtime)[:-KEPT_STATES]:
        old.unlink(missing_ok=True)


# Finer, for a test that names the files it reads (`@pytest.mark.inputs(glob, ...)`, relative to
# the project; its own module and tests/conftest.py always count): a pass is kept under a key of
# those files, the environment and the tools, so that an edit elsewhere does not run it again.
SCOPED = PASSES / "scoped.json"
ALWAYS = ("tests/conftest.py", "cheatsheet/run_cache.py")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _formatted(field: str) -> Callable[[Any], bool]:
    """Whether an entry is of this version's format and holds a dict under `field`."""
    return lambda entry: entry["format"] == FORMAT and isinstance(entry[field], dict)


def page_inputs(*pages: Path) -> tuple[str, ...]:
    """The `inputs` of a check of these pages' blocks: the pages, the snippet files they include
    and the code that expands them."""
    files = {f for page in pages for f in (page, *included(page))}
    return (*sorted(f.relative_to(ROOT).as_posix() for f in files), "cheatsheet/*.py")


def scoped_key(inputs: tuple[str, ...], module: str) -> str:
    """The key of a scoped test's pass: the files its globs match, its module, the machine."""
    names = {module, *ALWAYS}
    for pattern in inputs:
        found = {
            p.relative_to(ROOT).as_posix()
            for p in ROOT.glob(pattern)
            if p.is_file() and "__pycache__" not in p.parts
        }
        if not found:  # a misspelt glob would keep a pass whatever changes
            raise ValueError(f"{module}: inputs({pattern!r}) matches no file; mend the pattern")
        names |= found
    return key("scoped", _digest(sorted(names)), *tools())


def scoped_passes() -> dict[str, str]:
    """The scoped tests that passed, each with the key it passed under."""
    entry = _read_entry(SCOPED, _formatted("passes"), "the passes of an older version")
    return {} if entry is None else {n: k for n, k in entry["passes"].items() if isinstance(k, str)}


def keep_scoped_passes(passed: dict[str, str]) -> None:
    """Add these passes (node id: key) to the kept ones, replacing a test's older key."""
    if not enabled() or not passed:
        return
    _keep(SCOPED, {"format": FORMAT, "passes": scoped_passes() | passed})


# Finest, for the browser's every-page checks (tests/test_browser.py): a page that passed a check
# is checked again only when its built HTML, the site's shared files (assets, figures) or the
# checking code change.
CHECKED = PASSES / "pages"
SHARED_SITE = ("assets", "figures", "en/assets", "en/figures")


def site_key(site: Path, code: list[Path]) -> str:
    """What every page of a built site shares (its assets and figures), with the checking code,
    the environment and the tools: the common part of each page's key."""
    files = sorted(f for d in SHARED_SITE for f in (site / d).rglob("*") if f.is_file())
    digest = hashlib.sha256()
    named = [(f.relative_to(site).as_posix(), f) for f in files]  # the site's folder varies
    named += [(f"code:{f.name}", f) for f in code]
    for name, path in named:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return key("site", digest.hexdigest(), *tools())


class CheckedPages:
    """The pages of a built site that passed `check` before, as they are now: `unchanged(path)`
    tells (and notes the page's key); `keep()`, once the test passed, keeps every page it noted."""

    def __init__(self, check: str, site: Path, base: str, shared: str) -> None:
        self.path, self.site, self.shared = CHECKED / f"{check}.json", site, shared
        self.base = base.encode()  # the served address, in the HTML: another port each run
        self.noted: dict[str, str] = {}
        self.known = self._load()
        self.skipped = 0

    def _load(self) -> dict[str, str]:
        entry = _read_entry(self.path, _formatted("pages"), "the checks of an older version")
        return (
            {} if entry is None else {p: k for p, k in entry["pages"].items() if isinstance(k, str)}
        )

    def _html(self, path: str) -> bytes:
        html = self.site / path
        if not path or path.endswith("/"):
            html /= "index.html"
        return html.read_bytes().replace(self.base, b"/")

    def unchanged(self, path: str, also: str = "") -> bool:
        """Whether the page at URL path `path` (`en/numpy/`, `404.html`) passed as it is now;
        `also`: what else the check reads, from outside the site."""
        return self._note(path, key("page", self.shared, also, _sha(self._html(path))))

    def unchanged_language(self, lang: str, also: str = "") -> bool:
        """Whether a check that reads one language of the site (en: en/; fr: the rest) passed with
        every file of it as it is now; `also`: what else it reads, from outside the site."""
        english = self.site / "en"
        if lang == "en":
            files = english.rglob("*")
        else:
            files = (f for f in self.site.rglob("*") if not f.is_relative_to(english))
        digest = hashlib.sha256()
        # not a .gz file: its twin, uncompressed, counts, and the address in it cannot be taken out
        for path in sorted(f for f in files if f.is_file() and f.suffix != ".gz"):
            name = path.relative_to(self.site).as_posix().encode()
            digest.update(name + b"\0" + path.read_bytes().replace(self.base, b"/") + b"\0")
        return self._note(f"site:{lang}", key("language", self.shared, also, digest.hexdigest()))

    def _note(self, name: str, now: str) -> bool:
        """Note what `name` is keyed by now; whether it passed with that key (counted if so)."""
        self.noted[name] = now
        same = self.known.get(name) == now
        self.skipped += same
        return same

    def changed_parts(
        self, path: str, part: re.Pattern[bytes], also: str = ""
    ) -> tuple[list[int], int] | None:
        """For a page made of parts (a print page's sections, which `part` matches): None when it
        passed as it is now; otherwise the indexes of the parts that changed since it passed (all
        of them when the rest of the page changed, or a part was added or taken out), and how
        many parts it has; `also`: what else the check reads, from outside the site."""
        if self.unchanged(path, also):
            return None
        html = self._html(path)
        parts = [m.group() for m in part.finditer(html)]
        rest = part.sub(b"<part>", html)  # one mark per part: their count is part of it
        now = {f"{path}#{i}": key("part", self.shared, _sha(p)) for i, p in enumerate(parts)}
        now[f"{path}#rest"] = key("rest", self.shared, also, _sha(rest))
        self.noted |= now
        if self.known.get(f"{path}#rest") != now[f"{path}#rest"]:
            return list(range(len(parts))), len(parts)
        changed = [
            i for i in range(len(parts)) if self.known.get(f"{path}#{i}") != now[f"{path}#{i}"]
        ]
        return changed, len(parts)

    def keep(self) -> None:
        _keep(self.path, {"format": FORMAT, "pages": self.known | self.noted})
