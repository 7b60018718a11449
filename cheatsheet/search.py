"""Search: our engine answers Material's search box, over Material's index made richer.

- workers/search-answers.js (with workers/minisearch.js): the engine that ranks the entries,
  loaded first into Material's search worker (why and how: in that file).
- `synonyms:` in a page's front matter: names people type for its topics (ACP for PCA,
  heatmap for carte de chaleur), searchable in the `synonyms` field
  of the page's entry, and shown nowhere.
- the one-line answers (cheatsheet/answers.py): each entry's task and code are searchable in
  the `answers` field of the card or section it links to, so a question lands on that card; the
  list leaves the page's own entry, where it made every long page match every question.
- `keywords:` in a page's front matter: for a card or section (by its anchor), the words people
  type for it when the text says it otherwise ("figure size" for `figsize`); they join the same
  `answers` field, shown nowhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from cheatsheet.answers import entries
from cheatsheet.blocks import ANCHOR
from cheatsheet.project import ROOT, PageError

ENGINE = 'importScripts("minisearch.js", "search-answers.js")'
SYNONYMS = "synonyms"
KEYWORDS = "keywords"
ANSWERS = "answers"
ANSWER_LIST = re.compile(r"^\s*<ul>.*?</ul>", re.S)


def load_search_engine(site: Path) -> None:
    """Make Material's search worker load our engine first (overrides/…/workers), which answers
    its messages in place of Material's lunr search."""
    workers = sorted((site / "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PageError(
            "cheatsheet/search.py: expected one Material search worker in "
            f"{site}/assets/javascripts/workers, "
            f"found {[w.name for w in workers]}; check the worker's name in Material's base.html"
        )
    code = workers[0].read_text(encoding="utf-8")
    if not code.startswith(ENGINE):  # `mkdocs serve --dirty` may keep last build's copy
        workers[0].write_text(f"{ENGINE}\n{code}", encoding="utf-8")


# Front-matter keys that Material or this project reads; any other would be ignored silently.
KEYS = {"title", "description", "template", "hide", "icon", "status", "subtitle", "tags"}
SEARCH_KEYS = {"boost", "exclude"}  # Material's `search:` options


def front_matter(doc: Path) -> dict:
    """A page's front matter; raise PageError naming the line where its YAML does not parse
    (MkDocs would drop it all silently, synonyms and keywords with it)."""
    text = doc.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[3:]:
        return {}
    block = text[4 : text.index("\n---\n", 3) + 1]
    name = doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise PageError(
            f"{name}:{line}: the front matter is not valid YAML "
            f"({getattr(error, 'problem', error)}); quote a value that starts with %, @, `, *, & "
            "or holds ': '"
        ) from error
    if not isinstance(meta, dict):
        raise PageError(f"{name}:2: the front matter must be 'key: value' lines")
    return meta


def page_synonyms(doc: Path) -> list[str]:
    """Return the `synonyms:` of a page's front matter; raise PageError naming its line."""
    text = doc.read_text(encoding="utf-8")
    meta = front_matter(doc)
    name = doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc

    def line_of(key: str) -> int:
        return next((i for i, t in enumerate(text.splitlines(), 1) if t.startswith(key)), 1)

    if unknown := sorted(set(meta) - KEYS - {SYNONYMS, KEYWORDS, "search"}):
        raise PageError(
            f"{name}:{line_of(unknown[0])}: unknown front-matter key '{unknown[0]}:', which the "
            f"build would ignore. Use one of {sorted({*KEYS, SYNONYMS, KEYWORDS, 'search'})}."
        )
    search = meta.get("search", {})
    if unknown := (set(search) - SEARCH_KEYS if isinstance(search, dict) else {str(search)}):
        raise PageError(
            f"{name}:{line_of('search')}: 'search:' takes only {sorted(SEARCH_KEYS)} "
            f"(Material ignores {sorted(unknown)}); list the words people type in 'synonyms:'."
        )
    words = meta.get(SYNONYMS, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise PageError(
            f"{name}:{line_of(SYNONYMS)}: 'synonyms:' must be a list of words or phrases, "
            "e.g. synonyms: [ACP, PCA, analyse en composantes principales]"
        )
    return words


def page_keywords(doc: Path) -> dict[str, str]:
    """Return the `keywords:` of a page's front matter (anchor -> words people type for it);
    raise PageError naming the line of a malformed entry or an anchor no heading has."""
    text = doc.read_text(encoding="utf-8")
    found = front_matter(doc).get(KEYWORDS, {})
    name = doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc
    lines = text.splitlines()
    start = next((i for i, t in enumerate(lines, 1) if t.startswith(f"{KEYWORDS}:")), 1)
    if not isinstance(found, dict):
        raise PageError(
            f"{name}:{start}: 'keywords:' maps a card or section anchor to the words people type "
            "for it, e.g. keywords: {glance-figure: figure size, change the size of a plot}"
        )
    anchors = set(ANCHOR.findall(text))
    for anchor, words in found.items():
        line = next(
            (i for i, t in enumerate(lines, 1) if t.strip().startswith(f"{anchor}:")), start
        )
        if anchor not in anchors:
            raise PageError(f"{name}:{line}: keywords for #{anchor}, which no heading has.")
        if not isinstance(words, str) or not words.strip():
            raise PageError(f"{name}:{line}: keywords for #{anchor} must be words, in one line.")
    return found


def page_location(doc: Path, lang: str) -> str:
    """docs/<lang>/numpy.md -> `numpy/`, the location of the page's entry in the index."""
    name = doc.relative_to(ROOT / "docs" / lang).with_suffix("").as_posix()
    return "" if name == "index" else name.removesuffix("/index") + "/"


def enrich_index(site: Path, lang: str) -> None:
    """Give Material's search/search_index.json what our engine searches besides the text: each
    page's synonyms on its own entry; its one-line answers and keywords on the entries they
    link to (the answers leave the page's own entry)."""
    index_file = site / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    by_location = {entry["location"]: entry for entry in index["docs"]}
    for doc in sorted((ROOT / "docs" / lang).glob("**/*.md")):
        name = f"docs/{lang}/{doc.relative_to(ROOT / 'docs' / lang).as_posix()}"
        if (page := by_location.get(page_location(doc, lang))) is None:
            raise PageError(f"cheatsheet/search.py: no search entry for the page {name}")
        if words := page_synonyms(doc):
            page[SYNONYMS] = " ".join(words)
        for anchor, words in page_keywords(doc).items():
            target = by_location[f"{page['location']}#{anchor}"]
            target[ANSWERS] = f"{target.get(ANSWERS, '')} {words}".strip()
        move_answers(doc, name, page, by_location)
    index_file.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")


def move_answers(doc: Path, name: str, page: dict, by_location: dict[str, dict]) -> None:
    """Move a page's one-line answers from its own entry to the entries they link to."""
    if not (mine := entries(doc.read_text(encoding="utf-8"), name)):
        return
    found = ANSWER_LIST.match(page["text"])
    if not found or found[0].count("<li>") != len(mine):
        raise PageError(
            f"{name}: the page's search entry does not start with its {len(mine)} one-line "
            "answers (cheatsheet/search.py reads them there); keep them right under the title."
        )
    page["text"] = page["text"][found.end() :].lstrip()
    for number, task, anchor, code, _ in mine:
        if (target := by_location.get(f"{page['location']}#{anchor}")) is None:
            raise PageError(f"{name}:{number}: no search entry for #{anchor}")
        words = " ".join([task, *code])
        target[ANSWERS] = f"{target.get(ANSWERS, '')} {words}".strip()
