"""Each page's twin in the other language, for crawlers: absolute hreflang links.

overrides/main.html (each page's head) and overrides/sitemap.xml link every page to itself in
each language, with French (the site's root) as the default (x-default). Material's script reads
the head's `link[rel=alternate]` as language roots: it fetches sitemap.xml next to each, to map
pages across languages on a click. Our links are pages, so it would ask for <page>/sitemap.xml
(a 404 and a console error on every page), and our language selector already links each page to
its twin (overrides/partials/alternate.html): `patch_material_alternates` turns that lookup off.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig

from cheatsheet.project import PageError

MATERIAL_LOOKUP = '"link[rel=alternate]"'
PATCHED_LOOKUP = '"link[rel=alternate]:not([hreflang])"'


def absolute_alternates(config: MkDocsConfig) -> None:
    """Give each `extra.alternate` language its absolute address (`url`), for the templates."""
    for alt in config.extra["alternate"]:
        alt["url"] = urljoin(config.site_url or "/", alt["link"])


def patch_material_alternates(site: Path) -> None:
    """Make Material's bundle skip our hreflang links when it looks for language roots."""
    bundles = sorted((site / "assets/javascripts").glob("bundle.*.min.js"))
    code = bundles[0].read_text(encoding="utf-8") if len(bundles) == 1 else ""
    if PATCHED_LOOKUP in code:  # `mkdocs serve --dirty` may keep last build's copy
        return
    if code.count(MATERIAL_LOOKUP) != 1:
        raise PageError(
            f"cheatsheet/languages.py: expected one Material bundle in {site}/assets/javascripts "
            f"holding {MATERIAL_LOOKUP} once, found {[b.name for b in bundles]}; check how "
            "Material's script finds the language roots (its sitemap fetch)"
        )
    bundles[0].write_text(code.replace(MATERIAL_LOOKUP, PATCHED_LOOKUP), encoding="utf-8")
