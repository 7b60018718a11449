"""How the site's search answers the questions learners ask (tests/questions.toml), per language.

For each question answered on the site, asked of the search box's own worker: is the answering
page the first page, and is an answering anchor among the first three results (every link of the
result list, in order: the page, then its best entries)? The answering anchors are the question's
anchor, and its card's section or its section's cards (a card is the one-line form of the section
it links to). Builds the site (or takes `--site DIR`), prints the shares and the misses, and writes
benchmarks/search_questions.json (or `--out FILE`). `make bench` runs it; the target (issue
"search that answers questions") is 95 % for both.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.reading import built, served, worker_hrefs  # noqa: E402
from cheatsheet.glance import answering_anchors  # noqa: E402

OUT = ROOT / "benchmarks" / "search_questions.json"
QUESTIONS = tomllib.loads((ROOT / "tests" / "questions.toml").read_text(encoding="utf-8"))
HOME = {"fr": "", "en": "en/"}
TARGET = 0.95


def results(page: Page, queries: list[str]) -> list[list[str]]:
    """For each query, the search box's result links as paths and anchors, in order (asked of
    the box's worker: tests/test_browser.py shows on a sample that the box lists the same)."""
    return [
        [
            urlsplit(h).path + (f"#{urlsplit(h).fragment}" if urlsplit(h).fragment else "")
            for group in groups
            for h in group
        ]
        for groups in worker_hrefs(page, queries)
    ]


def measure(site: Path) -> dict[str, object]:
    server, base = served(site)
    figures: dict[str, object] = {}
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path="/usr/bin/chromium")
            for lang, home in HOME.items():
                page = browser.new_page()
                page.goto(base + home, wait_until="networkidle")
                asked = [q for q in QUESTIONS["question"] if q["answered"] != "no"]
                page_first = anchor_top3 = 0
                misses = []
                answered = results(page, [q[lang] for q in asked])
                for q, found in zip(asked, answered, strict=True):
                    want = f"/{home}{q['page'].removesuffix('.md')}/"
                    first = found[0].split("#")[0] if found else None
                    page_ok = first == want
                    doc = ROOT / "docs" / lang / q["page"]
                    text = doc.read_text(encoding="utf-8")
                    right = {f"{want}#{a}" for a in answering_anchors(text, str(doc), q["anchor"])}
                    anchor_ok = bool(right & set(found[:3]))
                    page_first += page_ok
                    anchor_top3 += anchor_ok
                    if not (page_ok and anchor_ok):
                        misses.append(f"{q[lang]!r} -> {found[:3]} (want {want}#{q['anchor']})")
                page.close()
                figures[lang] = {
                    "questions": len(asked),
                    "page_first": page_first / len(asked),
                    "anchor_in_top3": anchor_top3 / len(asked),
                    "misses": misses,
                }
            browser.close()
    finally:
        server.shutdown()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.site:
        figures = measure(args.site)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            figures = measure(built(Path(tmp) / "site"))
    for lang, f in figures.items():
        print(
            f"{lang}: {f['questions']} questions answered on the site; answering page first "
            f"{f['page_first']:.0%}, answering anchor in the first 3 results "
            f"{f['anchor_in_top3']:.0%} (target >= {TARGET:.0%} each)"
        )
        for miss in f["misses"][:10]:
            print(f"  miss: {miss}")
    args.out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
