"""Shared fixtures, and the per-language count of page blocks printed after the run."""

from __future__ import annotations

import fcntl
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cheatsheet import run_cache  # noqa: E402

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DVC_NO_ANALYTICS", "1")  # the git page runs dvc: no telemetry
# OpenMP threads (torch, scikit-learn, LightGBM) that wait for work sleep instead of spinning.
# Test workers, kernels and the build share two cores: a spinning thread holds a core that the
# thread it waits for needs, and the models scripts took 105 s beside two busy processes instead
# of 8 s. Same thread count, same results: only the waiting changes.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

RUN_COUNTS: Counter[str] = Counter()
BLOCK_COUNTS: Counter[tuple[str, str]] = Counter()
STATE: str | None = None  # the state of the project's files and tools at the start
SITE: tuple[Path, str]  # the folder the site is built in, and the address it is served at
PASSED: set[str] = set()  # tests that passed in this run
SCOPED: dict[str, str] = {}  # those marked `inputs`: node id -> [key, inputs, module] (JSON)
FAILED: set[str] = set()
BUILDS: list[subprocess.Popen[str]] = []  # the site's build, in the process that started it


def pytest_configure(config: pytest.Config) -> None:
    """Digest the project once, and serve the site that the first test needing it builds (see
    `served_site`): xdist workers get the controller's digest, folder and address."""
    global STATE, SITE
    given = getattr(config, "workerinput", {})
    if "project_state" in given:
        STATE, SITE = given["project_state"], (Path(given["site"]), given["site_base"])
        return
    STATE = run_cache.project_state()
    folder = Path(tempfile.mkdtemp(prefix="cheatsheet-site-"))
    server = QuietServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder / "site"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    SITE = (folder, f"http://127.0.0.1:{server.server_port}/")
    config.add_cleanup(
        lambda: (
            server.shutdown(),
            server.server_close(),
            shutil.rmtree(folder, ignore_errors=True),
        )
    )


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: object) -> None:
    node.workerinput |= {  # type: ignore[attr-defined]
        "project_state": STATE,
        "site": str(SITE[0]),
        "site_base": SITE[1],
    }


def section_inputs(test_file: Path) -> tuple[str, ...]:
    """What the tests of a section (tests/<section>/, beside snippets/<section>/) read: its
    snippets and pages, its own test helpers and the shared ones, the build code (some build a
    page's blocks), the measured figures and the pytest settings; nothing of another section."""
    parts = test_file.relative_to(ROOT / "tests").parts
    if len(parts) < 2 or not (ROOT / "snippets" / parts[0]).is_dir():
        return ()
    section = parts[0]
    return (
        f"snippets/{section}/**/*",
        f"tests/{section}/**/*",
        f"docs/*/{section.replace('_', '-')}*",
        "tests/imports.py",
        "tests/tolerances.py",
        "cheatsheet/*.py",
        "benchmarks/results.json",
        "pyproject.toml",
        "conftest.py",
    )


def needs_site(item: pytest.Item) -> bool:
    return "served_site" in item.fixturenames


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """`-n`: hand the tests out one at a time, in `run_order` (handed out in runs, the eight
    longest browser tests once went to one worker, which ran 141 s after the other stopped);
    but a section's test module as a whole, to one worker: its module fixtures (a script run, a
    model trained) then run once, not once on each worker (45 s of a fresh run)."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class OneAtATime(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::")[0]
            return module if section_inputs(ROOT / module) else nodeid

    config.option.loadscopereorder = False  # keep run_order's order, not the largest unit first
    return OneAtATime(config, log)


def run_order(item: pytest.Item) -> tuple[int, bool]:
    """Tests that wait on the network most of their time first, then those that need no site,
    then those that need the built site: the build runs beside the first two groups, so that no
    test worker waits for it while others could run (xdist hands tests out in this order). In a
    group, the long ones first, so that no worker is left running one at the end."""
    if item.get_closest_marker("network"):
        group = 0
    else:
        group = 2 if needs_site(item) else 1
    return group, not item.get_closest_marker("long")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the tests that passed before with the project exactly as it is now, and the
    tests marked `inputs` (a section's tests are, by `section_inputs`) that passed before with
    the files they name as they are now."""
    for item in items:
        if not item.get_closest_marker("inputs") and (inputs := section_inputs(item.path)):
            item.add_marker(pytest.mark.inputs(*inputs))
    known = run_cache.passed_before(STATE) if STATE else set()
    scoped, keys = run_cache.scoped_passes(), {}
    left_out, by_inputs = [], 0
    for item in items:
        if item.nodeid in known:
            left_out.append(item)
        elif marker := item.get_closest_marker("inputs"):
            scope = (marker.args, Path(str(item.path)).relative_to(ROOT).as_posix())
            if scope not in keys:
                keys[scope] = run_cache.scoped_key(*scope)
            item.user_properties.append(("scoped", json.dumps([keys[scope], *scope])))
            if scoped.get(item.nodeid) == keys[scope]:
                left_out.append(item)
                by_inputs += 1
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]
    items.sort(key=run_order)  # stable: within a group, the files' order
    if hasattr(config, "workeroutput"):  # an xdist worker: tell the controller
        config.workeroutput["passed_before"] = [len(left_out), by_inputs]
    RUN_COUNTS["tests:passed before"] = len(left_out)
    RUN_COUNTS["tests:by inputs"] = by_inputs


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start building the site now if a test that runs needs it (`served_site`)."""
    if not session.config.option.collectonly and any(map(needs_site, session.items)):
        threading.Thread(target=build_site, daemon=True).start()


def pytest_testnodedown(node: object, error: object) -> None:
    """xdist: every worker collected every test, and left out the same ones."""
    output = getattr(node, "workeroutput", {})
    both = output.get("passed_before", [0, 0])
    RUN_COUNTS["tests:passed before"], RUN_COUNTS["tests:by inputs"] = both


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Note which tests pass; add up the blocks each page test ran or skipped (xdist sends
    user_properties here)."""
    if report.failed or report.skipped:
        FAILED.add(report.nodeid)  # a skip is not a pass: a skipped test runs again next time
    elif report.when == "call":
        PASSED.add(report.nodeid)
    if report.when == "teardown":  # the every-page browser checks count after their test
        RUN_COUNTS["checks:unchanged"] += sum(
            int(v) for n, v in report.user_properties if n == "checks:unchanged"
        )
    if report.when == "call":
        for name, value in report.user_properties:
            if name.startswith("blocks:"):
                _, lang, kind = name.split(":")
                BLOCK_COUNTS[lang, kind] += int(value)
            elif name.startswith(("pages:", "cards:")):
                RUN_COUNTS[name] += int(value)
            elif name == "scoped" and report.passed:
                SCOPED[report.nodeid] = value


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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Keep this run's passes, if no file of the project changed while it ran."""
    for build in BUILDS:  # another worker may be waiting for it; an interrupted run is not
        if exitstatus == pytest.ExitCode.INTERRUPTED:
            build.kill()
        build.wait()
    if hasattr(session.config, "workerinput"):
        return  # the controller keeps the passes
    if STATE and run_cache.project_state() == STATE:
        run_cache.keep_passes(STATE, PASSED - FAILED)
    kept, now = {}, {}
    for nodeid, scope in SCOPED.items():  # kept if the files they read did not change meanwhile
        key, inputs, module = json.loads(scope)
        if (scope := (tuple(inputs), module)) not in now:
            now[scope] = run_cache.scoped_key(*scope)
        if nodeid not in FAILED and now[scope] == key:
            kept[nodeid] = key
    run_cache.keep_scoped_passes(kept)


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
        f"same files and tools ({RUN_COUNTS['tests:by inputs']} of them: the files they read); "
        f"{RUN_COUNTS['checks:unchanged']} pages not checked again in the browser, unchanged "
        "since they passed"
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
    "requirements",  # the locks are part of every cache key: the same keys as the project's
]


@pytest.fixture
def sandbox(tmp_path: Path, served_site: tuple[Path, str]) -> Path:
    """Copy what the build needs into a folder of its own, where breaking things is safe. It
    shares .cache/ with the project, which the project's build (`served_site`) fills first: on a
    fresh clone, a sandbox's build then reuses its figures and notebooks instead of making them
    again, at the same time."""
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


class QuietServer(ThreadingHTTPServer):
    """The site's server: a browser that drops a connection (a page left while it loads) is
    not an error worth a traceback in the run's output."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def build_site() -> None:
    """Build both languages into SITE's folder, once per run: the first caller builds, holding a
    lock file, and a later one finds the result (`built`, or the failure's output)."""
    folder, base = SITE
    built, failed = folder / "built", folder / "build-failed.txt"
    with (folder / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if built.exists() or failed.exists():
            return
        build = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(folder / "site")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "SITE_URL": base},
        )
        BUILDS.append(build)
        output, _ = build.communicate()
        if build.returncode:
            failed.write_text(output, encoding="utf-8")
        else:
            built.touch()


@pytest.fixture(scope="session")
def served_site() -> tuple[Path, str]:
    """Both languages, built once per run with `mkdocs build --strict` and served on 127.0.0.1.

    Return the site folder and its address. The build starts when the tests are collected, if
    one of them needs the site (`pytest_collection_finish`), and runs beside the tests that
    do not; a test that needs it waits for it. The run's first process serves it
    (`pytest_configure`). The build's site_url is that address: Material's language selector
    looks the current page up in the other language's sitemap.xml.
    """
    build_site()  # waits for the build under way, or builds
    folder, base = SITE
    failed = folder / "build-failed.txt"
    assert not failed.exists(), failed.read_text(encoding="utf-8")
    return folder / "site", base


@pytest.fixture(scope="session")
def built_site(served_site: tuple[Path, str]) -> Path:
    """The site folder of `served_site`: both languages, built with `mkdocs build --strict`."""
    return served_site[0]
