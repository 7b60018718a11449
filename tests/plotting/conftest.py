"""Run a plotting snippet as one page language shows it, in a folder of its own."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

from cheatsheet.includes import expand
from cheatsheet.localize import localize_code
from cheatsheet.project import ROOT

SNIPPETS = ROOT / "snippets" / "plotting"


@dataclass
class Run:
    """A snippet executed with one language's lines, and the folder it wrote figures to."""

    lang: str
    folder: Path
    namespace: dict[str, object]

    def __getitem__(self, name: str) -> object:
        return self.namespace[name]

    def png(self, name: str) -> Path:
        """Return the PNG figure after checking it exists and is not one flat colour."""
        path = self.folder / "figures" / name
        assert path.is_file(), f"{name} was not written"
        pixels = plt.imread(path)
        assert pixels.ndim == 3 and pixels.std() > 0.05, f"{name} looks blank"
        return path

    def html(self, name: str) -> str:
        """Return a Plotly page after checking it loads plotly.js from its own folder."""
        path = self.folder / "figures" / name
        assert path.is_file(), f"{name} was not written"
        assert (path.parent / "plotly.min.js").stat().st_size > 1_000_000
        text = path.read_text(encoding="utf-8")
        assert '<script charset="utf-8" src="plotly.min.js"></script>' in text
        assert "cdn.plot.ly" not in text
        return text

    def close(self) -> None:
        for value in self.namespace.values():
            if isinstance(value, Figure):
                plt.close(value)


@pytest.fixture(scope="session")
def run_snippet(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Run]:
    """Execute snippets/plotting/<topic>.py keeping the `# [fr]` or `# [en]` lines."""

    def run(topic: str, lang: str) -> Run:
        path = SNIPPETS / f"{topic}.py"
        code = localize_code(path.read_text(encoding="utf-8"), lang, str(path))
        folder = tmp_path_factory.mktemp(f"{topic}-{lang}")
        namespace: dict[str, object] = {"__name__": f"plotting_{topic}_{lang}"}
        with contextlib.chdir(folder), contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code, str(path), "exec"), namespace)
        return Run(lang, folder, namespace)

    return run


@pytest.fixture(scope="module", params=["fr", "en"])
def run(request: pytest.FixtureRequest, run_snippet: Callable[[str, str], Run]) -> Iterator[Run]:
    """The snippet that the test module is named after (test_<topic>.py), run in each language."""
    result = run_snippet(request.path.stem.removeprefix("test_"), request.param)
    yield result
    result.close()


@cache
def page_text(lang: str) -> str:
    """Return docs/<lang>/plotting.md with its includes expanded and localized."""
    return expand((ROOT / "docs" / lang / "plotting.md").read_text(encoding="utf-8"), lang)


@pytest.fixture(scope="session")
def plotting_page() -> Callable[[str], str]:
    return page_text
