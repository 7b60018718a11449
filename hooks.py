"""MkDocs hooks: the build's entry points, each a few calls into the `cheatsheet` package.

Bad input anywhere raises cheatsheet.project.PageError (its message names the file, the line and
the fix); `reported` turns it into the PluginError that fails the build with that message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from cheatsheet.answers import check_answers
from cheatsheet.code_tokens import plain_names
from cheatsheet.figures import (
    FIGURE,
    make_figures,
    note_frame_titles,
    sized_figures,
    title_frames,
)
from cheatsheet.formulas import FormulaError, render_formulas, save_rendered
from cheatsheet.glance import check_glance, is_section
from cheatsheet.includes import anchor_snippet_paths, check_includes
from cheatsheet.languages import absolute_alternates, patch_material_alternates
from cheatsheet.localize import LocalizeExtension
from cheatsheet.measured import fill_measured
from cheatsheet.notebooks import add_notebook, notebook_button
from cheatsheet.page_notes import skip_notes, tested_with_line
from cheatsheet.printing import GENERATED, PRINT, SHEET, print_content, print_page
from cheatsheet.project import CONFIGS, PageError
from cheatsheet.scrolling import focusable_scrollers
from cheatsheet.search import enrich_index, load_search_engine
from cheatsheet.serving import (
    generated,
    is_dirty,
    kept_search_index,
    mark_stale,
    save_search_index,
    start,
)
from cheatsheet.translations import check_translations
from cheatsheet.typography import french_page


@contextmanager
def reported() -> Iterator[None]:
    """Fail the build with the message of the bad input, without a traceback."""
    try:
        yield
    except (PageError, FormulaError) as error:
        raise PluginError(str(error)) from None


def on_startup(command: str, dirty: bool) -> None:
    start(dirty)  # `make serve` is `mkdocs serve --dirty`: cheatsheet/serving.py


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    with reported():
        check_translations()
    anchor_snippet_paths(config.mdx_configs)
    absolute_alternates(config)
    config.markdown_extensions.append(LocalizeExtension(config.theme["language"]))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = config.theme["language"]
    for page in [f for f in files.documentation_pages() if f.src_uri.endswith(".md")]:
        source = Path(page.abs_src_path)
        with reported():
            add_notebook(page, files, config, lang)
            figures = make_figures(source) if FIGURE.search(source.read_text("utf-8")) else []
        for figure in figures:
            files.append(File.generated(config, f"figures/{figure.name}", abs_src_path=str(figure)))
    mark_stale(files, lang)
    files.append(generated(config, "print.md", print_page(*PRINT[lang])))
    files.append(generated(config, "cheatsheet.md", print_page(*SHEET[lang])))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not page.file.src_path.endswith(".md"):
        return markdown
    lang, uri = config.theme["language"], page.file.src_uri
    src = f"docs/{lang}/{page.file.src_path}"
    with reported():
        check_includes(page.file.content_string, src)
        if is_section(uri) and uri not in GENERATED:
            check_glance(uri, lang)
            check_answers(uri, lang)
        markdown = fill_measured(markdown, lang, src)
    return notebook_button(skip_notes(markdown, lang), uri, files, lang)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    for item in page.toc:  # the cards are reached from the grid: the table of contents skips them
        for child in item.children:
            if child.id == "at-a-glance":
                child.children = []

    def figure_file(uri: str) -> Path | None:
        found = files.get_file_from_path(uri)
        return Path(found.abs_src_path) if found and found.abs_src_path else None

    html = sized_figures(html, figure_file, config.theme["language"], page.canonical_url or "")
    note_frame_titles(html, config.theme["language"])
    html += tested_with_line(config.theme["language"])  # every page, notebooks included
    return french_page(html, page.toc, config.theme["language"])


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.file.src_uri in GENERATED:  # every page is converted by now: reuse their HTML
        sections = [p for p in nav.pages if is_section(u := p.file.src_uri) and u not in GENERATED]
        page.content += print_content(page.file.src_uri, sections)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Render formulas once search has indexed the page: the index keeps their TeX source; make
    the formulas' and tables' scroll boxes focusable; write code's names as plain text (the
    notebook page's code keeps its own highlighting)."""
    lang = config.theme["language"]
    with reported():
        src = f"docs/{lang}/{page.file.src_path}"
        output = render_formulas(output, page.file.content_string, src)
    if page.file.src_path.endswith(".md"):
        output = plain_names(output)
    return focusable_scrollers(output, lang)


def on_post_build(config: MkDocsConfig) -> None:
    site, lang = Path(config.site_dir), config.theme["language"]
    with reported():
        load_search_engine(site)
        patch_material_alternates(site)
        title_frames(site, lang)
        if not kept_search_index(site, lang):  # under `make serve`: cheatsheet/serving.py
            enrich_index(site, lang)
            save_search_index(site, lang)
    if lang == "fr":
        build_english(config)
        save_rendered()


def build_english(config: MkDocsConfig) -> None:
    """Build the English site into `<site_dir>/en`, as part of the French (main) build."""
    english = load_config(
        str(CONFIGS["en"]),
        site_dir=str(Path(config.site_dir) / "en"),
        site_url=(config.site_url or "/").rstrip("/") + "/en/",
        strict=config.strict,
    )
    english.plugins.on_startup(command="serve" if is_dirty() else "build", dirty=is_dirty())
    build(english, dirty=is_dirty())
