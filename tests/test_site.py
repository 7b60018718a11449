"""The built site, read as files: offline assets, versions line, notebooks, search, 404."""

from __future__ import annotations

import json
import platform
import re
import shutil
import subprocess
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from cheatsheet.answers import entries
from cheatsheet.blocks import page_blocks
from cheatsheet.languages import PATCHED_LOOKUP
from cheatsheet.notebooks import notebook_uri
from cheatsheet.page_notes import NOT_RUN, TESTED, TESTED_WITH
from cheatsheet.printing import GENERATED
from cheatsheet.project import LANGS, ROOT, PageError
from cheatsheet.search import (
    ENGINE,
    load_search_engine,
    page_keywords,
    page_location,
    page_synonyms,
)
from cheatsheet.typography import french_page

# The generated print pages, by name: print, cheatsheet.
PRINT_PAGES = [name.removesuffix(".md") for name in GENERATED]
KATEX = ROOT / "overrides" / "assets" / "katex"
LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src"}
LOADING_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}


class Tags(HTMLParser):
    """Collects the tags of a page with their attributes, and the text of some elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: Path) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser.tags


def lang_root(site: Path, lang: str) -> Path:
    return site if lang == "fr" else site / "en"


def built_page(site: Path, doc: Path) -> Path:
    """Return the HTML file the build makes from docs/<lang>/<name>.md."""
    lang = doc.relative_to(ROOT / "docs").parts[0]
    name = doc.relative_to(ROOT / "docs" / lang).with_suffix("")
    folder = name.parent if name.name == "index" else name
    return lang_root(site, lang) / folder / "index.html"


def docs(lang: str, kinds: tuple[str, ...] = (".md",)) -> list[Path]:
    """List a language's pages written in Markdown (and notebook pages if asked)."""
    return sorted(p for p in (ROOT / "docs" / lang).glob("**/*") if p.suffix in kinds)


def test_nothing_is_loaded_from_another_host(built_site: Path) -> None:
    """Scripts, styles, fonts, images and frames all come from the site itself (no CDN)."""
    remote = re.compile(r"^(https?:)?//")
    found = []
    for html in built_site.rglob("*.html"):
        for tag, attrs in tags(html):
            rel = set((attrs.get("rel") or "").split())
            url = attrs.get(LOADING.get(tag, "")) or (
                attrs.get("href") if rel & LOADING_LINKS else ""
            )
            if url and remote.match(url):
                found.append(f"{html.relative_to(built_site)}: <{tag}> {url}")
    for css in built_site.rglob("*.css"):
        for url in re.findall(r"(?:url\(|@import\s+)['\"]?([^'\")\s]+)", css.read_text("utf-8")):
            if remote.match(url):
                found.append(f"{css.relative_to(built_site)}: {url}")
    assert not found, "\n".join(found)


def test_katex_is_vendored_with_its_licence_version_and_fonts() -> None:
    js = (KATEX / "katex.min.js").read_text(encoding="utf-8")
    shipped = re.search(r'version:"(\d+\.\d+\.\d+)"', js)
    assert shipped, "katex.min.js names no version"
    assert f"KaTeX {shipped[1]}" in (KATEX / "VERSION").read_text(encoding="utf-8")
    assert "MIT License" in (KATEX / "LICENSE").read_text(encoding="utf-8")
    fonts = re.findall(r"url\(([^)]+)\)", (KATEX / "katex.min.css").read_text(encoding="utf-8"))
    assert fonts and all(f.endswith(".woff2") and (KATEX / f).is_file() for f in fonts)
    assert {p.name for p in (KATEX / "fonts").iterdir()} == {Path(f).name for f in fonts}


@pytest.mark.parametrize("lang", LANGS)
def test_formulas_are_rendered_at_build_time(built_site: Path, lang: str) -> None:
    """Every formula is KaTeX HTML in the page: no math script to load, nothing left raw."""
    pages = [built_page(built_site, doc) for doc in docs(lang)]
    raw = [
        p for p in pages if re.search(r'class="arithmatex"[^>]*>\s*\\[(\[]', p.read_text("utf-8"))
    ]
    assert not raw, f"formulas left raw: {raw}"
    scripts = [
        src for p in pages for tag, a in tags(p) if tag == "script" and (src := a.get("src"))
    ]
    assert not [s for s in scripts if "katex" in s], "a page loads KaTeX's script"
    rendered = sum(p.read_text("utf-8").count('class="katex"') for p in pages)
    assert rendered > 300, f"only {rendered} formulas rendered"


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_says_which_versions_it_was_tested_with(built_site: Path, lang: str) -> None:
    expected = [f"Python {platform.python_version()}", *(f"{n} {version(n)}" for n in TESTED)]
    line = f"{TESTED_WITH[lang]} {', '.join(expected)}"
    for doc in docs(lang, (".md", ".ipynb")):
        html = built_page(built_site, doc).read_text(encoding="utf-8")
        assert f'<p class="tested-with" data-search-exclude>{line}</p>' in html, doc


@pytest.mark.parametrize("lang", LANGS)
def test_code_names_are_plain_text_of_their_block(built_site: Path, lang: str) -> None:
    """No Markdown page keeps Pygments' name spans (cheatsheet/code_tokens.py), and a block's
    names are still there: `np.arange` on the NumPy page, with its other tokens highlighted."""
    for doc in docs(lang):
        html = built_page(built_site, doc).read_text(encoding="utf-8")
        assert '<span class="n">' not in html, f"{doc}: a name token kept its span"
    numpy = built_page(built_site, ROOT / "docs" / lang / "numpy.md").read_text(encoding="utf-8")
    assert 'np<span class="o">.</span>arange<span class="p">(</span>' in numpy


@pytest.mark.parametrize("lang", LANGS)
def test_table_cells_show_no_escaping_backslash(built_site: Path, lang: str) -> None:
    """A pipe in a table's code span is written `X | None`: `\\|` would show its backslash."""
    for doc in docs(lang):
        html = built_page(built_site, doc).read_text(encoding="utf-8")
        cells = re.findall(r"<td>(.*?)</td>", html, flags=re.S)
        codes = [c for cell in cells for c in re.findall(r"<code>([^<]*)</code>", cell)]
        assert not [c for c in codes if "\\|" in c], f"{doc}: a table cell shows \\|"


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_with_code_links_its_notebook(built_site: Path, lang: str) -> None:
    for doc in docs(lang):
        page = built_page(built_site, doc)
        links = [
            a
            for tag, a in tags(page)
            if tag == "a" and "notebook-download" in (a.get("class") or "")
        ]
        src = doc.relative_to(ROOT / "docs" / lang).as_posix()
        if not page_blocks(doc):
            assert not links, f"{doc}: a page without code offers no notebook"
            continue
        assert len(links) == 1, f"{doc}: no notebook download link"
        target = (page.parent / str(links[0]["href"])).resolve()
        assert target == (lang_root(built_site, lang) / notebook_uri(src, lang)).resolve()
        assert target.is_file() and links[0]["download"] == target.name
        notebook = json.loads(target.read_text(encoding="utf-8"))
        intro = "".join(notebook["cells"][0]["source"])
        assert TESTED_WITH[lang] in intro, f"{target.name}: the notebook is not in {lang}"


@pytest.mark.parametrize("lang", LANGS)
def test_skipped_blocks_show_their_reason_in_the_notebook_and_page(
    built_site: Path, lang: str
) -> None:
    for doc in docs(lang):
        skipped = [b for b in page_blocks(doc) if b.skip_reason]
        if not skipped:
            continue
        html = built_page(built_site, doc).read_text(encoding="utf-8")
        src = doc.relative_to(ROOT / "docs" / lang).as_posix()
        path = lang_root(built_site, lang) / notebook_uri(src, lang)
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        notes = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
        tagged = [c for c in cells if "skip-execution" in c["metadata"].get("tags", [])]
        assert len(tagged) == len(skipped), f"{path.name}: skipped blocks not tagged"
        for block in skipped:
            shown = french_page(block.skip_reason, [], lang)  # the page is typeset, not notebooks
            assert NOT_RUN[lang] in html and shown in html, block.where
            assert any(block.skip_reason in note for note in notes), block.where


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_search_index(built_site: Path, lang: str) -> None:
    index = json.loads((lang_root(built_site, lang) / "search" / "search_index.json").read_text())
    assert index["config"]["lang"] == [lang]
    pages = {d["location"].split("#")[0] for d in index["docs"]}
    expected = {
        built_page(built_site, doc).parent.relative_to(lang_root(built_site, lang)).as_posix()
        for doc in docs(lang, (".md", ".ipynb"))
    }
    assert pages == {"" if p == "." else f"{p}/" for p in expected}
    assert not [p for p in pages if p.startswith(("en/", "../"))], "pages of the other language"


@pytest.mark.parametrize("lang", LANGS)
def test_search_worker_loads_the_engine_before_materials_search(
    built_site: Path, lang: str
) -> None:
    """Its effect is tested in the browser (test_browser.py); here, that it is wired first."""
    workers = lang_root(built_site, lang) / "assets" / "javascripts" / "workers"
    (worker,) = workers.glob("search.*.min.js")
    assert worker.read_text().startswith(ENGINE)
    assert worker.read_text().count(ENGINE) == 1
    assert (workers / "minisearch.js").is_file()
    assert (workers / "search-answers.js").is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_front_matter_synonyms_reach_the_page_entry_of_the_index(
    built_site: Path, lang: str
) -> None:
    index = json.loads((lang_root(built_site, lang) / "search/search_index.json").read_text())
    entries = {entry["location"]: entry for entry in index["docs"]}
    pages = [doc for doc in docs(lang) if page_synonyms(doc)]
    assert pages, f"no docs/{lang} page declares synonyms"
    for doc in pages:
        entry = entries[page_location(doc, lang)]
        assert entry["synonyms"] == " ".join(page_synonyms(doc))
        assert not any(w in entry["text"] for w in page_synonyms(doc) if w not in doc.read_text())


@pytest.mark.parametrize("lang", LANGS)
def test_one_line_answers_and_keywords_are_searched_on_the_card_they_link_to(
    built_site: Path, lang: str
) -> None:
    """An answer's task and code, and a page's `keywords:`, join the `answers` field of the entry
    of the card or section they name; the answers leave the page's own entry."""
    index = json.loads((lang_root(built_site, lang) / "search/search_index.json").read_text())
    by_location = {entry["location"]: entry for entry in index["docs"]}
    checked = 0
    for doc in docs(lang):
        page = page_location(doc, lang)
        for _, task, anchor, code, _ in entries(doc.read_text(encoding="utf-8"), str(doc)):
            words = by_location[f"{page}#{anchor}"]["answers"]
            assert task in words and all(c in words for c in code), f"{doc}: {task!r}"
            assert task not in by_location[page]["text"], f"{doc}: {task!r} left on the page"
            checked += 1
        for anchor, words in page_keywords(doc).items():
            assert words in by_location[f"{page}#{anchor}"]["answers"], f"{doc}: #{anchor}"
    assert checked > 500, f"{lang}: only {checked} one-line answers in the index"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("keywords: [figure size]", r"plot.md:2: 'keywords:' maps a card or section anchor"),
        (
            "keywords:\n  glance-size: figure size",
            r"plot.md:3: keywords for #glance-size, which no",
        ),
        ("keywords:\n  size: [a, b]", r"plot.md:3: keywords for #size must be words, in one line"),
        ("keywords:\n  size: %timeit plt.plot", r"plot.md:3: the front matter is not valid YAML"),
    ],
)
def test_bad_keywords_name_the_page_and_line(tmp_path: Path, front: str, message: str) -> None:
    page = tmp_path / "plot.md"
    page.write_text(f"---\n{front}\n---\n# Page\n\n## Size {{ #size }}\n", encoding="utf-8")
    with pytest.raises(PageError, match=message):
        page_keywords(page)


def test_bad_synonyms_name_the_page_and_line(tmp_path: Path) -> None:
    page = tmp_path / "pca.md"
    page.write_text("---\nsynonyms: ACP\n---\n# Page\n", encoding="utf-8")
    with pytest.raises(PageError, match=r"pca.md:2: 'synonyms:' must be a list"):
        page_synonyms(page)


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("synonym: [ACP]", r"pca.md:2: unknown front-matter key 'synonym:'"),
        ("search:\n  weight: 2", r"pca.md:2: 'search:' takes only \['boost', 'exclude'\]"),
    ],
)
def test_front_matter_keys_the_build_would_ignore_name_the_page(
    tmp_path: Path, front: str, message: str
) -> None:
    page = tmp_path / "pca.md"
    page.write_text(f"---\n{front}\n---\n# Page\n", encoding="utf-8")
    with pytest.raises(PageError, match=message):
        page_synonyms(page)


def test_missing_search_worker_fails_the_build_naming_the_module(tmp_path: Path) -> None:
    with pytest.raises(PageError, match=r"search.py: expected one Material search worker"):
        load_search_engine(tmp_path)


@pytest.mark.parametrize(("lang", "title"), [("fr", "Page introuvable"), ("en", "Page not found")])
def test_404_page_speaks_the_language(built_site: Path, lang: str, title: str) -> None:
    html = (lang_root(built_site, lang) / "404.html").read_text(encoding="utf-8")
    assert f"<h1>404 \u2013 {title}</h1>" in html
    assert f'<html lang="{lang}"' in html


def site_pages(site: Path, lang: str) -> list[str]:
    """Every page's path under its language's root: the Markdown and notebook pages, the print
    pages."""
    root = lang_root(site, lang)
    pages = [built_page(site, doc).parent for doc in docs(lang, (".md", ".ipynb"))]
    paths = [p.relative_to(root).as_posix() + "/" for p in pages]
    return sorted({"" if p == "./" else p for p in paths} | {f"{p}/" for p in PRINT_PAGES})


@pytest.mark.parametrize("lang", LANGS)
def test_each_page_names_its_twin_in_each_language_with_absolute_hreflang_links(
    served_site: tuple[Path, str], lang: str
) -> None:
    """<link rel="alternate" hreflang> for fr, en and x-default (French), absolute, each a page
    of the site; the sitemap lists the same alternates for each page."""
    site, base = served_site
    home = {"fr": base, "en": base + "en/"}
    for path in site_pages(site, lang):
        html = lang_root(site, lang) / path / "index.html"
        links = {
            a["hreflang"]: a["href"]
            for tag, a in tags(html)
            if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang")
        }
        want = {"fr": home["fr"] + path, "en": home["en"] + path, "x-default": home["fr"] + path}
        assert links == want, f"{lang}/{path}: {links}"
        for url in links.values():
            assert (site / url.removeprefix(base) / "index.html").is_file(), url
    sitemap = (lang_root(site, lang) / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
    assert len(entries) == len(site_pages(site, lang))
    for entry in entries:
        loc = re.search(r"<loc>(.*?)</loc>", entry)[1]
        path = loc.removeprefix(home[lang])
        alternates = dict(
            re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>', entry)
        )
        want = {"fr": home["fr"] + path, "en": home["en"] + path, "x-default": home["fr"] + path}
        assert alternates == want, f"{lang} sitemap, {loc}: {alternates}"
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in sitemap
    (bundle,) = (lang_root(site, lang) / "assets" / "javascripts").glob("bundle.*.min.js")
    assert bundle.read_text(encoding="utf-8").count(PATCHED_LOOKUP) == 1, "Material looks pages up"


def test_print_page_has_unique_ids_and_sized_lazy_figures(built_site: Path) -> None:
    """print/: each section's ids prefixed by its page (no duplicates); figures with their size,
    loaded lazily, and Plotly's frames too (plotly.js is not loaded with the page)."""
    for lang in LANGS:
        page = lang_root(built_site, lang) / "print" / "index.html"
        found = tags(page)
        ids = [a["id"] for _, a in found if a.get("id")]
        assert len(ids) == len(set(ids)), (
            f"{lang}: duplicate ids {sorted({i for i in ids if ids.count(i) > 1})}"
        )
        figures = [a for tag, a in found if tag == "img" and "figures/" in (a.get("src") or "")]
        assert figures, f"{lang}: no figure on the print page"
        for a in figures:
            assert a.get("width") and a.get("height") and a.get("loading") == "lazy", a
        frames = [a for tag, a in found if tag == "iframe"]
        assert frames and all(a.get("loading") == "lazy" for a in frames), frames


def test_print_pages_are_paper_that_material_script_leaves_alone(built_site: Path) -> None:
    """print/ and cheatsheet/ sit outside Material's content component (overrides/paper.html):
    its script adds no copy button to their hundreds of code blocks and measures none, as it
    does on a topic page. print/ opens every folded check; each interactive frame, on any page,
    has its line for paper."""
    for lang in LANGS:
        root = lang_root(built_site, lang)
        for name in PRINT_PAGES:
            html = (root / name / "index.html").read_text(encoding="utf-8")
            assert 'data-md-component="content"' not in html, f"{lang}: /{name}/ has copy buttons"
            assert "md-typeset paper" in html, f"{lang}: /{name}/ is not laid out as paper"
        topic = (root / "numpy" / "index.html").read_text(encoding="utf-8")
        assert 'data-md-component="content"' in topic, f"{lang}: a topic page lost copy buttons"
        found = tags(root / "print" / "index.html")
        details = [a for tag, a in found if tag == "details"]
        assert details and all("open" in a for a in details), f"{lang}: a check stays folded"
        for page in (root / "print" / "index.html", root / "plotting" / "index.html"):
            html = page.read_text(encoding="utf-8")
            frames, lines = html.count("<iframe "), html.count('class="frame-on-paper"')
            assert frames and frames == lines, f"{page}: {frames} frames, {lines} lines for paper"


class Anchors(HTMLParser):
    """Collects a page's ids and its links."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))


def test_no_link_is_broken_anchors_included(built_site: Path) -> None:
    """Every link from a page to the site leads to a file, and its #anchor to an id there."""
    pages: dict[Path, Anchors] = {}
    for html in built_site.rglob("*.html"):
        if "figures" in html.parts:
            continue
        pages[html] = parser = Anchors()
        parser.feed(html.read_text(encoding="utf-8"))
    broken = []
    for html, parser in pages.items():
        for link in parser.links:
            url = urlsplit(link)
            if url.scheme or url.netloc or link.startswith(("javascript:", "mailto:")):
                continue
            path = unquote(url.path)  # the 404 pages' links start at the site's root (/)
            folder = built_site if path.startswith("/") else html.parent
            target = (folder / path.lstrip("/")).resolve() if path else html
            if target.is_dir():
                target /= "index.html"
            where = f"{html.relative_to(built_site)}: {link}"
            if not target.is_file():
                broken.append(f"{where} (no such file)")
            elif url.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if unquote(url.fragment) not in ids:
                    broken.append(f"{where} (no such anchor)")
    assert not broken, f"{len(broken)} broken link(s):\n" + "\n".join(broken[:40])


# The Nu Html Checker (vnu.jar, from `npm pack vnu-jar`: .ci/run puts it there; never committed).
VNU = ROOT / ".cache" / "vnu" / "vnu.jar"
# One short run: the client compiler and one GC thread halve the checker's CPU time (18 s to 9 s
# on this site, two cores) and change nothing it reports (the same JSON, compared byte for byte).
JVM_QUICK = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
# Errors of markup we do not write, by message (a regular expression): reason.
VNU_ALLOWED = {
    r"Attribute “autocomplete” is only allowed when the input type is": (
        "Material's base.html puts autocomplete=off on its drawer and search checkboxes, outside"
        " any block: only a copy of the whole template could drop it"
    ),
    r"Element “mo” not allowed as child of element “m(sub|under)”": (
        "KaTeX's MathML for an operator with a subscript (\\max_x, \\arg\\min_w) holds the"
        " function-application <mo> inside <msub>/<munder>; the HTML rendering is unaffected"
    ),
    r"CSS: “(height|top)”: “-": "KaTeX's layout spans use negative heights (drawn as intended)",
}
# Pages of markup we do not write: reason.
VNU_PAGES_ALLOWED = {
    "jupyter-notebook/index.html": (
        "mkdocs-jupyter's page: nbconvert's CSS and <style> elements in the body, JupyterLab's"
        " <clipboard-copy> elements, an empty MathJax <script src>"
    ),
}


@pytest.mark.long
def test_html_has_no_nu_checker_error(built_site: Path) -> None:
    """vnu.jar checks every HTML file of the site (pages, 404 pages, Plotly figure pages)."""
    if not shutil.which("java") or not VNU.is_file():
        pytest.skip(f"the Nu Html Checker needs java and {VNU} (.ci/run installs both)")
    done = subprocess.run(
        [
            *("java", "-Xss8m", *JVM_QUICK, "-jar", str(VNU)),
            *("--format", "json", "--errors-only"),
            *("--skip-non-html", str(built_site)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(done.stderr)["messages"]
    found = []
    for m in messages:
        page = Path(urlsplit(m["url"]).path).relative_to(built_site).as_posix()
        if page.removeprefix("en/") in VNU_PAGES_ALLOWED:
            continue
        if any(re.search(allowed, m["message"]) for allowed in VNU_ALLOWED):
            continue
        found.append(f"{page}:{m.get('lastLine')}: {m['message']}")
    assert not found, f"{len(found)} Nu Html Checker error(s):\n" + "\n".join(found[:40])
