"""Time a contributor's loop on this machine and write benchmarks/loop.json.

Figures (issue 32's targets in brackets): under `make serve`, from saving a snippet to the
English page showing it [<= 2 s], and from saving a page's prose to the page showing it
[<= 1.5 s], median of 5 saves each; `make test` again with nothing changed [<= 60 s] and after
one snippet edit [<= 120 s]; the fresh clone's `.ci/run` [<= 8 min].

Run by `make bench`; `--skip-tests` leaves out the three test-suite timings (an hour in all),
`--skip-fresh-clone` the last one.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import site_speed
from site_speed import ENV, MKDOCS, ROOT, guarded, row, served, timed

OUT = ROOT / "benchmarks" / "loop.json"
SAVES = 5
SNIPPET = ROOT / "snippets/numpy/reshaping.py"
SNIPPET_LINE = "writing to it writes to m"  # a comment of a region the NumPy pages include
PROSE = ROOT / "docs/en/numpy.md"
PROSE_LINE = "# NumPy operations {"  # the page's title
TEST_COMMAND = [sys.executable, "-m", "pytest", "-n", "2"]  # make test's
TEST_COMMAND += ["-q", "-p", "no:cacheprovider"]


def marker() -> str:
    # letters only: a number in a snippet comment fails the build (cheatsheet/blocks.py)
    return "reloadcheck" + "".join(random.choices(string.ascii_lowercase, k=12))


@contextmanager
def edited(path: Path) -> Iterator[str]:
    """Yield the file's text; put it back afterwards, whatever happens."""
    original = path.read_text(encoding="utf-8")
    try:
        yield original
    finally:
        path.write_text(original, encoding="utf-8")


def reload_times(url: str, path: Path, line: str) -> list[float]:
    """Save `path` with a new word after `line`, SAVES times; the seconds until `url` shows it."""
    times = []
    with edited(path) as original:
        for _ in range(SAVES):
            word = marker()
            start = time.perf_counter()
            path.write_text(original.replace(line, f"{line} {word}", 1), encoding="utf-8")
            while not served(url, word):
                if time.perf_counter() - start > 60:
                    raise TimeoutError(f"make serve did not show the change to {path} within 60 s")
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
            path.write_text(original, encoding="utf-8")
            time.sleep(3)  # let the rebuild of the restored file finish
    return times


def serve_reload(port: int = 8765) -> dict[str, float]:
    """Under `make serve`'s command, the time from a save to the changed page being served."""
    url = f"http://127.0.0.1:{port}/en/numpy/"
    serve = [*MKDOCS, "serve", "--strict", "--dirty", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(serve, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 180
        while not served(url, "ravel"):
            if time.monotonic() > deadline:
                raise TimeoutError("make serve did not serve the NumPy page within 180 s")
            time.sleep(0.2)
        snippet = reload_times(url, SNIPPET, SNIPPET_LINE)
        prose = reload_times(url, PROSE, PROSE_LINE)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "snippet_median_s": statistics.median(snippet),
        "snippet_max_s": max(snippet),
        "prose_median_s": statistics.median(prose),
        "prose_max_s": max(prose),
    }


def warm_tests() -> dict[str, float]:
    """`make test`'s command with nothing changed (after one run that fills the caches), then
    after one snippet edit (a comment of a NumPy region: the pages and cards that show it)."""
    subprocess.run(TEST_COMMAND, cwd=ROOT, env=ENV, capture_output=True)  # fills the caches
    unchanged = timed(TEST_COMMAND, ROOT)
    with edited(SNIPPET) as original:
        SNIPPET.write_text(original.replace(SNIPPET_LINE, f"{SNIPPET_LINE} {marker()}", 1))
        one_edit = timed(TEST_COMMAND, ROOT)
    return {"unchanged_s": unchanged, "one_edit_s": one_edit}


def fresh_clone() -> float:
    """`.ci/run` on a clone of this repository's HEAD, as CI runs it (empty caches, new .venv)."""
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        return timed(["env", "CI=true", "bash", ".ci/run"], clone)


def main() -> int:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"contributor loop on {machine}", flush=True)
    figures: dict[str, object] = {"machine": machine}
    name = "serve: snippet saved -> page shown"
    if reload := guarded(name, serve_reload):
        figures["reload"] = reload
        row(name, reload["snippet_median_s"], 2.0, "s", f"max {reload['snippet_max_s']:.2f} s")
        row("serve: prose saved -> page shown", reload["prose_median_s"], 1.5, "s",
            f"max {reload['prose_max_s']:.2f} s")  # fmt: skip
    if "--skip-tests" not in sys.argv:
        name = "make test, nothing changed"
        if tests := guarded(name, warm_tests):
            figures["tests"] = tests
            row(name, tests["unchanged_s"], 60, "s")
            row("make test, one snippet edited", tests["one_edit_s"], 120, "s")
        name = "fresh clone, .ci/run"
        if "--skip-fresh-clone" in sys.argv:
            print(f"  {name:<42} not measured (--skip-fresh-clone)")
        elif (fresh := guarded(name, fresh_clone)) is not None:
            figures["fresh_clone_s"] = fresh
            row(name, fresh / 60, 8, "min")
    OUT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if site_speed.FAILURES:
        print(f"contributor_loop.py: {len(site_speed.FAILURES)} measurement(s) failed")
    return 1 if site_speed.FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
