"""What a reader sees never names the project's machinery: no local address, no test machine,
no `make bench`. Code blocks are the reader's own commands (a local server is fine there)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cheatsheet.figures import FRAME_ON_PAPER_LOCAL, frame_on_paper
from cheatsheet.page_notes import skip_notes

# What the reader must not see, in the text of a page (outside code blocks).
MACHINERY = re.compile(
    r"127\.0\.0\.1|localhost|test machine|machine de test|make bench|GPU job|job GPU", re.I
)
# Elements whose text is not prose a reader reads: code blocks, scripts, styles, drawings.
NOT_PROSE = {"pre", "script", "style", "svg", "template", "head"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class ReaderText(HTMLParser):
    """Collects the text a reader sees (or prints): text nodes outside code blocks, scripts and
    styles, and the alt and title attributes that stand for images and frames."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            if tag == "img" and not self.skipping:
                self.texts.extend(v for k, v in attrs if k in ("alt", "title") and v)
            return
        if self.skipping or tag in NOT_PROSE:
            self.skipping.append(tag)
        elif tag == "iframe":
            self.texts.extend(v for k, v in attrs if k == "title" and v)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.texts.append(" ".join(data.split()))


def reader_text(html: str) -> list[str]:
    parser = ReaderText()
    parser.feed(html)
    return parser.texts


def offending(text: str) -> str:
    """Return the words around the first forbidden match, to name it in a failure."""
    m = MACHINERY.search(text)
    return f"...{text[max(m.start() - 50, 0) : m.end() + 50]}..." if m else ""


def test_the_reader_text_parser_skips_code_blocks_only() -> None:
    html = (
        "<html><head><title>t</title></head><body><p>Run <code>make bench</code></p>"
        "<pre><code>jupyter lab  # http://localhost:8888</code></pre>"
        '<iframe title="Figure"></iframe><img src="a.png" alt="A figure"></body></html>'
    )
    assert reader_text(html) == ["Run", "make bench", "Figure", "A figure"]


def test_no_built_page_shows_the_project_machinery(built_site: Path) -> None:
    """The site is built with SITE_URL at a 127.0.0.1 address (tests/conftest.py): a page that
    wrote its own address into its text (the print line of an interactive figure) fails."""
    found = []
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 40, f"{built_site}: only {len(pages)} pages"
    for page in pages:
        if "figures" in page.relative_to(built_site).parts:  # Plotly's own pages
            continue
        for text in reader_text(page.read_text(encoding="utf-8")):
            if MACHINERY.search(text):
                found.append(f"{page.relative_to(built_site)}: {offending(text)!r}")
    assert not found, "pages show the project's machinery:\n" + "\n".join(found)


def test_no_notebook_text_shows_the_project_machinery(built_site: Path) -> None:
    """The notebooks a reader downloads: their text cells (the intro links the page only when
    the site has a public address)."""
    found = []
    notebooks = sorted(built_site.glob("**/notebooks/*.ipynb"))
    assert notebooks, f"{built_site}: no notebook"
    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            text = "".join(cell["source"])
            if cell["cell_type"] == "markdown" and MACHINERY.search(text):
                found.append(f"{path.relative_to(built_site)}: {offending(text)!r}")
    assert not found, "notebooks show the project's machinery:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    "page_url", ["", "http://127.0.0.1:8000/plotting/", "http://localhost:8000/plotting/"]
)
def test_a_frame_line_without_a_public_address_names_the_page_path(
    lang: str, page_url: str
) -> None:
    """SITE_URL unset: mkdocs.yml's default site_url is a local address, never shown."""
    line = frame_on_paper("ROC", page_url, lang)
    assert not MACHINERY.search(line), line
    expected = FRAME_ON_PAPER_LOCAL[lang].format(
        title="ROC", path="/plotting/" if page_url else "/"
    )
    assert line == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_frame_line_links_the_public_address(lang: str) -> None:
    url = "https://example.org/cheatsheet/en/plotting/"
    assert f'<a href="{url}">{url}</a>' in frame_on_paper("ROC", url, lang)


@pytest.mark.parametrize(
    ("lang", "marker", "expected"),
    [
        (
            "en",
            '<!--pytest.mark.skip(reason="needs conda (Miniforge or Anaconda)")-->',
            "Not run when this page was built: needs conda (Miniforge or Anaconda).",
        ),
        (
            "fr",
            '<!--pytest.mark.skipif(not cuda, reason="nécessite un GPU NVIDIA (CUDA)")-->',
            "Non exécuté à la construction de cette page : nécessite un GPU NVIDIA (CUDA).",
        ),
        (
            "en",
            '<!--pytest.mark.skipif(cuda, reason="With a GPU, this block prints True.")-->',
            "Output shown: a machine without a GPU. With a GPU, this block prints True.",
        ),
    ],
)
def test_a_skip_marker_becomes_a_short_caption(lang: str, marker: str, expected: str) -> None:
    note = skip_notes(f"{marker}\n```python\nx\n```\n", lang)
    assert note.startswith(f'<p class="block-note" data-search-exclude markdown="span">{expected}')
    assert "!!!" not in note
