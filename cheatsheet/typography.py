"""French typography in a page's HTML: no-break spaces before `; ! ?` (narrow) and `:`, inside « ».

Only prose changes: tags and their attributes are kept as they are, and so is everything inside
code (`<code>`, `<pre>`, `<kbd>`), scripts and styles, and formulas (arithmatex spans and divs,
whose TeX KaTeX renders later). Only a space already there becomes a no-break one (`http://` has
none; nor has `a != b` or `??` a mark that ends a word); « and » get theirs even where the page
has none. The search index reads this text: its separator (`\\s`) splits on no-break spaces too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mkdocs.structure.toc import AnchorLink

NARROW, NBSP = "\u202f", "\u00a0"
# A comment, a tag (a quoted attribute value may hold `>`), or the text up to the next one.
TOKEN = re.compile(r"<!--.*?-->|<![^>]*>|</?[A-Za-z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+|<", re.S)
TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][\w-]*)(?P<attrs>[^>]*)>", re.S)
# Elements whose text is not prose; a formula is an element of class "arithmatex".
VERBATIM = {"code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math"}
VOID = {"area", "base", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"}
FORMULA = re.compile(r"""\bclass=["'][^"']*\barithmatex\b""")
SPACE = "[ \t\r\n]"
# A space before `: ; ! ?` that ends a word (not `!=`, `??`, `?x`), after « and before ».
BEFORE = re.compile(rf"{SPACE}+(?=(?P<mark>[:;!?])(?![\w=?]))")
OPENING, CLOSING = re.compile(rf"«{SPACE}*"), re.compile(rf"{SPACE}*»")
PLAIN = re.compile(rf"{SPACE}+[:;!?](?![\w=?])|«{SPACE}|{SPACE}»")


def prose(html: str) -> Iterator[tuple[str, bool]]:
    """Yield each piece of `html` with whether it is prose (text outside code and formulas).

    The spaces that open an element (`<span>\\n  ? et ??`) stand before no word: they are not
    prose, and are yielded apart.
    """
    skipped: list[str] = []  # the open elements being skipped, innermost last
    opened = False  # whether the last piece was a start tag
    for token in TOKEN.findall(html):
        tag = TAG.match(token)
        if tag is None:
            lead = len(token) - len(token.lstrip(" \t\r\n")) if opened else 0
            text = not skipped and not token.startswith("<")
            if lead:
                yield token[:lead], False
            yield token[lead:], text
            opened = False
            continue
        name, start = tag["name"].lower(), not tag["close"]
        if not start:
            if skipped and skipped[-1] == name:
                skipped.pop()
        elif skipped and name == skipped[-1] and name not in VOID:
            skipped.append(name)  # the same element nested: wait for its own closing tag
        elif not skipped and (name in VERBATIM or FORMULA.search(tag["attrs"])):
            if not token.endswith("/>") and name not in VOID:
                skipped.append(name)
        opened = start and name not in VOID
        yield token, False


def typeset(text: str) -> str:
    """Return French `text` (no tags), its spaces before `: ; ! ?` and inside « » unbreakable."""
    text = BEFORE.sub(lambda m: NBSP if m["mark"] == ":" else NARROW, text)
    return CLOSING.sub(NBSP + "»", OPENING.sub("«" + NBSP, text))


def french_typography(html: str) -> str:
    """Return a French page's HTML with its prose typeset by `typeset`, the rest unchanged."""
    return "".join(typeset(piece) if text else piece for piece, text in prose(html))


def typeset_toc(items: list[AnchorLink]) -> None:
    """Typeset the titles of a table of contents (plain text, the headings' code stripped)."""
    for item in items:
        item.title = french_typography(item.title)
        typeset_toc(item.children)


def french_page(html: str, toc: list[AnchorLink], lang: str) -> str:
    """Return a page's HTML typeset, its table of contents too, where the page is French."""
    if lang != "fr":
        return html
    typeset_toc(toc)
    return french_typography(html)


def violations(html: str) -> list[str]:
    """List a plain space before `: ; ! ?` or inside « » in the prose of `html`, in context."""
    return [
        text[max(0, m.start() - 30) : m.end() + 10].replace("\n", " ")
        for text, is_prose in prose(html)
        if is_prose
        for m in PLAIN.finditer(text)
    ]
