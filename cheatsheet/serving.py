"""`make serve` (`mkdocs serve --dirty`): a save renders again only the pages it touches.

MkDocs' dirty build renders a page only when its Markdown is newer than its HTML. A page also
shows the snippets it includes, and every page shows the templates, the configuration and the
measured figures: `mark_stale` dates back the HTML of a page older than its newest input, so
that MkDocs renders it again. When a rebuild renders only some pages, the print pages (made of
every page) and the search index (Material's dirty-build merge knows one language, not two) are
kept from the last build that rendered every page.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from cheatsheet.includes import included
from cheatsheet.project import ROOT

# every page shows these: a change renders every page again (the server keeps the cheatsheet
# modules it imported: a change there needs a restart)
SHARED = ["hooks.py", "mkdocs.yml", "mkdocs.en.yml", "overrides", "benchmarks"]
DIRTY_WARNING = "A 'dirty' build is being performed"
LOG = logging.getLogger("mkdocs.plugins.cheatsheet")
SOURCES = Path(tempfile.gettempdir()) / f"cheatsheet-serve-{os.getpid()}"  # generated pages


@dataclass
class _State:
    """Kept from build to build by the server's process (hooks.py is loaded anew each time)."""

    dirty: bool = False
    pages: dict[str, set[str]] = field(default_factory=dict)  # language → its last build's pages
    everything: dict[str, bool] = field(default_factory=dict)  # language → all pages rendered
    index: dict[str, bytes] = field(default_factory=dict)  # language → last full build's index


STATE = _State()


def _quiet_dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns on every dirty build; under --strict a warning stops the build."""
    return not record.getMessage().startswith(DIRTY_WARNING)


def start(dirty: bool) -> None:
    STATE.dirty = dirty
    build_log = logging.getLogger("mkdocs.commands.build")
    if dirty and _quiet_dirty_warning not in build_log.filters:
        build_log.addFilter(_quiet_dirty_warning)


def is_dirty() -> bool:
    return STATE.dirty


def _newest(paths: list[Path]) -> float:
    files = [f for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file()]
    return max((f.stat().st_mtime for f in files), default=0.0)


def mark_stale(files: Files, lang: str) -> None:
    """Make MkDocs render again each page whose inputs changed since its HTML was written, and
    note whether every page will be rendered (always, outside a dirty build)."""
    pages = [f for f in files.documentation_pages() if f.abs_src_path]
    names = {f.src_uri for f in pages}
    if not STATE.dirty:
        STATE.everything[lang] = True
        return
    shared = _newest([ROOT / name for name in SHARED])
    renamed = names != STATE.pages.get(lang)  # a page added or removed: every page's nav changes
    stale = []
    for file in pages:
        dest = Path(file.abs_dest_path)
        built = dest.stat().st_mtime if dest.is_file() else 0.0
        inputs = included(Path(file.abs_src_path)) if file.src_uri.endswith(".md") else []
        if built and (renamed or shared > built or _newest(inputs) > built):
            os.utime(dest, (0, 0))
        if file.is_modified():
            stale.append(file.src_uri)
    STATE.pages[lang] = names
    STATE.everything[lang] = len(stale) == len(pages)
    if not STATE.everything[lang]:
        LOG.info(f"{lang}: rendering again {', '.join(stale) or 'no page'} (cheatsheet/serving.py)")


def generated(config: MkDocsConfig, name: str, content: str) -> File:
    """A page made at build time, such as a print page. Under a dirty build that renders some
    pages only, its last HTML is kept: its source is written dated older than any HTML."""
    if not STATE.dirty:
        return File.generated(config, name, content=content)
    source = SOURCES / config.theme["language"] / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(content, encoding="utf-8")
    if not STATE.everything[config.theme["language"]]:
        os.utime(source, (0, 0))
    return File.generated(config, name, abs_src_path=str(source))


def kept_search_index(site: Path, lang: str) -> bool:
    """If this build rendered only some pages, write back the search index of the last build
    that rendered every page (`save_search_index`) and return True; otherwise leave it."""
    index = site / "search" / "search_index.json"
    if STATE.everything.get(lang, True) or lang not in STATE.index:
        return False
    index.write_bytes(STATE.index[lang])
    return True


def save_search_index(site: Path, lang: str) -> None:
    if STATE.dirty:
        STATE.index[lang] = (site / "search" / "search_index.json").read_bytes()
