"""Code blocks with fewer elements: Pygments' name tokens written as the code's own text.

Pygments wraps each name of a code block in `<span class="n">`, and Material draws that span in
the code's own colour (its `--md-code-hl-name-color` is `--md-code-fg-color`, in both schemes):
the span changes nothing a reader sees. Names are a sixth of all the elements of the built site
(93,000 of 554,000): without their spans, each page has less for a browser to style and lay
out, and for the accessibility checks to walk. tests/test_browser.py checks that a name span
still looks like the code around it; if Material ever colours names, that test fails first.
"""

from __future__ import annotations

import re

NAME = re.compile(r'<span class="n">([^<]*)</span>')


def plain_names(page_html: str) -> str:
    """Return the page with each Pygments name token as plain text of its code block."""
    return NAME.sub(r"\1", page_html)
