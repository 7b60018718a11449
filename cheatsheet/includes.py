"""Snippet includes (`--8<--`): checked, then expanded as the build expands them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import markdown

from cheatsheet.localize import LocalizeExtension, check_comment_tags
from cheatsheet.project import CONFIGS, ROOT, SNIPPETS, PageError

INCLUDE = re.compile(r'^\s*-+8<-+\s+"(?P<path>[^":]+)(?::(?P<region>[^"]+))?"\s*$')


def check_includes(text: str, page: str) -> None:
    """Raise PageError when an include names a missing file or region, or bad snippet code."""
    for number, line in enumerate(text.splitlines(), 1):
        if not (m := INCLUDE.match(line)):
            continue
        where, path = f"{page}:{number}", SNIPPETS / m["path"]
        if not path.is_file():
            raise PageError(
                f"{where}: snippet file 'snippets/{m['path']}' not found. "
                "Create it, or fix the path in the include."
            )
        source = path.read_text(encoding="utf-8")
        region = m["region"]
        if region and f"# --8<-- [start:{region}]" not in source:
            raise PageError(
                f"{where}: region '{region}' not found in snippets/{m['path']}. "
                f"Add '# --8<-- [start:{region}]' and '# --8<-- [end:{region}]' there, "
                "or fix the name in the include."
            )
        check_comment_tags(source, f"snippets/{m['path']}")
        if path.suffix == ".py":
            check_syntax(source, f"snippets/{m['path']}", where)


@cache
def _compiles(source: str, name: str) -> str | None:
    try:
        compile(source, name, "exec")
    except SyntaxError as error:
        return f"{name}:{error.lineno}: syntax error: {error.msg}"
    return None


def check_syntax(source: str, name: str, included_by: str) -> None:
    """Raise PageError naming the snippet line when the snippet is not valid Python."""
    if problem := _compiles(source, name):
        raise PageError(f"{problem} (included by {included_by}). Fix the snippet.")


@cache
def _markdown(lang: str) -> markdown.Markdown:
    from mkdocs.config import load_config

    config = load_config(str(CONFIGS[lang]))
    anchor_snippet_paths(config.mdx_configs)
    extensions = [*config.markdown_extensions, LocalizeExtension(lang)]
    return markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)


def anchor_snippet_paths(mdx_configs: dict[str, dict]) -> None:
    """Resolve pymdownx.snippets' base_path against the repository, not the working directory."""
    options = mdx_configs["pymdownx.snippets"]
    options["base_path"] = [str(ROOT / p) for p in options["base_path"]]


def expand(text: str, lang: str) -> str:
    """Return the page source as the build sees it after includes and localization."""
    md = _markdown(lang)
    lines = text.split("\n")
    for name in ("snippet", "localize_comments"):
        lines = md.preprocessors[name].run(lines)
    return "\n".join(lines)


def included(page: Path) -> list[Path]:
    """List the snippet files a page includes that exist (check_includes reports the others)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    paths = [SNIPPETS / m["path"] for line in lines if (m := INCLUDE.match(line))]
    return [p for p in paths if p.is_file()]
