"""Formulas rendered to HTML at build time by the site's KaTeX copy: pages load no math script.

pymdownx.arithmatex (generic mode) leaves `\\(...\\)` in a span and `\\[...\\]` in a div; each is
replaced by KaTeX's HTML, which needs only katex.min.css and its fonts in the browser.
"""

from __future__ import annotations

import atexit
import hashlib
import html
import json
import re
from functools import cache
from pathlib import Path

from py_mini_racer import JSEvalException, JSFunction, MiniRacer

from cheatsheet.project import ROOT, write_cache

KATEX = ROOT / "overrides" / "assets" / "katex" / "katex.min.js"
FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>',
    re.S,
)
RENDER = "(tex, display) => katex.renderToString(tex, {displayMode: display, throwOnError: true})"


class FormulaError(Exception):
    """A formula KaTeX cannot render; the message names the page and line."""


@cache
def katex() -> MiniRacer:
    """A V8 context (mini-racer: one wheel for every Python) holding the site's KaTeX."""
    context = MiniRacer()
    # closed before the interpreter's shutdown: V8 torn down by the finalizer hangs the process
    atexit.register(context.close)
    context.eval(KATEX.read_text(encoding="utf-8"))
    return context


@cache
def katex_render() -> JSFunction:  # the render function, compiled once
    return katex().eval(RENDER)


@cache
def rendered() -> dict[str, str]:
    """Formulas already rendered by this KaTeX, from .cache/ (a rebuild renders only new ones)."""
    try:
        return json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@cache
def cache_file() -> Path:
    digest = hashlib.sha256(KATEX.read_bytes()).hexdigest()[:16]
    return ROOT / ".cache" / "formulas" / f"katex-{digest}.json"


USED: set[str] = set()


def render(tex: str, display: bool) -> str:
    key = f"{'display' if display else 'inline'}:{tex}"
    if key not in rendered():
        rendered()[key] = katex_render()(tex, display)
    USED.add(key)
    return rendered()[key]


def save_rendered() -> None:
    """Keep the formulas this process rendered or reused."""
    write_cache(cache_file(), json.dumps({key: rendered()[key] for key in sorted(USED)}))


def render_formulas(page_html: str, markdown: str, src: str) -> str:
    """Render every formula of a page; `markdown` and `src` locate a bad one for the error."""

    def replace(match: re.Match[str]) -> str:
        tex = html.unescape(match["tex"])
        try:
            rendered = render(tex, match["open"] == "[")
        except JSEvalException as error:
            at = markdown.find(tex)
            line = f":{markdown[:at].count(chr(10)) + 1}" if at >= 0 else ""
            message = (
                str(error).splitlines()[0].removeprefix("<anonymous>:1: ")
            )  # not the JS source
            raise FormulaError(f"{src}{line}: KaTeX cannot render {tex!r}: {message}") from None
        return f'<{match["tag"]} class="arithmatex">{rendered}</{match["tag"]}>'

    return FORMULA.sub(replace, page_html)
