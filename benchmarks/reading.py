"""What a reader gets from a topic page: tasks answered on the first screen, card code that reads
without wrapping, card length, and the printed cheat sheet's pages (`make bench`).

Builds the site (or takes `--site DIR`), serves it on 127.0.0.1 and measures it in Debian's
chromium; prints each figure with its target (issue "one-line answers") and writes them into
benchmarks/reading.json.
"""

from __future__ import annotations

import functools
import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cheatsheet.answers import count as answers_count  # noqa: E402
from cheatsheet.blocks import OUTPUT_LINE  # noqa: E402
from cheatsheet.glance import card_blocks, runnable_cards  # noqa: E402

OUT = ROOT / "benchmarks" / "reading.json"
SCREENS = {"laptop": (1400, 900), "phone": (390, 844)}
TARGETS = {"laptop": 12, "phone": 5}  # tasks with their code visible, median over topic pages
A4 = {"width": 718, "height": 1032}  # an A4 sheet less the print margins, in CSS pixels

# An answer counts when its whole line is on screen; a card when its first code block or table is.
VISIBLE_TASKS = """() => {
  const h = innerHeight, w = innerWidth;
  const whole = e => { const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= h && r.left >= 0 && r.right <= w; };
  const answers = [...document.querySelectorAll("article .answers li")].filter(whole).length;
  const cards = [...document.querySelectorAll("article .glance > div")]
    .map(c => c.querySelector("pre, table, .katex-display"))
    .filter(e => e && whole(e)).length;
  return answers + cards;
}"""
# Card code lines that the browser lays out on more than one line (wrapped at the card's edge or
# around its copy button): each source line's text range, counted by its distinct line tops.
WRAPPED_LINES = """() => {
  let lines = 0, wrapped = 0;
  const range = document.createRange();
  const measure = (start, end, text) => {
    if (!text.trim()) return;
    lines += 1;
    range.setStart(...start);
    range.setEnd(...end);
    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
      .map(r => Math.round(r.top)));
    if (tops.size > 1) wrapped += 1;
  };
  for (const code of document.querySelectorAll("article .glance pre > code")) {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    let start = null, text = "", last = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (node.data[i] === "\\n") {
          if (start) measure(start, [node, i], text);
          start = null; text = "";
        } else {
          start = start || [node, i];
          text += node.data[i];
        }
      }
      last = node;
    }
    if (start) measure(start, [last, last.data.length], text);
  }
  return [lines, wrapped];
}"""


def topic_pages(lang: str) -> list[Path]:
    return sorted(p for p in (ROOT / "docs" / lang).glob("*.md") if p.name != "index.md")


def card_lines(page: Path) -> list[int]:
    """Code lines of each card of the page's quick reference (no output, comment or blank line)."""
    return [
        sum(
            1
            for line in block.code.splitlines()
            if line.strip() and not line.lstrip().startswith("#") and not OUTPUT_LINE.match(line)
        )
        for _, block in card_blocks(page)
    ]


def cards_run_alone(pages: list[Path]) -> int:
    """The Python cards a reader can copy alone: tests/test_cards_alone.py runs each of them."""
    return sum(len(runnable_cards(page)) for page in pages)


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def served(site: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = functools.partial(Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def search_hrefs(page: Page, query: str) -> list[str]:
    """Type a query into Material's search box of an open page; return the result links' hrefs
    (pages and their entries) once the list has settled, [] when the box says nothing matches."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    links = page.locator(".md-search-result__list a")
    if box.input_value():  # the last query: clear it, its results and its answer
        answer = meta.text_content() or ""
        box.fill("")
        box.press("End")
        expect(links).to_have_count(0)
        # else, when the next query's answer reads as the last one ("No matching documents"),
        # a busy page could be read before it cleared, and the wait below would never end
        expect(meta).not_to_have_text(answer)
    box.click()
    waiting = meta.text_content()  # "Type to start searching", until a query's answer
    box.fill(query)  # the whole query at once: one search, not one per key
    box.press("End")  # Material reads the query on keyup
    page.wait_for_function("([meta, text]) => meta.textContent !== text",
                           arg=[meta.element_handle(), waiting])  # fmt: skip
    found: list[str] = []
    while (now := links.evaluate_all("links => links.map(a => a.href)")) != found:
        found = now  # Material renders the list after the count: wait until it holds
        page.wait_for_timeout(50)
    return found


# The answers of the search box's own worker (Material's worker script, with the site's engine,
# cheatsheet/search.py), asked directly in the open page: Material's messages (SETUP with the
# language's index, then one QUERY per query) and its rendering of a result (the page's own entry
# first, then its other entries in order; the first ten pages until the list is scrolled), so the
# links come in the order the box lists them. A whole list of queries takes a second, where typing
# each into the box takes a fifth of one: tests/test_browser.py checks on a sample that the box
# shows exactly these links.
WORKER_LINKS = """async queries => {
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)
  const index = await (await fetch(new URL("search/search_index.json", base))).json()
  const worker = new Worker(new URL(config.search, base))
  const reply = () =>
    new Promise(done => worker.addEventListener("message", e => done(e.data), { once: true }))
  const ready = reply()
  const { config: settings, docs } = index
  worker.postMessage({ type: 0, data: { config: settings, docs, options: { suggest: false } } })
  await ready
  const found = []
  for (const query of queries) {
    const answer = reply()
    worker.postMessage({ type: 2, data: query })
    const { items } = (await answer).data
    found.push(items.slice(0, 10).map(group => {
      const hrefs = group.map(entry => `${new URL(entry.location, base)}`)
      const [own] = hrefs.splice(hrefs.findIndex(href => !href.includes("#")), 1)
      return [own, ...hrefs]
    }))
  }
  worker.terminate()
  return found
}"""


def worker_hrefs(page: Page, queries: list[str]) -> list[list[list[str]]]:
    """For each query, the hrefs the search box of the open page would list (WORKER_LINKS), one
    list per page of the result: the page's own link, then its entries'."""
    return page.evaluate(WORKER_LINKS, queries)


def pdf_pages(page: Page, url: str) -> int:
    page.set_viewport_size(A4)
    page.goto(url, wait_until="load")
    page.emulate_media(media="print")
    return len(re.findall(rb"/Type\s*/Page\b", page.pdf(format="A4")))


def measure(site: Path) -> dict[str, object]:
    server, base = served(site)
    figures: dict[str, object] = {}
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path="/usr/bin/chromium")
            for lang, home in (("en", "en/"), ("fr", "")):
                pages = topic_pages(lang)
                per_page: dict[str, dict[str, int]] = {p.stem: {} for p in pages}
                lines = wrapped = 0
                for screen, (width, height) in SCREENS.items():
                    tab = browser.new_page(viewport={"width": width, "height": height})
                    for doc in pages:
                        tab.goto(f"{base}{home}{doc.stem}/", wait_until="load")
                        per_page[doc.stem][screen] = tab.evaluate(VISIBLE_TASKS)
                        if screen == "laptop":
                            n, w = tab.evaluate(WRAPPED_LINES)
                            lines, wrapped = lines + n, wrapped + w
                    tab.close()
                tab = browser.new_page()
                sheet = pdf_pages(tab, f"{base}{home}cheatsheet/")
                tab.close()
                cards = [n for doc in pages for n in card_lines(doc)]
                figures[lang] = {
                    "first_screen": {
                        s: statistics.median(v[s] for v in per_page.values()) for s in SCREENS
                    },
                    "per_page": per_page,
                    "answers": {doc.stem: answers_count(doc) for doc in pages},
                    "card_lines_median": statistics.median(cards),
                    "cards": len(cards),
                    "cards_run_alone": cards_run_alone(pages),
                    "card_code_lines": lines,
                    "card_code_lines_wrapped": wrapped,
                    "printed_sheet_pages": sheet,
                }
            browser.close()
    finally:
        server.shutdown()
    return figures


def report(figures: dict[str, object]) -> None:
    for lang, f in figures.items():
        print(f"{lang}:")
        for screen, target in TARGETS.items():
            value = f["first_screen"][screen]
            verdict = "met" if value >= target else "MISSED"
            print(f"  tasks on the first screen, {screen:<6} median {value:5.1f}", end="")
            print(f"  target >= {target}  {verdict}")
        low = {p: v["laptop"] for p, v in f["per_page"].items() if v["laptop"] < TARGETS["laptop"]}
        print(f"  pages under the laptop target: {low or 'none'}")
        share = 1 - f["card_code_lines_wrapped"] / max(f["card_code_lines"], 1)
        print(
            f"  card code lines that fit at 1400 px: {share:.1%} "
            f"({f['card_code_lines_wrapped']} of {f['card_code_lines']} wrap)  target >= 95%"
        )
        median = f["card_lines_median"]
        print(f"  card code lines, median over {f['cards']} cards: {median}  target <= 5")
        print(f"  Python cards run alone by the tests: {f['cards_run_alone']}")
        print(f"  printed cheat sheet: {f['printed_sheet_pages']} A4 pages  target <= 30")
        answers = f["answers"]
        print(f"  one-line answers: {sum(answers.values())} (fewest: {min(answers.values())})")


def built(dest: Path) -> Path:
    """The site of `--site DIR` if given, else both languages built into `dest`."""
    if "--site" in sys.argv:
        return Path(sys.argv[sys.argv.index("--site") + 1])
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(dest)]
    subprocess.run(command, cwd=ROOT, check=True)
    return dest


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(built(Path(tmp) / "site"))
    report(figures)
    OUT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
