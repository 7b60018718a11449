"""Time the site side by side on this machine and write benchmarks/site.json.

Figures (issue targets in brackets): our bilingual build vs a plain Material build of the same
expanded Markdown [ratio <= 1.3]; reload after saving a snippet under `mkdocs serve` [<= 3 s];
the whole test command [<= 180 s]; first-visit bytes of the NumPy page vs the same page in the
plain build [<= 1.2x]; search, query typed to first result shown [<= 300 ms].

Run by `make bench` (`--skip-tests` leaves out the test-suite timing).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import platform
import random
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from page_blocks import LANGS, expand  # noqa: E402

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
REPEAT = 3


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


def serve_reload(port: int = 8765) -> dict[str, float]:
    """Time from saving a snippet to `mkdocs serve` serving the changed English page."""
    snippet = ROOT / "snippets/numpy/reshaping.py"
    original = snippet.read_text(encoding="utf-8")
    url = f"http://127.0.0.1:{port}/en/numpy/"
    server = subprocess.Popen(
        [*MKDOCS, "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if served(url, "ravel"):
                break
            time.sleep(0.2)
        times = []
        for _ in range(REPEAT):
            # letters only: a number in a comment fails the build (page_blocks)
            marker = "reloadcheck" + "".join(random.choices(string.ascii_lowercase, k=12))
            start = time.perf_counter()
            snippet.write_text(
                original.replace("writing to it writes to m", f"writing to it writes to m {marker}")
            )
            while not served(url, marker):
                if time.perf_counter() - start > 60:
                    raise TimeoutError("mkdocs serve did not reload within 60 s")
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
            snippet.write_text(original, encoding="utf-8")
            time.sleep(3)  # let the reload of the restored file finish
    finally:
        snippet.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return {"median_s": statistics.median(times), "max_s": max(times)}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the request log out of the figures."""


@contextlib.contextmanager
def http_server(folder: Path) -> Iterator[str]:
    """Serve a folder on a free local port and yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
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


def search_times(browser: object, base: str) -> list[float]:
    """Milliseconds from a query typed to its first result shown, for each query."""
    times = []
    for lang, queries in SEARCHES.items():
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
            searches = search_times(browser, base)
        with http_server(plain) as base:
            plain_bytes = first_visit_bytes(browser, base + "numpy/")
        browser.close()
    return {
        "numpy_page_bytes": ours_bytes,
        "plain_page_bytes": plain_bytes,
        "weight_ratio": ours_bytes / plain_bytes,
        "search_median_ms": statistics.median(searches),
        "search_max_ms": max(searches),
    }


def test_suite() -> float:
    return timed([sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "no:cacheprovider"], ROOT)


def main() -> None:
    cores = os.cpu_count()
    machine = f"{platform.machine()}, {cores} cores, Python {platform.python_version()}"
    figures: dict[str, object] = {"machine": machine}
    with tempfile.TemporaryDirectory() as tmp:
        plain = plain_project(Path(tmp) / "plain")
        figures["build"] = build_ratio(plain, Path(tmp) / "ours")
        figures["browser"] = browser_figures(Path(tmp) / "ours", plain / "site/fr")
    figures["reload"] = serve_reload()
    if "--skip-tests" not in sys.argv:
        figures["tests_s"] = test_suite()
    OUT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    report(figures)


def report(f: dict) -> None:  # type: ignore[type-arg]
    rows = [
        (
            "bilingual build / plain Material build",
            f["build"]["ratio"],
            1.3,
            "x",
            f"{f['build']['ours_s']:.2f} s vs {f['build']['plain_s']:.2f} s",
        ),
        (
            "reload after saving a snippet (serve)",
            f["reload"]["median_s"],
            3.0,
            "s",
            f"max {f['reload']['max_s']:.2f} s",
        ),
        (
            "first-visit bytes, NumPy page / plain",
            f["browser"]["weight_ratio"],
            1.2,
            "x",
            f"{f['browser']['numpy_page_bytes']:,} B vs {f['browser']['plain_page_bytes']:,} B",
        ),
        (
            "search: query typed -> first result",
            f["browser"]["search_median_ms"],
            300,
            "ms",
            f"max {f['browser']['search_max_ms']:.0f} ms",
        ),
    ]
    if "tests_s" in f:
        rows.append(("whole test command (pytest -n 2)", f["tests_s"], 180, "s", ""))
    print(f"site figures on {f['machine']}")
    for name, value, target, unit, detail in rows:
        verdict = "met" if value <= target else "MISSED"
        print(
            f"  {name:<42} {value:8.2f} {unit:<2} target <= {target:g} {unit:<2} {verdict:<6} "
            f"{detail}"
        )


if __name__ == "__main__":
    if shutil.which("chromium") is None:
        sys.exit("site_speed.py needs Debian's chromium: apt-get install -y chromium")
    main()
