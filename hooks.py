"""MkDocs hooks: bilingual build, include checks, localized comments, skip notes, notebooks,
print page, build-time formulas and stemmed search."""

from __future__ import annotations

import hashlib
import json
import platform
import posixpath
import re
from functools import cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from formulas import FormulaError, render_formulas, save_rendered
from glance import check_glance, is_section
from page_blocks import (
    CONFIGS,
    FIGURE,
    HEADING,
    LANGS,
    ROOT,
    LocalizeExtension,
    PageError,
    anchor_snippet_paths,
    check_includes,
    included,
    make_figures,
    notebook,
    write_cache,
)

MARKER = re.compile(
    r'^<!--pytest\.mark\.skip(?:if\(not cuda, |\()reason="(?P<reason>[^"]+)"\)-->$', re.M
)
CPU_OUTPUT_MARKER = re.compile(
    r'^<!--pytest\.mark\.skipif\(cuda, reason="(?P<reason>[^"]+)"\)-->$', re.M
)
H1 = re.compile(r"^# .*$", re.M)
MEASURED = re.compile(r"\[\[measured:(?P<key>[\w-]+)\.(?P<field>\w+)\]\]")
RESULTS = ROOT / "benchmarks" / "results.json"
CPU_OUTPUT = {
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
PRINT = {
    "fr": (
        "Version imprimable",
        "Toutes les sections à la suite, une par feuille à l'impression. "
        "L'[aide-mémoire imprimable](cheatsheet.md) n'en garde que l'essentiel.",
    ),
    "en": (
        "Printable version",
        "Every section in a row, one per sheet when printed. "
        "The [printable cheat sheet](cheatsheet.md) keeps only each section's quick reference.",
    ),
}
SHEET = {
    "fr": (
        "Aide-mémoire imprimable",
        "L'essentiel de chaque section, au plus deux pages A4 chacune. "
        "Tout le détail : la [version imprimable complète](print.md).",
    ),
    "en": (
        "Printable cheat sheet",
        "Each section's quick reference, at most two A4 pages each. "
        "Everything in detail: the [full printable version](print.md).",
    ),
}
GENERATED = ("print.md", "cheatsheet.md")
GLANCE_HTML = re.compile(r'<h2 id="at-a-glance">.*?(?=<h2 |\Z)', re.S)
IDS = re.compile(r'(id|href)="(#?)([^"#/:]+)"')
STEMMING = 'importScripts("search-stemming.js")'
NOTEBOOK_INTRO = {
    "fr": "Le code de la page [{title}]({url}), dans l'ordre de la page. {tested}.",
    "en": "The code of the page [{title}]({url}), in page order. {tested}.",
}

# --- Hooks ---


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    lang = config.theme["language"]
    check_translations()
    anchor_snippet_paths(config.mdx_configs)
    config.markdown_extensions.append(LocalizeExtension(lang))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = config.theme["language"]
    for page in [f for f in files.documentation_pages() if f.src_uri.endswith(".md")]:
        add_notebook(page, files, config, lang)
        if not FIGURE.search(Path(page.abs_src_path).read_text(encoding="utf-8")):
            continue
        try:
            figures = make_figures(Path(page.abs_src_path))
        except PageError as error:
            raise PluginError(str(error)) from None
        for figure in figures:
            files.append(File.generated(config, f"figures/{figure.name}", abs_src_path=str(figure)))
    files.append(File.generated(config, "print.md", content=print_page(*PRINT[lang])))
    files.append(File.generated(config, "cheatsheet.md", content=print_page(*SHEET[lang])))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not page.file.src_path.endswith(".md"):
        return markdown
    src = f"docs/{config.theme['language']}/{page.file.src_path}"
    try:
        check_includes(page.file.content_string, src)
        if is_section(page.file.src_uri) and page.file.src_uri not in GENERATED:
            check_glance(page.file.src_uri, config.theme["language"])
    except PageError as error:
        raise PluginError(str(error)) from None
    lang = config.theme["language"]
    markdown = MEASURED.sub(lambda m: measured(m, lang, src, markdown), markdown)
    markdown = MARKER.sub(lambda m: f'!!! warning "{NOT_RUN[lang]}"\n    {m["reason"]}\n', markdown)
    markdown = CPU_OUTPUT_MARKER.sub(
        lambda m: f'!!! info "{CPU_OUTPUT[lang]}"\n    {m["reason"]}\n', markdown
    )
    if files.get_file_from_path(uri := notebook_uri(page.file.src_uri, lang)):
        link = posixpath.relpath(uri, posixpath.dirname(page.file.src_uri) or ".")
        button = (
            f"[{NOTEBOOK[lang]}]({link}){{ .md-button .notebook-download "
            f'download="{posixpath.basename(uri)}" data-search-exclude }}'
        )
        markdown = H1.sub(lambda m: f"{m[0]}\n\n{button}\n", markdown, count=1)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    for item in page.toc:  # the cards are reached from the grid: the table of contents skips them
        for child in item.children:
            if child.id == "at-a-glance":
                child.children = []
    line = tested_with(config.theme["language"])  # every page, notebook pages included
    return f'{html}\n<p class="tested-with" data-search-exclude>{line}</p>\n'


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # every page is converted by now: the print pages reuse their HTML
    sections = [
        p for p in nav.pages if is_section(p.file.src_uri) and p.file.src_uri not in GENERATED
    ]
    if page.file.src_uri == "print.md":
        page.content += "\n".join(TESTED_LINE.sub("", p.content) for p in sections)
    elif page.file.src_uri == "cheatsheet.md":
        page.content += "\n".join(sheet_section(p) for p in sections)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Render formulas once search has indexed the page: the index keeps their TeX source."""
    src = f"docs/{config.theme['language']}/{page.file.src_path}"
    try:
        return render_formulas(output, page.file.content_string, src)
    except FormulaError as error:
        raise PluginError(str(error)) from None


def on_post_build(config: MkDocsConfig) -> None:
    load_search_stemming(Path(config.site_dir))
    if config.theme["language"] == "fr":
        build_english(config)
        save_rendered()


# --- Helpers ---


def build_english(config: MkDocsConfig) -> None:
    """Build the English site into `<site_dir>/en`, as part of the French (main) build."""
    english = load_config(
        str(CONFIGS["en"]),
        site_dir=str(Path(config.site_dir) / "en"),
        site_url=(config.site_url or "/").rstrip("/") + "/en/",
        strict=config.strict,
    )
    english.plugins.on_startup(command="build", dirty=False)
    build(english)


def load_search_stemming(site: Path) -> None:
    """Make Material's search worker import workers/search-stemming.js (why: in that file)."""
    workers = sorted((site / "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PluginError(
            f"hooks.py: expected one Material search worker in {site}/assets/javascripts/workers, "
            f"found {[w.name for w in workers]}; check the worker's name in Material's base.html"
        )
    code = workers[0].read_text(encoding="utf-8")
    if STEMMING not in code:  # `mkdocs serve --dirty` may keep last build's copy
        workers[0].write_text(f"{code}\n{STEMMING}\n", encoding="utf-8")


def notebook_uri(src_uri: str, lang: str) -> str:
    """Name the notebook generated for a page: notebooks/<page>-<lang>.ipynb."""
    return f"notebooks/{src_uri.removesuffix('.md')}-{lang}.ipynb"


def add_notebook(page: File, files: Files, config: MkDocsConfig, lang: str) -> None:
    """Generate the page's code as a notebook into the site, when the page has code."""
    m = H1.search(Path(page.abs_src_path).read_text(encoding="utf-8"))
    title = HEADING.match(m[0])["title"] if m else page.src_uri
    url = (config.site_url or "/") + page.url
    intro = NOTEBOOK_INTRO[lang].format(title=title, url=url, tested=tested_with(lang))
    source = Path(page.abs_src_path)
    # the notebook depends on the page, its snippets and the code that writes it: cache on them
    inputs = [source, *included(source), Path(__file__), ROOT / "page_blocks.py"]
    parts = [p.read_bytes() for p in inputs]  # (a missing snippet fails the build later)
    key = hashlib.sha256(b"\0".join([intro.encode(), *parts]))
    cached = ROOT / ".cache" / "notebooks" / f"{key.hexdigest()[:24]}.json"
    if cached.is_file():
        content = cached.read_text(encoding="utf-8")
    else:
        try:
            cells = notebook(source, intro, NOT_RUN[lang])
        except PageError as error:
            raise PluginError(str(error)) from None
        content = json.dumps(cells, ensure_ascii=False, indent=1) + "\n"
        write_cache(cached, content)
    if content != "null\n":  # a page without code has no notebook
        files.append(File.generated(config, notebook_uri(page.src_uri, lang), content=content))


def sheet_section(page: Page) -> str:
    """Return a page's title and quick reference for the compact sheet, its ids prefixed by the
    page's name (no duplicates across sections) and its links pointing at the page."""
    name = page.file.src_uri.removesuffix(".md")
    found = GLANCE_HTML.search(page.content)
    title = page.content[: page.content.find("</h1>") + 5]
    body = title + (found[0] if found else "")

    def prefix(m: re.Match[str]) -> str:
        if m[1] == "id":
            return f'id="{name}-{m[3]}"'
        if m[2]:  # an anchor of the page: the card's heading -> the page's section
            return f'href="../{name}/#{m[3]}"'
        return m[0]

    return f'<section class="glance-sheet">\n{IDS.sub(prefix, body)}\n</section>'


def print_page(title: str, intro: str) -> str:
    """Return a print page: a title and intro, out of search; on_page_context adds the sections."""
    head = "---\nsearch:\n  exclude: true\nhide: [navigation, toc]\n---\n\n"
    return f"{head}# {title} {{ #print }}\n\n{intro}\n"


@cache  # importlib.metadata scans site-packages: once per build process is enough
def tested_with(lang: str) -> str:
    """Return the line naming the Python and library versions installed in this build."""
    names = [f"Python {platform.python_version()}", *(f"{n} {version(n)}" for n in TESTED)]
    return f"{TESTED_WITH[lang]} {', '.join(names)}"


def measured(match: re.Match[str], lang: str, page: str, text: str) -> str:
    """Return a figure from benchmarks/results.json, written the way `lang` writes numbers."""
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    value = results.get(match["key"], {}).get(match["field"])
    if value is None:
        line = text.count("\n", 0, match.start()) + 1
        raise PluginError(
            f"{page}:{line}: no figure '{match['key']}.{match['field']}' in "
            "benchmarks/results.json. Run `make bench`, or fix the name."
        )
    if isinstance(value, str):
        return value
    number = f"{value:,.0f}" if value >= 10 or isinstance(value, int) else f"{value:,.1f}"
    return number.replace(",", "\u202f").replace(".", ",") if lang == "fr" else number


def check_translations() -> None:
    """Raise PluginError naming each page that exists in one language only."""
    pages = {lang: pages_of(lang) for lang in LANGS}
    for lang, other in (("fr", "en"), ("en", "fr")):
        for missing in sorted(pages[lang] - pages[other]):
            raise PluginError(
                f"docs/{lang}/{missing} has no translation: create docs/{other}/{missing} "
                f"(same file name), or remove docs/{lang}/{missing}."
            )


def pages_of(lang: str) -> set[str]:
    """List a language's pages relative to its docs folder."""
    docs = ROOT / "docs" / lang
    return {
        p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.suffix in {".md", ".ipynb"}
    }
