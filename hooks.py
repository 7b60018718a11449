"""MkDocs hooks: bilingual build, include checks, localized comments and skip notes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from page_blocks import (
    CONFIGS,
    FIGURE,
    LANGS,
    ROOT,
    LocalizeExtension,
    PageError,
    anchor_snippet_paths,
    check_includes,
    make_figures,
)

MARKER = re.compile(r'^<!--pytest\.mark\.skip(?:if\(not cuda, |\()reason="(?P<reason>[^"]+)"\)-->$', re.M)
MEASURED = re.compile(r"\[\[measured:(?P<key>[\w-]+)\.(?P<field>\w+)\]\]")
RESULTS = ROOT / "benchmarks" / "results.json"
NOT_RUN = {
    "fr": "Bloc non exécuté sur la machine de test (CPU)",
    "en": "Block not run on the CPU test machine",
}

# --- Hooks ---


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    lang = config.theme["language"]
    check_translations()
    anchor_snippet_paths(config.mdx_configs)
    config.markdown_extensions.append(LocalizeExtension(lang))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in [f for f in files.documentation_pages() if f.src_uri.endswith(".md")]:
        if not FIGURE.search(Path(page.abs_src_path).read_text(encoding="utf-8")):
            continue
        try:
            figures = make_figures(Path(page.abs_src_path))
        except PageError as error:
            raise PluginError(str(error)) from None
        for figure in figures:
            files.append(File.generated(config, f"figures/{figure.name}", abs_src_path=str(figure)))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not page.file.src_path.endswith(".md"):
        return markdown
    src = f"docs/{config.theme['language']}/{page.file.src_path}"
    try:
        check_includes(Path(page.file.abs_src_path).read_text(encoding="utf-8"), src)
    except PageError as error:
        raise PluginError(str(error)) from None
    lang = config.theme["language"]
    markdown = MEASURED.sub(lambda m: measured(m, lang, src, markdown), markdown)
    return MARKER.sub(lambda m: f'!!! warning "{NOT_RUN[lang]}"\n    {m["reason"]}\n', markdown)


def on_post_build(config: MkDocsConfig) -> None:
    if config.theme["language"] != "fr":
        return
    build_english(config)


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
