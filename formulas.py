"""Formulas rendered to HTML at build time by the site's KaTeX copy: pages load no math script.

pymdownx.arithmatex (generic mode) leaves `\\(...\\)` in a span and `\\[...\\]` in a div; each is
replaced by KaTeX's HTML, which needs only katex.min.css and its fonts in the browser.
"""

from __future__ import annotations

import html
import re
from functools import cache

import quickjs

from page_blocks import ROOT

KATEX = ROOT / "overrides" / "assets" / "katex" / "katex.min.js"
FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>',
    re.S,
)
RENDER = """
function render(tex, display) {
  return katex.renderToString(tex, {displayMode: display, throwOnError: true})
}
"""


class FormulaError(Exception):
    """A formula KaTeX cannot render; the message names the page and line."""


@cache
def katex() -> quickjs.Function:
    return quickjs.Function("render", KATEX.read_text(encoding="utf-8") + RENDER)


@cache
def render(tex: str, display: bool) -> str:
    return katex()(tex, display)


def render_formulas(page_html: str, markdown: str, src: str) -> str:
    """Render every formula of a page; `markdown` and `src` locate a bad one for the error."""

    def replace(match: re.Match[str]) -> str:
        tex = html.unescape(match["tex"])
        try:
            rendered = render(tex, match["open"] == "[")
        except quickjs.JSException as error:
            at = markdown.find(tex)
            line = f":{markdown[:at].count(chr(10)) + 1}" if at >= 0 else ""
            raise FormulaError(f"{src}{line}: KaTeX cannot render {tex!r}: {error}") from None
        return f'<{match["tag"]} class="arithmatex">{rendered}</{match["tag"]}>'

    return FORMULA.sub(replace, page_html)
