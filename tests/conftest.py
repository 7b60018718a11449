"""Shared fixtures, and the per-language count of page blocks printed after the run."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cheatsheet import run_cache  # noqa: E402

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DVC_NO_ANALYTICS", "1")  # the git page runs dvc: no telemetry

RUN_COUNTS: Counter[str] = Counter()
BLOCK_COUNTS: Counter[tuple[str, str]] = Counter()
STATE = run_cache.project_state()  # the state of the project's files and tools at the start
PASSED: set[str] = set()  # tests that passed in this run
FAILED: set[str] = set()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the tests that passed before with the project exactly as it is now."""
    known = run_cache.passed_before(STATE) if STATE else set()
    left_out = [item for item in items if item.nodeid in known]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item.nodeid not in known]
    if hasattr(config, "workeroutput"):  # an xdist worker: tell the controller
        config.workeroutput["passed_before"] = len(left_out)
    RUN_COUNTS["tests:passed before"] = len(left_out)


def pytest_testnodedown(node: object, error: object) -> None:
    """xdist: every worker collected every test, and left out the same ones."""
    output = getattr(node, "workeroutput", {})
    RUN_COUNTS["tests:passed before"] = output.get("passed_before", 0)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Note which tests pass; add up the blocks each page test ran or skipped (xdist sends
    user_properties here)."""
    if report.failed or report.skipped:
        FAILED.add(report.nodeid)  # a skip is not a pass: a skipped test runs again next time
    elif report.when == "call":
        PASSED.add(report.nodeid)
    if report.when == "call":
        for name, value in report.user_properties:
            if name.startswith("blocks:"):
                _, lang, kind = name.split(":")
                BLOCK_COUNTS[lang, kind] += int(value)
            elif name.startswith(("pages:", "cards:")):
                RUN_COUNTS[name] += int(value)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not BLOCK_COUNTS:
        return
    terminalreporter.section("page code blocks")
    for lang in ("fr", "en"):
        ran, skipped = BLOCK_COUNTS[lang, "ran"], BLOCK_COUNTS[lang, "skipped"]
        shared = BLOCK_COUNTS[lang, "shared"]
        same = f" ({shared} in the English run: the same code, comments aside)" if shared else ""
        terminalreporter.write_line(
            f"{lang}: {ran} blocks ran{same}, {skipped} skipped with a reason"
        )


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Keep this run's passes, if no file of the project changed while it ran."""
    if STATE and not hasattr(session.config, "workerinput") and run_cache.project_state() == STATE:
        run_cache.keep_passes(STATE, PASSED - FAILED)


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run's last line: how many page notebooks and cards ran, and how many were reused
    from .cache/runs/ (cheatsheet/run_cache.py) because nothing they depend on changed; how
    many tests were left out, having passed before with the same project."""
    if hasattr(config, "workerinput") or not RUN_COUNTS:
        return  # an xdist worker: the controller adds up and prints
    print(
        f"page notebooks: {RUN_COUNTS['pages:ran']} ran, {RUN_COUNTS['pages:cached']} from the "
        f"cache; cards alone: {RUN_COUNTS['cards:ran']} ran, {RUN_COUNTS['cards:cached']} from "
        f"the cache; {RUN_COUNTS['tests:passed before']} tests not run, passed before with the "
        "same files and tools"
    )


COPIED = [
    "docs",
    "snippets",
    "overrides",
    "benchmarks",
    "hooks.py",
    "cheatsheet",
    "conftest.py",
    "pyproject.toml",
    "mkdocs.yml",
    "mkdocs.en.yml",
    "Makefile",
]


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """Copy what the build needs into a folder of its own, where breaking things is safe."""
    root = tmp_path / "repo"
    root.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    (ROOT / ".cache").mkdir(exist_ok=True)
    (root / ".cache").symlink_to(ROOT / ".cache")  # figures already made stay made
    return root


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in its own folder, so that snippets writing files leave the repo clean."""
    monkeypatch.chdir(tmp_path)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """Build both languages once with `mkdocs build --strict`; serve them on 127.0.0.1.

    Return the site folder and its address. The build's site_url is that address: Material's
    language selector looks the current page up in the other language's sitemap.xml.
    """
    site = tmp_path_factory.mktemp("site")
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site))
    )
    base = f"http://127.0.0.1:{server.server_port}/"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SITE_URL": base},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, base
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def built_site(served_site: tuple[Path, str]) -> Path:
    """The site folder of `served_site`: both languages, built with `mkdocs build --strict`."""
    return served_site[0]
