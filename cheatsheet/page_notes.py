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


CPU_OUTPUT_NOTE = {
    "fr": "Sortie d'une machine sans GPU",
    "en": "Output of a machine without a GPU",
}


NOT_RUN = {
    "fr": "Bloc non exécuté sur la machine de test (CPU)",
    "en": "Block not run on the CPU test machine",
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


def skip_notes(markdown: str, lang: str) -> str:
    """Turn each block's skip marker into the note the reader sees above the block."""
    markdown = MARKER.sub(lambda m: f'!!! warning "{NOT_RUN[lang]}"\n    {m["reason"]}\n', markdown)
    return CPU_OUTPUT_MARKER.sub(
        lambda m: f'!!! info "{CPU_OUTPUT_NOTE[lang]}"\n    {m["reason"]}\n', markdown
    )


def tested_with_line(lang: str) -> str:
    """Return the versions line that closes every page, kept out of search."""
    return f'\n<p class="tested-with" data-search-exclude>{tested_with(lang)}</p>\n'
