"""`make serve` (`mkdocs serve --dirty`, cheatsheet/serving.py): a saved snippet renders again the
pages that include it and no other, a snippet error names its file and line, the next save
recovers, and what a rebuild leaves out (print pages, search index) stays whole."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.site_speed import fetch, served
from cheatsheet.project import ROOT

RENDERED = re.compile(r"(\w\w): rendering again (.+) \(cheatsheet/serving.py\)")
SNIPPET, LINE = "snippets/numpy/creation.py", "evenly spaced values, both ends included"

# What this test reads: the serving and build code, the configuration and theme, which pages
# include which snippet (docs/), and the one snippet it saves. Another snippet cannot change
# what a save of this one renders again; one that breaks the build fails tests/test_build.py.
pytestmark = pytest.mark.inputs(
    "cheatsheet/*.py",
    "hooks.py",
    "mkdocs*.yml",
    "overrides/**/*",
    "docs/**/*",
    "benchmarks/site_speed.py",
    SNIPPET,
    "pyproject.toml",
    "requirements/*",
)


class Server:
    """`make serve`'s command in a copy of the project, its log in a file."""

    def __init__(self, root: Path) -> None:
        with socket.socket() as free:
            free.bind(("127.0.0.1", 0))
            port = free.getsockname()[1]
        self.base, self.log = f"http://127.0.0.1:{port}/", root / "serve.log"
        command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dirty"]
        self.process = subprocess.Popen(
            [*command, "-a", f"127.0.0.1:{port}"],
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("w"),
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        self.seen = 0

    def wait_for(self, path: str, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not served(self.base + path, text):
            assert self.process.poll() is None, self.new_log()
            assert time.monotonic() < deadline, f"{text!r} not on {path}: {self.new_log()}"
            time.sleep(0.2)

    def wait_for_log(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.log.read_text(encoding="utf-8")[self.seen :]:
            assert time.monotonic() < deadline, f"{text!r} not logged: {self.new_log()}"
            time.sleep(0.2)

    def new_log(self) -> str:
        """The log written since the last call."""
        text = self.log.read_text(encoding="utf-8")
        new, self.seen = text[self.seen :], len(text)
        return new


@pytest.fixture
def server(sandbox: Path) -> Iterator[Server]:
    served = Server(sandbox)
    yield served
    served.process.terminate()
    served.process.wait(timeout=30)


def save(root: Path, word: str) -> None:
    snippet = root / SNIPPET
    text = snippet.read_text(encoding="utf-8")
    snippet.write_text(re.sub(f"{LINE}.*", f"{LINE} {word}", text), encoding="utf-8")


def test_a_saved_snippet_renders_again_only_the_pages_that_include_it(
    sandbox: Path, server: Server
) -> None:
    server.wait_for("en/numpy/", "ravel", timeout=900)  # on a fresh clone, figures are made
    index_before = fetch(server.base + "en/search/search_index.json")
    server.new_log()

    save(sandbox, "firstsave")
    server.wait_for("en/numpy/", "firstsave", timeout=60)
    server.wait_for_log("Reloading browsers")
    assert RENDERED.findall(server.new_log()) == [("fr", "numpy.md"), ("en", "numpy.md")]
    assert len(fetch(server.base + "en/print/")) > 1_000_000  # the print page is kept whole
    index = json.loads(fetch(server.base + "en/search/search_index.json"))
    assert index["config"]["lang"] == ["en"]
    assert fetch(server.base + "en/search/search_index.json") == index_before

    text = (sandbox / SNIPPET).read_text(encoding="utf-8")
    line = text[: text.index(LINE)].count("\n") + 2
    (sandbox / SNIPPET).write_text(text.replace(LINE, f"{LINE}\nx = (", 1), encoding="utf-8")
    server.wait_for_log("Fix the snippet.")
    assert f"{SNIPPET}:{line}: syntax error: '(' was never closed (included by" in server.new_log()

    shutil.copyfile(ROOT / SNIPPET, sandbox / SNIPPET)
    save(sandbox, "recovered")
    server.wait_for("en/numpy/", "recovered", timeout=60)
