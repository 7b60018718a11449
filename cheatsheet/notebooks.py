"""Each page's code as a downloadable Jupyter notebook, and its button under the title."""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from cheatsheet.blocks import page_blocks
from cheatsheet.figures import public
from cheatsheet.includes import included
from cheatsheet.kernel import code_cell
from cheatsheet.page_notes import NOTEBOOK, not_run_label, tested_with
from cheatsheet.project import ROOT, write_cache

HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<title>.*?)\s*(?:\{[^}]*\})?\s*$")
H1 = re.compile(r"^# .*$", re.M)
NOTEBOOK_INTRO = {
    "fr": "Le code de la page {page}, dans l'ordre de la page. {tested}.",
    "en": "The code of the page {page}, in page order. {tested}.",
}
# The page's title, linked to its address when the site has a public one (not 127.0.0.1).
PAGE_TITLE = {"fr": "« {title} »", "en": "“{title}”"}


def notebook(page: Path, intro: str, skip_note: str) -> dict | None:
    """Return the page's blocks as a Jupyter notebook (nbformat 4) under its headings, or None."""
    blocks = page_blocks(page)
    if not blocks:
        return None
    lines, fence, events = page.read_text(encoding="utf-8").splitlines(), False, []
    for number, line in enumerate(lines, 1):
        fence = fence != line.lstrip().startswith("```")
        if not fence and (m := HEADING.match(line)):
            events.append((number, len(m["level"]), f"{m['level']} {m['title']}"))
    events += [(b.line, 0, b) for b in blocks]
    cells, headings = [], []
    for _, level, item in sorted(events, key=lambda e: e[0]):
        if level:  # a heading: it replaces the pending headings of its level or below
            headings = [*(h for h in headings if h[0] < level), (level, item)]
            continue
        parts = [h for _, h in headings]
        if not cells:  # the page's introduction goes under its title
            parts.insert(1 if parts and parts[0].startswith("# ") else 0, intro)
        if text := "\n\n".join(parts):
            cells.append({"cell_type": "markdown", "metadata": {}, "source": text})
        headings, tags = [], []
        if item.skip_reason:
            cells.append(
                {
                    "cell_type": "markdown",
                    "metadata": {},
                    "source": f"> ⚠ **{skip_note}** {item.skip_reason}",
                }
            )
            tags = ["gpu", "skip-execution"] if item.gpu else ["skip-execution"]
        cells.append(code_cell(item, tags))
    for number, cell in enumerate(cells, 1):
        cell["id"] = f"cell-{number}"
        cell["source"] = cell["source"].splitlines(keepends=True)
    kernel = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    metadata = {"kernelspec": kernel, "language_info": {"name": "python"}}
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def notebook_uri(src_uri: str, lang: str) -> str:
    """Name the notebook generated for a page: notebooks/<page>-<lang>.ipynb."""
    return f"notebooks/{src_uri.removesuffix('.md')}-{lang}.ipynb"


def add_notebook(page: File, files: Files, config: MkDocsConfig, lang: str) -> None:
    """Generate the page's code as a notebook into the site, when the page has code."""
    m = H1.search(Path(page.abs_src_path).read_text(encoding="utf-8"))
    title = HEADING.match(m[0])["title"] if m else page.src_uri
    url = (config.site_url or "/") + page.url
    named = f"[{title}]({url})" if public(url) else PAGE_TITLE[lang].format(title=title)
    intro = NOTEBOOK_INTRO[lang].format(page=named, tested=tested_with(lang))
    source = Path(page.abs_src_path)
    # the notebook depends on the page, its snippets and the code that writes it (this package)
    inputs = [source, *included(source), *sorted(Path(__file__).parent.glob("*.py"))]
    parts = [p.read_bytes() for p in inputs]  # (a missing snippet fails the build later)
    key = hashlib.sha256(b"\0".join([intro.encode(), *parts]))
    cached = ROOT / ".cache" / "notebooks" / f"{key.hexdigest()[:24]}.json"
    if cached.is_file():
        content = cached.read_text(encoding="utf-8")
    else:
        cells = notebook(source, intro, not_run_label(lang))
        content = json.dumps(cells, ensure_ascii=False, indent=1) + "\n"
        write_cache(cached, content)
    if content != "null\n":  # a page without code has no notebook
        files.append(File.generated(config, notebook_uri(page.src_uri, lang), content=content))


def notebook_button(markdown: str, src_uri: str, files: Files, lang: str) -> str:
    """Put the download button of the page's notebook under its title, when it has one."""
    if not files.get_file_from_path(uri := notebook_uri(src_uri, lang)):
        return markdown
    link = posixpath.relpath(uri, posixpath.dirname(src_uri) or ".")
    button = (
        f"[{NOTEBOOK[lang]}]({link}){{ .md-button .notebook-download "
        f'download="{posixpath.basename(uri)}" data-search-exclude }}'
    )
    return H1.sub(lambda m: f"{m[0]}\n\n{button}\n", markdown, count=1)
