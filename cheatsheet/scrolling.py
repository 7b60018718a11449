"""Scroll containers a keyboard can reach: display formulas and tables, marked at build time.

A wide formula or table scrolls sideways inside its box (on a phone, most do). A box that scrolls
must take the focus, or a keyboard cannot scroll it (WCAG 2.1.1, axe's scrollable-region-focusable):
each display formula's box and a wrapper around each table get tabindex="0", a role and a name in
the page's language. Material's script wraps each table in its own scroll box at load time;
cheatsheet.css leaves that one unscrolled, so the focusable wrapper scrolls instead.
"""

from __future__ import annotations

import re

LABELS = {
    "fr": {"formula": "Formule", "table": "Tableau", "figure": "Figure"},
    "en": {"formula": "Formula", "table": "Table", "figure": "Figure"},
}
DISPLAY = re.compile(r'<div class="arithmatex">')
TABLE = re.compile(r"<table>.*?</table>", re.S)


def scroll_box(css_class: str, kind: str, lang: str) -> str:
    """Return the attributes of a focusable scroll box holding a `kind` (LABELS) of content."""
    return f'class="{css_class}" tabindex="0" role="group" aria-label="{LABELS[lang][kind]}"'


def focusable_scrollers(page_html: str, lang: str) -> str:
    """Return the page with each display formula and each table in a focusable scroll box."""
    page_html = DISPLAY.sub(f"<div {scroll_box('arithmatex', 'formula', lang)}>", page_html)
    return TABLE.sub(
        lambda m: f"<div {scroll_box('scroll-x', 'table', lang)}>{m[0]}</div>", page_html
    )
