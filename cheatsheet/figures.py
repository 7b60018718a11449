"""The figures a page shows (figures/*.png|svg|html), made by running its blocks once."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

from cheatsheet import run_cache
from cheatsheet.blocks import Block, page_blocks, shown
from cheatsheet.includes import INCLUDE, included
from cheatsheet.kernel import Outcome, run_blocks, runs
from cheatsheet.project import ROOT, PageError, page_lang
from cheatsheet.scrolling import scroll_box
from cheatsheet.typography import typeset

FIGURE = re.compile(r"figures/[\w.-]+\.(?:png|svg|html)")


def make_figures(page: Path) -> list[Path]:
    """Run a page's blocks once and return the files under figures/.

    Cached on what the blocks are made of (the page's includes and the snippets, not its prose)
    and on the environment (locks, Python, torch: cheatsheet/run_cache.py), so that editing the
    text of a page with figures does not run its code again, and a new matplotlib does.
    """
    lines = page.read_text(encoding="utf-8").splitlines()
    includes = [line for line in lines if INCLUDE.match(line)]
    parts = [page_lang(page), *includes, *(p.read_text("utf-8") for p in included(page))]
    out = ROOT / ".cache" / "figures" / run_cache.key("figures", *parts)[:16]
    if not (out / "done").exists():
        out.mkdir(parents=True, exist_ok=True)  # empty, as a reader's: the code makes figures/
        blocks = page_blocks(page)
        outcomes = run_blocks(blocks, out, warm=True)  # a build runs many pages
        for outcome in outcomes:
            if outcome.error:
                raise PageError(
                    f"{outcome.block.where}: failed while making the figures:\n{outcome.error}"
                )
        keep_for_the_page_test(blocks, outcomes)
        (out / "done").touch()
    made = {p.name: p for p in (out / "figures").glob("*")}
    for name in FIGURE.findall(page.read_text(encoding="utf-8")):
        if name.removeprefix("figures/") not in made:
            raise PageError(
                f"{page.relative_to(ROOT)}: shows {name} but its code does not "
                "write it. Save the figure there, or fix the name."
            )
    return sorted(made.values())


def keep_for_the_page_test(blocks: list[Block], outcomes: list[Outcome]) -> None:
    """This run is the one tests/test_pages.py makes of the page: its notebook's cells are these
    blocks, run by the same kernel set-up in an empty folder, without a GPU. Kept under that
    test's key when it would keep it (every block that runs ran clean and printed what the page
    shows), so that a fresh clone does not run the page a second time."""
    ran = [b for b in blocks if runs(b, False)]
    if [o.block for o in outcomes] == ran and all(
        o.error is None and shown(o.stdout) == shown(o.block.expected) for o in outcomes
    ):
        run_cache.save(run_cache.page_key(blocks, False), [{"stdout": o.stdout} for o in outcomes])


IMG = re.compile(
    r'(?P<p><p>)?<img (?P<attrs>[^>]*?)src="(?P<src>[^"]*?figures/(?P<name>[\w.-]+\.png))"'
    r"(?P<rest>[^>]*)>(?P<end>(?(p)</p>))"
)
IFRAME = re.compile(r"<iframe (?![^>]*\bloading=)")
# A frame prints empty (it loads only near the viewport, and a print loads none): on paper, a
# line names the figure and where to see it.
FRAME_END = re.compile(r'<iframe [^>]*?title="(?P<title>[^"]*)"[^>]*>\s*</iframe>')
FRAME_ON_PAPER = {
    "fr": "Figure interactive « {title} » : à voir en ligne sur {link}",
    "en": "Interactive figure “{title}”: see it online at {link}",
}
# Without a public address (SITE_URL unset: a local one), the line names the page's path.
FRAME_ON_PAPER_LOCAL = {
    "fr": "Figure interactive « {title} » : à voir dans la version en ligne de cette page ({path})",
    "en": "Interactive figure “{title}”: see it in the online version of this page ({path})",
}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}
SMALLEST_TEXT_PT = 10  # matplotlib's default tick labels; a figure's text is never smaller


def public(url: str) -> bool:
    """Tell whether an address can be shown to a reader: http(s), not a local one (SITE_URL
    unset leaves mkdocs.yml's default, 127.0.0.1)."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.hostname not in LOCAL_HOSTS | {None}


def frame_on_paper(title: str, page_url: str, lang: str) -> str:
    """Return the line that stands for an interactive figure on paper: the page's address when
    the site has a public one, else the page's path (never a local address such as 127.0.0.1)."""
    parts = urlsplit(page_url)
    if public(page_url):
        link = f'<a href="{page_url}">{page_url}</a>'
        return FRAME_ON_PAPER[lang].format(title=title, link=link)
    return FRAME_ON_PAPER_LOCAL[lang].format(title=title, path=parts.path or "/")


def sized_figures(
    page_html: str, figure_file: Callable[[str], Path | None], lang: str, page_url: str
) -> str:
    """Give each figure image its width and height (no layout shift while it loads), load
    figures and frames lazily (they all sit below a page's quick reference, out of the first
    screen), and keep a figure's text legible on a phone: the image is never narrower than
    its 10 pt text at 10 CSS px, and a figure alone in its paragraph scrolls sideways in a
    focusable box when the screen is narrower. Each frame gets a line shown only in print that
    points to the page (`page_url`; see frame_on_paper). `figure_file` finds figures/<name>."""

    def size(m: re.Match[str]) -> str:
        path = figure_file(f"figures/{m['name']}")
        if path is None or "width=" in m["attrs"]:
            return m[0]
        with Image.open(path) as image:
            (width, height), dpi = image.size, image.info.get("dpi", (72, 72))[0]
        smallest = round(width * 72 / (dpi * SMALLEST_TEXT_PT) * 10)  # CSS px
        img = (
            f'<img {m["attrs"]}width="{width}" height="{height}" loading="lazy" '
            f'decoding="async" style="min-width: {min(smallest, width)}px" src="{m["src"]}"'
            f"{m['rest']}>"
        )
        if not m["p"]:
            return img
        return f"<div {scroll_box('scroll-x figure', 'figure', lang)}>{img}</div>"

    def on_paper(m: re.Match[str]) -> str:
        note = frame_on_paper(m["title"], page_url, lang)
        return f'{m[0]}\n<p class="frame-on-paper">{note}</p>'

    page_html = FRAME_END.sub(on_paper, page_html)
    return IFRAME.sub('<iframe loading="lazy" ', IMG.sub(size, page_html))


FRAME = re.compile(
    r'<iframe [^>]*?src="[^"]*?figures/(?P<name>[\w.-]+\.html)"[^>]*?title="(?P<title>[^"]*)"'
)
FRAME_TITLES: dict[str, dict[str, str]] = {}  # language -> figure page -> its frame's title


def note_frame_titles(page_html: str, lang: str) -> None:
    """Remember the title of each figure page a page shows in a frame."""
    FRAME_TITLES.setdefault(lang, {}).update(FRAME.findall(page_html))


def title_frames(site: Path, lang: str) -> None:
    """Give each figure page shown in a frame (Plotly's write_html) the page's language and its
    frame's title: Plotly writes neither (invalid HTML, and a page a screen reader cannot name)."""
    for name, title in FRAME_TITLES.get(lang, {}).items():
        path = site / "figures" / name
        page = path.read_text(encoding="utf-8")
        if "<title>" not in page:
            title = typeset(title) if lang == "fr" else title  # French no-break spaces
            page = page.replace("<html>", f'<html lang="{lang}">', 1)
            path.write_text(page.replace("<head>", f"<head>\n<title>{title}</title>", 1), "utf-8")
