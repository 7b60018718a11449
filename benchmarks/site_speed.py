"""Time the site side by side on this machine and write benchmarks/site.json.

Figures (issue targets in brackets): our bilingual build vs a plain Material build of the same
expanded Markdown [ratio <= 1.3]; first-visit bytes of the NumPy page vs the same page in the
plain build [<= 1.2x]; search, query typed to first result shown, one word and several words
[<= 300 ms]; Lighthouse's mobile performance score of the print page [>= 80], served compressed
as a static host serves it (Lighthouse from npm, kept in .cache/lighthouse). The contributor's
loop (serve reload, test-suite times) is benchmarks/contributor_loop.py.

Run by `make bench`.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cheatsheet.includes import expand  # noqa: E402
from cheatsheet.project import LANGS  # noqa: E402

T = TypeVar("T")

OUT = ROOT / "benchmarks" / "site.json"
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MPLBACKEND": "Agg"}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEARCHES = {"fr": ["einsum", "entropie", "broadcasting"], "en": ["einsum", "entropy", "perplexity"]}
# Several words, and questions as learners type them (each word is looked up, with slips).
MULTI_WORD = {
    "fr": [
        "valeurs propres",
        "descente de gradient",
        "matrice de confusion",
        "comment fusionner deux DataFrames sur une colonne",
    ],
    "en": [
        "confusion matrix",
        "gradient descent",
        "save a model",
        "how do I merge two DataFrames on a column",
    ],
}
REPEAT = 3
LIGHTHOUSE = "12.8.2"
LIGHTHOUSE_DIR = ROOT / ".cache" / "lighthouse"
# The print page, the heaviest (every section in a row), and the compact sheet beside it.
LIGHTHOUSE_PAGES = ["print/", "cheatsheet/"]


def timed(command: list[str], cwd: Path) -> float:
    """Run a command and return its wall time in seconds; fail loudly if it fails."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def plain_project(dest: Path) -> Path:
    """Write the expanded pages and a plain Material config for each language, without our hooks."""
    for lang in LANGS:
        docs = dest / lang
        for page in (ROOT / "docs" / lang).rglob("*.md"):
            target = docs / page.relative_to(ROOT / "docs" / lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(expand(page.read_text(encoding="utf-8"), lang), encoding="utf-8")
        (dest / f"{lang}.yml").write_text(
            f"site_name: plain\ndocs_dir: {lang}\nsite_dir: site/{lang}\n"
            f"theme: {{name: material, language: {lang}, font: false}}\n"
            "plugins: [search]\nmarkdown_extensions: [admonition, attr_list, md_in_html, tables,"
            " toc, pymdownx.arithmatex, pymdownx.details, pymdownx.highlight,"
            " pymdownx.superfences]\n",
            encoding="utf-8",
        )
    return dest


def build_ratio(plain: Path, ours: Path) -> dict[str, float]:
    """Median wall time of our strict bilingual build and of the two plain builds."""
    our_times = [
        timed([*MKDOCS, "build", "--strict", "-d", str(ours)], ROOT) for _ in range(REPEAT)
    ]
    plain_times = [
        sum(timed([*MKDOCS, "build", "-f", f"{lang}.yml"], plain) for lang in LANGS)
        for _ in range(REPEAT)
    ]
    ours_s, plain_s = statistics.median(our_times), statistics.median(plain_times)
    return {"ours_s": ours_s, "plain_s": plain_s, "ratio": ours_s / plain_s}


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8", "replace")


def served(url: str, text: str) -> bool:
    """Tell whether the page at url holds text yet (False while the server is rebuilding)."""
    try:
        return text in fetch(url)
    except OSError:
        return False


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the request log out of the figures."""


class CompressingHandler(QuietHandler):
    """Send files gzip-compressed to a client that accepts it, as static hosts do."""

    def send_head(self) -> io.BytesIO | None:  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        path = path / "index.html" if path.is_dir() else path
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()  # type: ignore[return-value]
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def http_server(folder: Path, handler_class: type = QuietHandler) -> Iterator[str]:
    """Serve a folder on a free local port and yield its base URL."""
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def first_visit_bytes(browser: object, url: str) -> int:
    """Sum the bodies of every response a fresh browser context loads for one page."""
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    sizes: list[int] = []
    page.on("response", lambda r: sizes.append(len(r.body()) if r.ok else 0))
    page.goto(url, wait_until="networkidle")
    context.close()
    return sum(sizes)


SEARCH_JS = """async (query) => {
  const input = document.querySelector('input.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  const meta = document.querySelector('.md-search-result__meta');
  const type = (text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: text.slice(-1)}));
  };
  const until = async (ok, ms) => {
    const t0 = performance.now();
    while (!ok()) {
      if (performance.now() - t0 > ms) return false;
      await new Promise(r => requestAnimationFrame(r));
    }
    return true;
  };
  input.focus();
  // first a query with no result: the list is then empty, and the index is loaded
  type('qzqzqzqz');
  await until(() => !list.querySelector('.md-search-result__item') && meta.textContent, 10000);
  await new Promise(r => setTimeout(r, 100));
  const start = performance.now();
  type(query);
  const shown = await until(() => list.querySelector('.md-search-result__item'), 5000);
  return shown ? performance.now() - start : -1;
}"""


def search_times(browser: object, base: str, searches: dict[str, list[str]]) -> list[float]:
    """Milliseconds from a query typed to its first result shown, for each query."""
    times = []
    for lang, queries in searches.items():
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(base + ("" if lang == "fr" else "en/"), wait_until="networkidle")
        for query in queries:
            elapsed = page.evaluate(SEARCH_JS, query)
            if elapsed < 0:
                raise RuntimeError(f"search for {query!r} ({lang}) showed no result in 5 s")
            times.append(elapsed)
        page.close()
    return times


def browser_figures(ours: Path, plain: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        with http_server(ours) as base:
            ours_bytes = first_visit_bytes(browser, base + "numpy/")
            searches = search_times(browser, base, SEARCHES)
            several = search_times(browser, base, MULTI_WORD)
        with http_server(plain) as base:
            plain_bytes = first_visit_bytes(browser, base + "numpy/")
        browser.close()
    return {
        "numpy_page_bytes": ours_bytes,
        "plain_page_bytes": plain_bytes,
        "weight_ratio": ours_bytes / plain_bytes,
        "search_median_ms": statistics.median(searches),
        "search_max_ms": max(searches),
        "multi_word_median_ms": statistics.median(several),
        "multi_word_max_ms": max(several),
    }


def lighthouse_cli() -> Path:
    """Install Lighthouse (LIGHTHOUSE) from npm into .cache/lighthouse, once; return its command."""
    cli = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    installed = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "package.json"
    if not cli.exists() or json.loads(installed.read_text("utf-8"))["version"] != LIGHTHOUSE:
        if shutil.which("npm") is None:
            raise RuntimeError("Lighthouse needs npm: apt-get install -y npm")
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        install = ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix"]
        subprocess.run([*install, str(LIGHTHOUSE_DIR), f"lighthouse@{LIGHTHOUSE}"], check=True)
    return cli


def lighthouse_score(cli: Path, url: str, report: Path) -> float:
    """Lighthouse's performance score (0-100) of one page, mobile (its default: a mid-range
    phone, slow 4G and a 4x slower CPU, simulated)."""
    flags = "--chrome-flags=" + " ".join(CHROMIUM_ARGS)
    command = [str(cli), url, "--only-categories=performance", "--output=json", "--quiet"]
    env = {**ENV, "CHROME_PATH": shutil.which("chromium") or "chromium"}
    subprocess.run([*command, f"--output-path={report}", flags], check=True, env=env)
    return 100 * json.loads(report.read_text("utf-8"))["categories"]["performance"]["score"]


def lighthouse_figures(ours: Path) -> dict[str, dict[str, float]]:
    """Median, least and greatest of REPEAT scores for each page of LIGHTHOUSE_PAGES."""
    cli = lighthouse_cli()
    figures = {}
    with http_server(ours, CompressingHandler) as base, tempfile.TemporaryDirectory() as tmp:
        for page in LIGHTHOUSE_PAGES:
            report = Path(tmp) / "report.json"
            scores = [lighthouse_score(cli, base + page, report) for _ in range(REPEAT)]
            figures[page] = {
                "median": statistics.median(scores),
                "min": min(scores),
                "max": max(scores),
            }
    return figures


def guarded(name: str, measure: Callable[[], T]) -> T | None:
    """Run one measurement; on failure print `FAILED (...)` on its own line and go on."""
    try:
        return measure()
    except subprocess.CalledProcessError as error:
        command = " ".join(["python", *map(str, error.cmd[1:])])
        print(f"  {name:<42} FAILED ({command}: exit {error.returncode})", flush=True)
    except Exception as error:  # noqa: BLE001 - any failure is reported, the next figure runs
        print(f"  {name:<42} FAILED ({type(error).__name__}: {error})", flush=True)
    FAILURES.append(name)
    return None


FAILURES: list[str] = []


def row(
    name: str, value: float, target: float, unit: str, detail: str = "", *, least: bool = False
) -> None:
    """Print a figure with its target: at most `target`, or at least it if `least`."""
    verdict = "met" if (value >= target if least else value <= target) else "MISSED"
    bound = ">=" if least else "<="
    print(
        f"  {name:<42} {value:8.2f} {unit:<2} target {bound} {target:g} {unit:<2} {verdict:<6} "
        f"{detail}",
        flush=True,
    )


def main() -> int:
    cores = os.cpu_count()
    machine = f"{platform.machine()}, {cores} cores, Python {platform.python_version()}"
    figures: dict[str, object] = {"machine": machine}
    print(f"site figures on {machine}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain = guarded("plain Material build", lambda: plain_project(Path(tmp) / "plain"))
        name = "bilingual build / plain Material build"
        if plain and (build := guarded(name, lambda: build_ratio(plain, Path(tmp) / "ours"))):
            figures["build"] = build
            detail = f"{build['ours_s']:.2f} s vs {build['plain_s']:.2f} s"
            row(name, build["ratio"], 1.3, "x", detail)
        name = "first-visit bytes, NumPy page / plain"
        if (
            plain
            and "build" in figures
            and (
                web := guarded(name, lambda: browser_figures(Path(tmp) / "ours", plain / "site/fr"))
            )
        ):
            figures["browser"] = web
            detail = f"{web['numpy_page_bytes']:,} B vs {web['plain_page_bytes']:,} B"
            row(name, web["weight_ratio"], 1.2, "x", detail)
            row("search: query typed -> first result", web["search_median_ms"], 300, "ms",
                f"max {web['search_max_ms']:.0f} ms")  # fmt: skip
            row("search, several words -> first result", web["multi_word_median_ms"], 300, "ms",
                f"max {web['multi_word_max_ms']:.0f} ms")  # fmt: skip
        name = "Lighthouse mobile performance, print/"
        if "build" in figures and (
            lh := guarded(name, lambda: lighthouse_figures(Path(tmp) / "ours"))
        ):
            figures["lighthouse"] = lh
            others = "; ".join(f"{p} {lh[p]['median']:.0f}" for p in LIGHTHOUSE_PAGES[1:])
            row(name, lh["print/"]["median"], 80, "", f"min {lh['print/']['min']:.0f}, max "
                f"{lh['print/']['max']:.0f}; {others}", least=True)  # fmt: skip
    OUT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if FAILURES:
        print(f"site_speed.py: {len(FAILURES)} measurement(s) failed: {', '.join(FAILURES)}")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    if shutil.which("chromium") is None:
        sys.exit("site_speed.py needs Debian's chromium: apt-get install -y chromium")
    sys.exit(main())
