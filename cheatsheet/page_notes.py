"""What the build adds to a page: skip notes above blocks, the tested-with versions line."""

from __future__ import annotations

import platform
import re
from functools import cache
from importlib.metadata import version

MARKER = re.compile(
    r'^<!--pytest\.mark\.skip(?:if\(not cuda, |\()reason="(?P<reason>[^"]+)"\)-->$', re.M
)


CPU_OUTPUT_MARKER = re.compile(
    r'^<!--pytest\.mark\.skipif\(cuda, reason="(?P<reason>[^"]+)"\)-->$', re.M
)


# The notes above a block, one short caption each (`.block-note` in cheatsheet.css), in the
# reader's terms: the reason says what running the block needs ("needs conda ...").
CPU_OUTPUT_NOTE = {
    "fr": "Sortie affichée : celle d'une machine sans GPU",
    "en": "Output shown: a machine without a GPU",
}


NOT_RUN = {
    "fr": "Non exécuté à la construction de cette page",
    "en": "Not run when this page was built",
}


TESTED = ("torch", "numpy", "pandas", "scikit-learn", "scipy", "matplotlib", "plotly")
TESTED_LINE = re.compile(r'\n<p class="tested-with"[^>]*>.*?</p>\n')
TESTED_WITH = {"fr": "Code testé avec", "en": "Code tested with"}
NOTEBOOK = {
    "fr": "Télécharger le code (notebook Jupyter)",
    "en": "Download the code (Jupyter notebook)",
}


@cache  # importlib.metadata scans site-packages: once per build process is enough
def tested_with(lang: str) -> str:
    """Return the line naming the Python and library versions installed in this build."""
    names = [f"Python {platform.python_version()}", *(f"{n} {version(n)}" for n in TESTED)]
    return f"{TESTED_WITH[lang]} {', '.join(names)}"


def sentence(text: str) -> str:
    """Return text ending with a full stop (a reason may already end with one)."""
    return text if text.endswith((".", "!", "?")) else f"{text}."


def note(text: str) -> str:
    """Return a caption above a block: a small paragraph, kept out of search."""
    return f'<p class="block-note" data-search-exclude markdown="span">{text}</p>\n'


def not_run_label(lang: str) -> str:
    """Return the words that open a not-run note, with their colon (the notebook's cell)."""
    return NOT_RUN[lang] + ("\u00a0:" if lang == "fr" else ":")


def skip_notes(markdown: str, lang: str) -> str:
    """Turn each block's skip marker into the caption the reader sees above the block."""
    colon = " : " if lang == "fr" else ": "  # the build makes the French space a no-break one
    markdown = MARKER.sub(lambda m: note(NOT_RUN[lang] + colon + sentence(m["reason"])), markdown)
    return CPU_OUTPUT_MARKER.sub(
        lambda m: note(f"{CPU_OUTPUT_NOTE[lang]}. {sentence(m['reason'])}"), markdown
    )


def tested_with_line(lang: str) -> str:
    """Return the versions line that closes every page, kept out of search."""
    return f'\n<p class="tested-with" data-search-exclude>{tested_with(lang)}</p>\n'
