"""The built site in a real browser: Debian's chromium, driven by Playwright, over local HTTP.

Screenshots and print PDFs go to test-artifacts/ (kept by CI as an artifact, ignored by git).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from mkdocs.config import load_config
from playwright import sync_api as playwright
from playwright.sync_api import expect

from benchmarks.reading import search_hrefs, worker_hrefs
from cheatsheet import run_cache
from cheatsheet.answers import count
from cheatsheet.blocks import page_blocks
from cheatsheet.glance import answering_anchors
from cheatsheet.printing import GENERATED
from cheatsheet.project import CONFIGS, LANGS, ROOT
from cheatsheet.search import page_location

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
OTHER = {"fr": "en", "en": "fr"}
HOME = {"fr": "", "en": "en/"}
# The generated print pages of each language.
PRINT_PAGES = {
    lang: [f"{home}{name.removesuffix('.md')}/" for name in GENERATED]
    for lang, home in HOME.items()
}
# Query, language ("" for both), page expected first. A case runs once its page has code.
SEARCHES = [
    ("entropie", "fr", "entropy"),
    ("dérivée", "fr", "derivatives"),
    ("dérivées", "fr", "derivatives"),
    ("entropy", "en", "entropy"),
    ("derivative", "en", "derivatives"),
    ("einsum", "", "numpy"),
    ("MultiheadAttention", "", "transformers"),
    ("pivot_table", "", "pandas"),
    ("fillna", "", "pandas"),
    ("tf32", "", "deployment"),  # lunr.fr trims digits from the words it indexes
    ("bfloat16", "", "pytorch"),
]
# Learners' queries and the pages that answer them.
QUERIES = tomllib.loads((ROOT / "tests" / "search_queries.toml").read_text(encoding="utf-8"))
QUESTIONS = tomllib.loads((ROOT / "tests" / "questions.toml").read_text(encoding="utf-8"))
# Share of tests/questions.toml that the search must answer (page first, an answering anchor in
# the first three links). A miss is mended in the pages: a one-line answer worded as people ask,
# or the page's `keywords:` (README, "What the site gives a reader").
ANSWERED_FLOOR = 0.95
# Stemming: forms that no page contains find the page of the word's other forms (typed with or
# without accents).
STEMMED = [
    ("entropies", "fr", "entropy"),
    ("dérivables", "fr", "derivatives"),
    ("convolutives", "fr", "cnn"),
    ("derivees", "fr", "derivatives"),
    ("probabilites", "fr", "probability"),
    ("l'entropie", "fr", "entropy"),  # an elision
    ("entropies", "en", "entropy"),
    ("optimizing", "en", "optimizers"),
]
# axe-core (tests/vendor/axe-core, from `npm pack axe-core`), WCAG 2.1 A and AA rules.
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The rules whose result depends on the colours: run again in dark mode.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Theme violations no override can fix, as (rule, CSS selector of the node): reason. Empty: every
# violation found so far was fixed (cheatsheet.css, overrides/partials, cheatsheet/scrolling.py).
AXE_ALLOWED: dict[tuple[str, str], str] = {}
AXE_RUN = """([tags, rules, left]) => axe.run(document, {
  runOnly: rules ? {type: "rule", values: rules} : {type: "tag", values: tags},
  rules: Object.fromEntries(left.map(rule => [rule, {enabled: false}])),
  resultTypes: ["violations"],
}).then(r => r.violations.flatMap(v => v.nodes.map(n => [v.id, n.target.join(" "), n.html])))"""
# The colour rules take two thirds of axe's time on a print page (120,000 nodes), in each scheme.
# They are not run there: a print page's sections are the topic pages' articles, which are
# checked in both schemes with their folded blocks opened as the print page opens them, and on
# screen nothing colours a print page differently (test_print_pages_colour_nothing_on_screen).
OPEN_DETAILS = "() => document.querySelectorAll('details').forEach(d => { d.open = true; })"
# A print page holds every section in turn. When only some of them changed since it passed, the
# others are taken out of the page before axe checks it (most of axe's time there goes into
# walking the whole page: a minute a language). What a section's results depend on is in its key:
# its own HTML, the site's CSS, and the page around the sections (when that changes, every
# section is checked). Sections follow one another in the flow, so none draws over another, and
# what axe compares across a page does not cross them: ids are prefixed by their page's name
# (tests/test_site.py checks they are unique), each section opens with its own h1, and a section
# holds no landmark (checked here: a page where one does is checked whole).
PRINT_PART = re.compile(
    rb'<section class="(?:print-section|glance-sheet)"[^>]*>.*?</section>', re.S
)
PRINT_PARTS = ".print-section, .glance-sheet"
LANDMARKS = (
    "aside, nav, header, footer, form, main, section[aria-label], section[aria-labelledby], "
    "[role=banner], [role=navigation], [role=main], [role=complementary], [role=contentinfo], "
    "[role=region], [role=search], [role=form]"
)
KEEP_PARTS = """([selector, landmarks, kept]) => {
  const parts = [...document.querySelectorAll(selector)];
  const alone = parts.every(part => !part.querySelector(landmarks)
    && part.querySelector("h1, h2, h3, h4, h5, h6")?.tagName === "H1");
  if (alone) parts.forEach((part, i) => kept.includes(i) || part.remove());
  return [parts.length, alone];
}"""
# Switch the colour scheme as Material's toggle does, without the colours' transitions (axe would
# read the colours halfway), and with every section of the print page drawn (axe reads colours
# from what is drawn; content-visibility leaves the sections far from the viewport undrawn).
# Without the shades of the boxes that scroll sideways (cheatsheet.css): they are background
# images, and axe, which cannot tell a colour under a gradient, would leave every text of a code
# block, wide table or formula unchecked ("incomplete"). That text lies on the box's own colour,
# the last layer of the background; a shade covers only an edge where content is cut off.
SCHEME = """scheme => {
  document.head.insertAdjacentHTML("beforeend", "<style>* {transition: none !important} "
    + ".print-section {content-visibility: visible !important} .md-typeset pre > code, "
    + ".md-typeset .scroll-x, .md-typeset div.arithmatex {background-image: none !important}"
    + "</style>");
  document.body.dataset.mdColorScheme = scheme;
}"""
# What decides a text's contrast, as axe measures it: its colour, size, weight and shadow, and
# the colour and opacity of each box behind it, up to the root. COLOUR_KEY(element) is that, for
# a text that is nothing else: an inline element holding only text, with no attribute but its
# class, in no link or button (whose rules look further); null for any other element, and where
# a box behind it is drawn with an image, a filter or a blend. Two texts with the same key have
# the same contrast (test_texts_with_the_same_colour_key_have_the_same_contrast), so the colour
# rules check a key once a run: the site's 130,000 such texts have a few hundred keys.
COLOUR_KEY = """(() => {
  const behind = new Map();
  const boxes = e => {
    if (!e) return "";
    if (!behind.has(e)) {
      const s = getComputedStyle(e);
      const plain = s.backgroundImage === "none" && s.filter === "none"
        && s.mixBlendMode === "normal";
      const up = plain ? boxes(e.parentElement) : null;
      behind.set(e, up === null ? null : `${s.backgroundColor} ${s.opacity}/${up}`);
    }
    return behind.get(e);
  };
  return e => {
    if (e.firstElementChild || !e.textContent.trim() || e.closest("a, button, svg")
      || [...e.attributes].some(a => a.name !== "class")) return null;
    const s = getComputedStyle(e), up = boxes(e);
    return s.display !== "inline" || up === null ? null
      : [s.color, s.fontSize, s.fontWeight, s.textShadow, up].join(" ");
  };
})()"""
# The colour rules, each text whose key was checked earlier in the run hidden from axe; returns
# the violations and the keys of the texts axe found legible (a key is learnt from a text axe
# judged, not from one it could not: a single character, a text scrolled out of view).
COLOUR_RUN = """([rules, known]) => {
  const key = COLOUR_KEY, seen = new Set(known), keys = new Map();
  for (const e of document.body.querySelectorAll("*")) {
    const k = key(e);
    if (k === null) continue;
    if (seen.has(k)) e.dataset.axeSameColours = "";
    else keys.set(e, k);
  }
  const hide = document.createElement("style");
  hide.textContent = "[data-axe-same-colours] {visibility: hidden !important}";
  document.head.append(hide);
  return axe.run(document, {
    runOnly: {type: "rule", values: rules}, resultTypes: ["violations", "passes"], elementRef: true,
  }).then(r => {
    hide.remove();
    document.querySelectorAll("[data-axe-same-colours]").forEach(e => {
      delete e.dataset.axeSameColours;
    });
    const legible = r.passes.filter(p => p.id === "color-contrast").flatMap(p => p.nodes);
    return [
      r.violations.flatMap(v => v.nodes.map(n => [v.id, n.target.join(" "), n.html])),
      [...new Set(legible.map(n => keys.get(n.element)).filter(k => k))],
    ];
  });
}""".replace("COLOUR_KEY", COLOUR_KEY)
# Text left visible outside code when a formula did not render.
RAW_MATH = re.compile(r"\$|\\\(|\\\)|\\\[|\\\]")
VISIBLE_TEXT = """() => {
  const skip = "pre, code, script, style, .katex, .md-search, .md-sidebar, .md-header";
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walker.nextNode()) {
    if (!walker.currentNode.parentElement.closest(skip)) parts.push(walker.currentNode.data);
  }
  return parts.join(" ");
}"""


def page_path(doc: Path, lang: str) -> str:
    """Return a page's URL path from the site root: docs/fr/numpy.md -> numpy/, en -> en/numpy/."""
    path = page_location(doc, lang)
    return path if lang == "fr" else f"en/{path}"


def docs(lang: str, kinds: tuple[str, ...] = (".md",)) -> list[Path]:
    """List a language's pages written in Markdown (and notebook pages if asked)."""
    return sorted(p for p in (ROOT / "docs" / lang).glob("**/*") if p.suffix in kinds)


def written(section: str) -> bool:
    """Tell whether a section's pages have code yet (pages are written in parallel)."""
    return all(page_blocks(ROOT / "docs" / lang / f"{section}.md") for lang in LANGS)


def parts(lang: str) -> list[tuple[str, str]]:
    """Return (part title, first page file) for each part of the language's navigation."""
    nav = load_config(str(CONFIGS[lang])).nav
    return [
        (title, pages[0])
        for item in nav
        if isinstance(item, dict)
        for title, pages in item.items()
        if isinstance(pages, list)
    ]


def language_reads(lang: str) -> str:
    """What a check of one language's search and pages reads besides its part of the site: the
    pages' sources, the lists of queries and questions, the build and search code."""
    reads = (f"docs/{lang}/**/*", "tests/*.toml", "cheatsheet/*.py", "benchmarks/reading.py")
    return run_cache.scoped_key(reads, "tests/test_browser.py")


# --- Fixtures ---


@pytest.fixture(scope="session")
def site_url(served_site: tuple[Path, str]) -> str:
    return served_site[1]


@pytest.fixture(scope="session")
def browser() -> Iterator[playwright.Browser]:
    """Start Debian's chromium once per session (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is missing: apt-get install -y chromium")
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Log:
    """What the browser did: requests to other hosts (blocked), console errors, all responses."""

    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    responses: list[playwright.Response] = field(default_factory=list)


@dataclass
class Tab:
    page: playwright.Page
    log: Log
    base: str

    def open(self, path: str, *, idle: bool = True) -> None:
        """Load a page; without `idle`, until its load event and its fonts only (faster)."""
        self.page.goto(self.base + path, wait_until="networkidle" if idle else "load")
        self.page.evaluate("document.fonts.ready.then(() => true)")


# What an every-page check reads besides the page: a page that passed it is checked again only
# when its HTML, the site's assets and figures, or this code change (cheatsheet/run_cache.py).
CHECKING_CODE = [Path(__file__), ROOT / "tests/conftest.py", ROOT / "benchmarks/reading.py", AXE]


@pytest.fixture
def checked(
    request: pytest.FixtureRequest, served_site: tuple[Path, str]
) -> Iterator[run_cache.CheckedPages]:
    """The pages that passed this test before as they are now (`unchanged(path)`); a passing test
    calls `keep()`, and the last line of the run counts the pages it left out."""
    site, base = served_site
    pages = run_cache.CheckedPages(
        request.node.name, site, base, run_cache.site_key(site, CHECKING_CODE)
    )
    yield pages
    request.node.user_properties.append(("checks:unchanged", pages.skipped))


@pytest.fixture
def tab(browser: playwright.Browser, site_url: str) -> Iterator[Tab]:
    """A fresh browser context (empty cache and storage) that blocks and logs other hosts."""
    yield from open_tab(browser, site_url)


@pytest.fixture(scope="module")
def search_tab(browser: playwright.Browser, site_url: str) -> Iterator[Tab]:
    """One tab for all the search tests: each query is typed on the already open home page."""
    yield from open_tab(browser, site_url)


def open_tab(browser: playwright.Browser, site_url: str) -> Iterator[Tab]:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
    )
    log = Log()

    def route(route: playwright.Route) -> None:
        if route.request.url.startswith(site_url):
            route.continue_()
        else:
            log.external.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and log.errors.append(f"{page.url}: {m.text}"))
    page.on("pageerror", lambda e: log.errors.append(f"{page.url}: {e}"))
    page.on("response", lambda r: log.responses.append(r))
    yield Tab(page, log, site_url)
    context.close()


# --- Every page ---


def offline_problems(tab: Tab, path: str, lang: str) -> list[str]:
    """What is wrong with the page open in `tab` at `path`: formulas not rendered, raw math
    delimiters left in its text, a language switcher that leads elsewhere than its twin."""
    page, problems = tab.page, []
    formulas = page.locator(".arithmatex").count()
    rendered = page.locator(".arithmatex .katex").count()
    if page.locator(".katex-error").count() or rendered < formulas:
        problems.append(f"/{path}: {formulas - rendered} formula(s) not rendered")
    if raw := RAW_MATH.findall(page.evaluate(VISIBLE_TEXT)):
        problems.append(f"/{path}: raw math delimiters left in the text: {raw[:5]}")
    if path.endswith("404.html"):
        return problems
    href = page.locator(f"a.md-select__link[hreflang={OTHER[lang]}]").evaluate("a => a.href")
    twin = tab.base + (path.removeprefix("en/") if lang == "en" else f"en/{path}")
    if href != twin:
        problems.append(f"/{path}: the language switcher leads to {href}, not {twin}")
    return problems


def axe_violations(
    page: playwright.Page, rules: list[str] | None = None, left: tuple[str, ...] = ()
) -> list[list[str]]:
    """Run axe-core in the page (the WCAG rules, or only `rules`, less those `left`): [rule,
    node selector, node HTML] for each violation not allowed."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate(AXE_RUN, [WCAG, rules, list(left)])
    return [v for v in found if (v[0], v[1]) not in AXE_ALLOWED]


def keep_changed_parts(page: playwright.Page, parts: tuple[list[int], int] | None) -> None:
    """On a print page of which only some `parts` changed (their indexes, out of how many), take
    the others out of the page, where that is safe (PRINT_PART); any other page stays whole."""
    if parts is not None and len(parts[0]) < parts[1]:
        shown, _ = page.evaluate(KEEP_PARTS, [PRINT_PARTS, LANDMARKS, parts[0]])
        assert shown == parts[1], f"{shown} sections in the page, {parts[1]} in its HTML"


def axe_runs(
    page: playwright.Page,
    parts: tuple[list[int], int] | None,
    *,
    colours: bool = True,
    checked: dict[str, set[str]] | None = None,
) -> list[list[str]]:
    """The violations of a page, its folded blocks opened, as [scheme, rule, node selector, node
    HTML]: in light mode, then of the colour rules in light and dark mode (of the texts whose
    colour key is not `checked` yet in that scheme: COLOUR_KEY; the keys found legible are added);
    of a print page, only its `parts` that changed. Without `colours`, the other rules only."""
    keep_changed_parts(page, parts)
    page.evaluate(OPEN_DETAILS)
    page.evaluate(SCHEME, "default")
    found = [["default", *v] for v in axe_violations(page, None, tuple(COLOUR_RULES))]
    checked = {} if checked is None else checked
    for scheme in ("default", "slate") if colours else ():
        page.evaluate(SCHEME, scheme)
        known = checked.setdefault(scheme, set())
        violations, legible = page.evaluate(COLOUR_RUN, [COLOUR_RULES, sorted(known)])
        known.update(legible)
        found += [[scheme, *v] for v in violations if (v[0], v[1]) not in AXE_ALLOWED]
    return found


@pytest.mark.long
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders_offline_with_no_error_and_no_accessibility_violation(
    tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """Every page of a language, visited once for both checks. Offline: no request to another
    host, no console error, formulas rendered, the language switcher leads to the page's twin
    (the first page of each part is saved as a screenshot). Then axe-core, WCAG 2.1 A and AA,
    its folded blocks opened: light mode, then the colour rules in dark mode (the scheme set as
    Material's toggle sets it), each on one text of each colour key (COLOUR_KEY); on the print
    pages, the rules other than colour (AXE_RUN says why). Reports the problems by page, the
    violations by rule and page."""
    problems: list[str] = []
    found: dict[str, list[str]] = {}
    colour_keys: dict[str, set[str]] = {}
    shots = {
        path: f"{lang}-{n}-{Path(first).stem}"
        for n, (_, first) in enumerate(parts(lang), 1)
        for path in [page_path(ROOT / "docs" / lang / first, lang)]
    }
    (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
    paths = [
        *(page_path(doc, lang) for doc in docs(lang, (".md", ".ipynb"))),
        *PRINT_PAGES[lang],
        f"{HOME[lang]}404.html",
    ]
    for path in paths:
        if path in PRINT_PAGES[lang]:
            sections = checked.changed_parts(path, PRINT_PART)
            if sections is None:
                continue
        elif checked.unchanged(path):
            continue
        else:
            sections = None
        tab.open(path, idle=False)
        problems += offline_problems(tab, path, lang)
        if path in shots:
            tab.page.screenshot(path=ARTIFACTS / "screenshots" / f"{shots[path]}.png")
        colours = path not in PRINT_PAGES[lang]
        for scheme, rule, target, html in axe_runs(
            tab.page, sections, colours=colours, checked=colour_keys
        ):
            found.setdefault(rule, []).append(f"/{path} ({scheme}) {target}: {html[:120]}")
    assert not tab.log.external, f"requests to other hosts: {sorted(set(tab.log.external))}"
    assert not tab.log.errors, "console errors:\n" + "\n".join(tab.log.errors)
    assert not problems, "\n".join(problems)
    report = "\n".join(
        f"{rule}: {len(nodes)} node(s)\n  " + "\n  ".join(nodes[:8])
        for rule, nodes in found.items()
    )
    assert not found, f"{lang}: accessibility violations (axe-core, WCAG 2.1 AA):\n{report}"
    checked.keep()
    print(
        f"{lang}: {len(paths) - checked.skipped} of {len(paths)} pages visited, 0 requests to "
        "another host, 0 axe-core violations in light and dark mode"
    )


# Every text axe judges for contrast, as [its COLOUR_KEY, what axe measured: colours, ratio and
# the ratio needed], and why axe left texts unjudged ("incomplete"), with how many.
CONTRASTS = """() => axe.run(document, {runOnly: {type: "rule", values: ["color-contrast"]},
  resultTypes: ["passes", "violations", "incomplete"], elementRef: true}).then(r => {
  const key = COLOUR_KEY, judged = [], unjudged = {};
  for (const n of [...r.passes, ...r.violations].flatMap(v => v.nodes)) {
    const d = n.any[0].data;
    judged.push([key(n.element), `${d.fgColor} on ${d.bgColor}: ${d.contrastRatio}`
      + ` (${d.expectedContrastRatio} needed)`]);
  }
  for (const n of r.incomplete.flatMap(v => v.nodes)) {
    const why = n.any[0].data.messageKey;
    unjudged[why] = (unjudged[why] || 0) + 1;
  }
  return [judged, unjudged];
})""".replace("COLOUR_KEY", COLOUR_KEY)
# Pages with code, tables, formulas, notes and folded blocks, in English and French.
KEYED_PAGES = ["en/language-models/", "probability/"]


@pytest.mark.parametrize("path", KEYED_PAGES)
def test_texts_with_the_same_colour_key_have_the_same_contrast(tab: Tab, path: str) -> None:
    """Why the every-page check runs the colour rules on one text of each COLOUR_KEY: in both
    schemes, every text of a key that axe judges has the same colours and contrast. And axe judges
    the text of code blocks, wide tables and formulas: none is left unjudged for a gradient
    behind it (SCHEME takes the shades of the scroll boxes off)."""
    tab.open(path)
    tab.page.evaluate(OPEN_DETAILS)
    tab.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    for scheme in ("default", "slate"):
        tab.page.evaluate(SCHEME, scheme)
        judged, unjudged = tab.page.evaluate(CONTRASTS)
        contrasts: dict[str, set[str]] = {}
        keyed = [(key, contrast) for key, contrast in judged if key is not None]
        for key, contrast in keyed:
            contrasts.setdefault(key, set()).add(contrast)
        assert not {"bgGradient", "bgImage"} & set(unjudged), f"{scheme}: unjudged {unjudged}"
        assert len(keyed) > 500 and len(contrasts) > 20, f"{scheme}: {len(keyed)} texts, keys"
        assert max(map(len, contrasts.values())) == 1, f"{scheme}: " + "\n".join(
            f"{key}: {sorted(seen)}" for key, seen in contrasts.items() if len(seen) > 1
        )


# What tells a print page from its topic pages on screen, to a stylesheet: its article's class
# (overrides/paper.html), its sections' classes (cheatsheet/printing.py), its prefixed ids.
PRINT_ONLY = re.compile(r"\.(?:paper|print-section|glance-sheet)\b|#")
# What a rule that tells them apart (either way: `:not(.paper)` too) may set on screen: how
# code wraps, when a section is painted, the room kept for the copy button; never a colour, a
# background, a font or a position, which axe's colour rules read.
LAYOUT_ONLY = {
    *("white-space", "overflow-wrap", "content-visibility", "contain-intrinsic-size"),
    *("padding-top", "float", "width", "height", "content"),
}
STYLESHEET = ROOT / "overrides" / "assets" / "stylesheets" / "cheatsheet.css"


# The style rules that apply on screen, as the browser reads the stylesheet: [selector,
# properties set]. A media rule applies on screen unless it names print and not screen.
SCREEN_RULES = """() => {
  const found = [];
  const walk = rules => { for (const rule of rules) {
    if (rule instanceof CSSMediaRule) {
      const media = rule.media.mediaText;
      if (!media.includes("print") || media.includes("screen")) walk(rule.cssRules);
    } else if (rule instanceof CSSStyleRule) {
      const set = rule.style.cssText.split(";").map(d => d.split(":")[0].trim()).filter(Boolean);
      found.push([rule.selectorText, set]);
    }
  } };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  return found;
}"""


def test_print_pages_colour_nothing_on_screen(browser: playwright.Browser) -> None:
    """On screen, a print page's sections look as their topic pages do, folded blocks opened:
    no rule that tells them apart sets anything but how code wraps, when a section is painted
    and the room kept for the copy button (LAYOUT_ONLY). So axe's colour rules, run on every
    topic page in both schemes, need not run again on the print pages (AXE_RUN)."""
    css = STYLESHEET.read_text(encoding="utf-8")
    page = browser.new_page()  # the stylesheet alone, read by the browser: no site needed
    page.set_content(f"<html><head><style>{css}</style></head><body></body></html>")
    rules = page.evaluate(SCREEN_RULES)
    page.close()
    hooked = [(selector, set(names)) for selector, names in rules if PRINT_ONLY.search(selector)]
    assert hooked, f"{STYLESHEET.name}: no rule for the print pages on screen: PRINT_ONLY is stale"
    found = [f"{rule}: {sorted(more)}" for rule, names in hooked if (more := names - LAYOUT_ONLY)]
    assert not found, f"{STYLESHEET.name}, print pages on screen:\n" + "\n".join(found)


# A Pygments name span put back into a code block of the page: [its colour, the block's colour].
NAME_AND_CODE = """() => {
  const code = document.querySelector("article .highlight code");
  const name = code.appendChild(document.createElement("span"));
  name.className = "n";
  name.textContent = "name";
  const colours = [name, code].map(e => getComputedStyle(e).color);
  name.remove();
  return colours;
}"""


@pytest.mark.parametrize("lang", LANGS)
def test_a_name_token_looks_like_the_code_around_it(tab: Tab, lang: str) -> None:
    """The build writes code's names as plain text (cheatsheet/code_tokens.py): that changes
    nothing a reader sees while the site's styles draw a name span in the code's own colour, in
    both schemes."""
    tab.open(page_path(ROOT / "docs" / lang / "numpy.md", lang), idle=False)
    for scheme in ("default", "slate"):
        tab.page.evaluate(SCHEME, scheme)
        name, code = tab.page.evaluate(NAME_AND_CODE)
        assert name == code, f"{scheme}: a name span is drawn in {name}, its code in {code}"


DOT = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


@pytest.mark.parametrize(
    ("landmark", "found"),
    [
        ("", [("default", "color-contrast"), ("slate", "color-contrast")]),
        (
            "<nav>Other</nav>",
            [("default", "color-contrast"), ("default", "image-alt"), ("slate", "color-contrast")],
        ),
    ],
    ids=["sections-alone", "a-section-holds-a-landmark"],
)
def test_axe_on_a_print_page_checks_the_sections_that_changed(
    tab: Tab, landmark: str, found: list[tuple[str, str]]
) -> None:
    """Of a print page of which the first section changed, axe checks that one; all of them
    where a section holds a landmark (what axe compares across a page would then cross them)."""
    tab.page.set_content(
        '<html lang="en"><title>Print</title><body><main><h1>Print</h1>'
        '<section class="print-section"><h1>One</h1><p style="color: #c8c8c8">faint</p></section>'
        f'<section class="print-section"><h1>Two</h1>{landmark}<img src="{DOT}"></section>'
        "</main></body></html>"
    )
    assert sorted({(scheme, rule) for scheme, rule, *_ in axe_runs(tab.page, ([0], 2))}) == found


# On a phone: what a page shows that does not fit, and where.
PHONE = {"width": 390, "height": 844}
PHONE_PROBLEMS = """() => {
  const problems = [];
  const name = e => (e.closest("[id]") || {}).id + " " + e.tagName.toLowerCase()
    + " " + e.textContent.trim().slice(0, 40);
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`page ${root.scrollWidth}px wide`);
  const boxes = "article div.arithmatex, article .scroll-x, article pre > code";
  for (const box of document.querySelectorAll(boxes)) {
    if (box.scrollWidth <= box.clientWidth + 1) continue;
    if (box.tabIndex < 0) problems.push(`scrolls but takes no focus: ${name(box)}`);
    if (!getComputedStyle(box).backgroundImage.includes("gradient"))
      problems.push(`scrolls without a cue: ${name(box)}`);
  }
  for (const wide of document.querySelectorAll("article .md-typeset__scrollwrap, article table")) {
    const box = wide.closest(".scroll-x");
    if (!box && wide.scrollWidth > wide.clientWidth + 1) problems.push(`overflows: ${name(wide)}`);
  }
  for (const button of document.querySelectorAll("article .md-code__nav")) {
    const b = button.getBoundingClientRect();
    const text = document.createRange();
    text.selectNodeContents(button.closest("pre").querySelector("code"));
    const covered = [...text.getClientRects()].some(r => r.width && r.left < b.right
      && r.right > b.left && r.top < b.bottom && r.bottom > b.top);
    if (covered) problems.push(`the copy button covers code: ${name(button.closest("pre"))}`);
  }
  for (const code of document.querySelectorAll("article td code")) {
    if (code.getClientRects().length > 1) problems.push(`cut in a table cell: ${name(code)}`);
  }
  for (const img of document.querySelectorAll("article img[src*='figures/']")) {
    const least = parseFloat(img.style.minWidth);
    if (!(img.getBoundingClientRect().width >= least - 1))
      problems.push(`figure narrower than its legible width: ${img.src}`);
  }
  return problems;
}"""


@pytest.mark.long
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_fits_a_phone_or_scrolls_its_wide_parts_with_a_cue(
    tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """390 px wide: the page never scrolls sideways; a wide formula, table, code block or figure
    scrolls in its own focusable box that shows a shade at the hidden edge; the copy button
    covers no code; an identifier in a table cell stays on one line; a figure keeps its 10 pt
    text at 10 CSS px or more (cheatsheet/figures.py sets the least width, from its dpi)."""
    tab.page.set_viewport_size(PHONE)
    problems = []
    for path in [*(page_path(doc, lang) for doc in docs(lang)), *PRINT_PAGES[lang]]:
        if checked.unchanged(path):
            continue
        tab.open(path, idle=False)
        problems += [f"/{path}: {p}" for p in tab.page.evaluate(PHONE_PROBLEMS)]
    assert not problems, f"{len(problems)} problem(s) at 390 px:\n" + "\n".join(problems[:40])
    checked.keep()


def test_numpy_page_first_visit_weight(tab: Tab) -> None:
    """Record the bytes a first visit of the NumPy page downloads (all responses, empty cache)."""
    tab.open("numpy/")
    tab.page.wait_for_timeout(500)  # the search worker loads its index after the page
    sizes = [r.request.sizes() for r in tab.log.responses]
    total = sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes)
    ARTIFACTS.mkdir(exist_ok=True)
    weight = {"page": "/numpy/", "requests": len(sizes), "bytes": total}
    (ARTIFACTS / "numpy-page-weight.json").write_text(json.dumps(weight, indent=1) + "\n")
    print(f"NumPy page, first visit: {len(sizes)} requests, {total} bytes")
    assert not tab.log.external
    assert total < 3_000_000, f"the NumPy page weighs {total} bytes on a first visit"


# --- Features ---


def search(tab: Tab, lang: str, query: str) -> list[str]:
    """Enter a query into the search box of the language's home page; return result page paths."""
    if tab.page.url != tab.base + HOME[lang]:
        tab.open(HOME[lang], idle=False)
    search_hrefs(tab.page, query)
    pages = tab.page.locator(".md-search-result__list > li > a")
    return [urlsplit(h).path for h in pages.evaluate_all("links => links.map(a => a.href)")]


def search_links(tab: Tab, lang: str, query: str) -> list[str]:
    """Search, then return every result link (shown or folded) as path#anchor, in order."""
    search(tab, lang, query)
    links = tab.page.locator(".md-search-result__list a")
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    return [path_anchor(h) for h in hrefs]


def path_anchor(href: str) -> str:
    """/en/numpy/#glance-reshape from a result link (Material adds ?h=, the words to highlight)."""
    return urlsplit(href).path + (f"#{urlsplit(href).fragment}" if urlsplit(href).fragment else "")


def answers(tab: Tab, lang: str, queries: list[str]) -> list[list[list[str]]]:
    """What the search box would list for each query, asked of its worker in one go (see
    `test_the_search_box_lists_what_its_worker_answers`): one list of hrefs per result page."""
    if tab.page.url != tab.base + HOME[lang]:
        tab.open(HOME[lang], idle=False)
    return worker_hrefs(tab.page, queries)


CASES = [(q, lang, page) for q, langs, page in SEARCHES for lang in ([langs] if langs else LANGS)]


@pytest.mark.parametrize(("query", "lang", "section"), CASES, ids=[f"{c[1]}-{c[0]}" for c in CASES])
def test_search_finds_the_page_first_in_its_language(
    search_tab: Tab, checked: run_cache.CheckedPages, query: str, lang: str, section: str
) -> None:
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    if not written(section):
        pytest.skip(f"docs/*/{section}.md has no code yet")
    expected = "/" + page_path(ROOT / "docs" / lang / f"{section}.md", lang)
    found = search(search_tab, lang, query)
    assert found, f"{lang}: no result for {query!r}"
    assert found[0] == expected, f"{lang}: {query!r} gives {found[:3]} first, not {expected}"
    assert all(p.startswith("/en/") == (lang == "en") for p in found), f"other language: {found}"
    checked.keep()


@pytest.mark.parametrize(
    ("query", "lang", "section"), STEMMED, ids=[f"{c[1]}-{c[0]}" for c in STEMMED]
)
def test_search_stems_words_in_the_page_language(
    search_tab: Tab, checked: run_cache.CheckedPages, query: str, lang: str, section: str
) -> None:
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    index = json.loads(urlopen(f"{search_tab.base}{HOME[lang]}search/search_index.json").read())
    words = {
        w.lower() for doc in index["docs"] for w in re.findall(r"\w+", doc["text"] + doc["title"])
    }
    assert query not in words, f"{lang}: {query!r} is in the text, so it does not test stemming"
    expected = "/" + page_path(ROOT / "docs" / lang / f"{section}.md", lang)
    found = search(search_tab, lang, query)
    assert found[:1] == [expected], f"{lang}: {query!r} gives {found[:3]} first, not {expected}"
    missing = search_tab.page.locator(".md-search-result__list > li").first.locator("del")
    assert not "".join(missing.all_inner_texts()), f"{lang}: {query!r} shown as a missing term"
    checked.keep()


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_each_written_page_by_its_title(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """Each page with code comes first when searching its exact title (covers new pages)."""
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    titles = {}
    for doc in docs(lang):
        if page_blocks(doc):
            text = doc.read_text(encoding="utf-8")
            title = re.search(r"^# (.*?)\s*(\{[^}]*\})?$", text, re.M)  # after any front matter
            titles[title[1]] = "/" + page_path(doc, lang)
    misses = []
    results = answers(search_tab, lang, [*titles])
    for (title, want), groups in zip(titles.items(), results, strict=True):
        found = [urlsplit(group[0]).path for group in groups]
        if found[:1] != [want]:
            misses.append(f"{title!r}: {found[:3]}")
    assert not misses, f"{lang}: titles not found first:\n" + "\n".join(misses)
    checked.keep()


@pytest.mark.parametrize("lang", LANGS)
def test_search_puts_a_right_page_first_for_learners_queries(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """tests/search_queries.toml: at least 95 % right first, and never no result."""
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    queries = QUERIES[lang]
    assert len(queries) >= 40, f"tests/search_queries.toml: only {len(queries)} [{lang}] queries"
    wrong, empty = [], []
    results = answers(search_tab, lang, [*queries])
    for (query, pages), groups in zip(queries.items(), results, strict=True):
        right = {"/" + page_path(ROOT / "docs" / lang / f"{page}.md", lang) for page in pages}
        found = [urlsplit(group[0]).path for group in groups]
        if not found:
            empty.append(query)
        elif found[0] not in right:
            wrong.append(f"{query!r}: {found[:3]}, want one of {sorted(right)}")
    assert not empty, f"{lang}: no result for {empty}"
    share = 1 - len(wrong) / len(queries)
    assert share >= 0.95, f"{lang}: {share:.0%} right first; wrong:\n" + "\n".join(wrong)
    checked.keep()


@pytest.mark.parametrize("lang", LANGS)
def test_the_search_box_lists_what_its_worker_answers(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """The search tests around this one ask the box's own worker (`answers`): a whole list in a
    second, where each query typed into the box takes a fifth of one. What the box adds to the
    worker's answer is the same for every query: it sends the text as typed, then lists each page
    with its own link first, the first ten pages until scrolled. So a sample shows that the box
    lists exactly the worker's links, in order: every twentieth question, and pasted error
    messages (the longest and oddest text people type)."""
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    asked = [q[lang] for q in QUESTIONS["question"]]
    sample = asked[::20] + [q for q in asked if re.match(r"\w+(Error|Warning): ", q)][:8]
    assert len(sample) >= 25, f"{lang}: a sample of {len(sample)} questions"
    for query, groups in zip(sample, answers(search_tab, lang, sample), strict=True):
        typed = search_links(search_tab, lang, query)
        assert typed == [path_anchor(h) for group in groups for h in group], f"{lang}: {query!r}"
    checked.keep()


@pytest.mark.parametrize("lang", LANGS)
def test_search_answers_the_questions_people_ask(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """tests/questions.toml typed into the search box: the answering page comes first and an
    answering anchor (the question's, its card's section or its section's card) is among the
    first three links, for at least ANSWERED_FLOOR of the questions; the misses are printed."""
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    asked = [q for q in QUESTIONS["question"] if q["answered"] != "no"]
    misses = []
    results = answers(search_tab, lang, [q[lang] for q in asked])
    for q, groups in zip(asked, results, strict=True):
        doc = ROOT / "docs" / lang / q["page"]
        page = "/" + page_path(doc, lang)
        right = {
            f"{page}#{a}" for a in answering_anchors(doc.read_text("utf-8"), str(doc), q["anchor"])
        }
        found = [path_anchor(h) for group in groups for h in group]
        if found[:1] != [page] or not right & set(found[:3]):
            misses.append(f"{q[lang]!r}: {found[:3]}, want {sorted(right)}")
    share = 1 - len(misses) / len(asked)
    print(f"{lang}: {share:.1%} of {len(asked)} questions answered; misses:\n" + "\n".join(misses))
    assert share >= ANSWERED_FLOOR, f"{lang}: {share:.1%} answered; misses:\n" + "\n".join(misses)
    checked.keep()


TOPICS = {"fr": "Les sujets de l'aide-mémoire", "en": "The cheat sheet's topics"}
MALFORMED = ["'", '"', "*", "~", "?!.;", "+-", "x" * 500, "((", "zzqqxxkkw"]


@pytest.mark.parametrize("lang", LANGS)
def test_search_survives_malformed_queries_and_shows_the_topics_when_nothing_matches(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    for query in MALFORMED:
        assert search(search_tab, lang, query) == [], f"{lang}: {query[:20]!r} found something"
        topics = search_tab.page.locator(".search-topics")
        expect(topics).to_be_visible()
        expect(topics).to_contain_text(TOPICS[lang])
        assert topics.locator("a").count() >= 20, f"{lang}: the topics list is short"
    assert not search_tab.log.errors, search_tab.log.errors
    checked.keep()


@pytest.mark.parametrize(
    ("lang", "query", "want"),
    [
        ("en", "broadcastng", "/en/numpy/"),  # one slip in a long word
        ("fr", "entropei", "/entropy/"),
        (
            "en",
            "RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float",
            "/en/pytorch/",
        ),
        ("en", "pivot_table", "/en/pandas/"),
        ("fr", "nn.MultiheadAttention", "/transformers/"),
    ],
)
def test_search_forgives_a_slip_and_finds_pasted_errors_and_identifiers(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str, query: str, want: str
) -> None:
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    found = search(search_tab, lang, query)
    assert found[:1] == [want], f"{lang}: {query!r} gives {found[:3]}"
    checked.keep()


def test_search_is_keyboard_first_and_lands_on_the_card(tab: Tab) -> None:
    """`/` focuses the box, arrows move through the results, Enter opens the one chosen, at its
    anchor (the card that answers)."""
    tab.open("en/")
    tab.page.keyboard.press("/")
    box = tab.page.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.fill("how do I merge two DataFrames on a column")
    box.press("End")
    tab.page.locator(".md-search-result__list a").first.wait_for()
    tab.page.keyboard.press("ArrowDown")
    tab.page.keyboard.press("ArrowDown")  # the page, then its best entry
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url(re.compile(r"/en/pandas/(\?[^#]*)?#"))  # ?h=: the words to highlight
    anchor = urlsplit(tab.page.url).fragment
    assert anchor in {"glance-merge", "merge-join"}, tab.page.url
    assert tab.page.locator(f"#{anchor}").is_visible()
    assert not tab.log.errors, tab.log.errors


SETUP = "glance-setup"
CARD = re.compile(
    r"^### \[(?P<task>[^\]]+)\]\(#(?P<target>[^)]*)\) \{ #(?P<id>glance-[\w-]+) \}", re.M
)


@pytest.mark.parametrize("lang", LANGS)
def test_search_for_a_cards_task_lands_on_the_card(
    search_tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """The first task card of each section page: its task, typed as a query, shows the card's anchor
    among the first page's results (cards are h3 entries of the index), or the section the card
    links to, or the top of its page when the page's one-line answers link that task to the card
    (the reader lands on the line that answers, the card one click away)."""
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    firsts = {}
    for doc in docs(lang):
        # the first card that is a task: a page's shared set-up card is not one
        text = doc.read_text(encoding="utf-8")
        tasks = [c for c in CARD.finditer(text) if c["id"] != SETUP]
        if card := next(iter(tasks), None):
            firsts[doc] = text, card
    results = answers(search_tab, lang, [card["task"] for _, card in firsts.values()])
    misses, cards = [], len(firsts)
    for (doc, (text, card)), groups in zip(firsts.items(), results, strict=True):
        links = groups[0] if groups else []  # the first page's links
        page = search_tab.base + page_path(doc, lang)
        top = {page, *(page + f"#{a}" for a in re.findall(r"^# .*\{ #([\w-]+) \}", text, re.M))}
        answered = f"](#{card['id']})" in text.split("## ", 1)[0]  # an answer links the card
        if not any(
            h.startswith(page)
            and (h.endswith((f"#{card['id']}", f"#{card['target']}")) or (answered and h in top))
            for h in links
        ):
            misses.append(f"{card['task']!r}: {[urlsplit(h).path for h in links[:2]]}")
    assert cards >= 20, f"{lang}: only {cards} pages with cards"
    assert len(misses) <= cards // 10, f"{lang}: cards not found by their task:\n" + "\n".join(
        misses
    )
    checked.keep()


@pytest.mark.parametrize("lang", LANGS)
def test_language_switcher_lands_on_the_same_page(tab: Tab, lang: str) -> None:
    path = page_path(ROOT / "docs" / lang / "numpy.md", lang)
    tab.open(path)
    tab.page.locator(".md-header__option .md-select").hover()
    tab.page.locator(f"a.md-select__link[hreflang={OTHER[lang]}]").click()
    tab.page.wait_for_load_state()
    twin = page_path(ROOT / "docs" / OTHER[lang] / "numpy.md", OTHER[lang])
    assert tab.page.url == tab.base + twin
    assert tab.page.locator("html").get_attribute("lang") == OTHER[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_copy_button_copies_exactly_the_block(
    tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    doc = ROOT / "docs" / lang / "numpy.md"
    blocks = page_blocks(doc)
    if checked.unchanged(page_path(doc, lang), also=repr([b.code for b in blocks])):
        return
    tab.open(page_path(doc, lang))
    code = tab.page.locator("article pre:has([data-clipboard-target])")
    assert code.count() == len(blocks)
    for n, block in enumerate(blocks):
        code.nth(n).hover()
        code.nth(n).locator("[data-clipboard-target]").click()
        copied = tab.page.evaluate("navigator.clipboard.readText()")
        assert copied == block.code.rstrip("\n"), f"{block.where}: the copy differs"
    checked.keep()


def test_dark_mode_toggles_and_persists_across_reload(
    tab: Tab, checked: run_cache.CheckedPages
) -> None:
    if all([checked.unchanged("numpy/"), checked.unchanged("entropy/")]):
        return
    tab.open("numpy/")
    scheme = tab.page.locator("body")
    assert scheme.get_attribute("data-md-color-scheme") == "default"
    tab.page.locator("form[data-md-component=palette] label:visible").click()
    assert scheme.get_attribute("data-md-color-scheme") == "slate"
    tab.page.reload(wait_until="networkidle")
    assert scheme.get_attribute("data-md-color-scheme") == "slate"
    tab.open("entropy/")
    assert scheme.get_attribute("data-md-color-scheme") == "slate"
    tab.page.locator("form[data-md-component=palette] label:visible").click()
    assert scheme.get_attribute("data-md-color-scheme") == "default"
    assert not tab.log.errors
    checked.keep()


@pytest.mark.parametrize(("lang", "title"), [("fr", "Page introuvable"), ("en", "Page not found")])
def test_404_page_speaks_the_language(
    tab: Tab, checked: run_cache.CheckedPages, lang: str, title: str
) -> None:
    if checked.unchanged_language(lang, language_reads(lang)):
        return
    tab.open(f"{HOME[lang]}404.html")
    assert title in tab.page.locator("article h1").inner_text()
    assert tab.page.locator("html").get_attribute("lang") == lang
    assert not tab.log.errors
    checked.keep()


@pytest.mark.parametrize("lang", LANGS)
def test_print_view_is_a_compact_cheat_sheet(
    tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """Printing keeps the content (code, tables, formulas) and drops the site's chrome."""
    path = page_path(ROOT / "docs" / lang / "numpy.md", lang)
    if checked.unchanged(path):
        return
    tab.open(path)
    tab.page.emulate_media(media="print")
    shown = tab.page.evaluate("""() => [
        ".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
        "[data-clipboard-target]", ".notebook-download", ".headerlink",
      ].filter(s => [...document.querySelectorAll(s)].some(e => e.getClientRects().length))""")
    assert not shown, f"shown in print: {shown}"
    for kept in ("pre", "table", ".katex", ".tested-with"):
        assert tab.page.locator(kept).first.is_visible(), f"{kept} missing from the print view"
    style = tab.page.locator("article h2").first.evaluate("h => getComputedStyle(h).breakAfter")
    assert style == "avoid"
    (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
    pdf = tab.page.pdf(path=ARTIFACTS / "print" / f"numpy-{lang}.pdf", format="A4")
    assert pdf.startswith(b"%PDF")
    tab.page.screenshot(path=ARTIFACTS / "print" / f"numpy-{lang}.png", full_page=True)
    checked.keep()


@pytest.mark.long
@pytest.mark.parametrize("lang", LANGS)
def test_print_page_puts_each_section_on_its_own_sheet(
    tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """The combined print page holds every section; each starts a new sheet. It loads its
    figures and frames lazily: the load event comes without waiting for them. Its code wraps,
    with no copy button; an interactive frame, empty on paper, gives way to a line that says
    where to see it. Once it passed, only the sections that changed are checked (PRINT_PART);
    the PDF of the whole page is then not made again."""
    sections = [d for d in docs(lang) if d.name != "index.md"]
    parts = checked.changed_parts(f"{HOME[lang]}print/", PRINT_PART, also=str(len(sections)))
    if parts is None:
        return
    assert parts[1] == len(sections), f"{parts[1]} sections on the print page"
    tab.open(f"{HOME[lang]}print/", idle=False)
    keep_changed_parts(tab.page, parts)
    whole = len(parts[0]) == parts[1]
    assert not tab.page.locator("article .md-code__nav").count(), "copy buttons on print/"
    tab.page.emulate_media(media="print")
    frames = tab.page.locator("article iframe").evaluate_all(
        "fs => fs.map(f => [f, f.nextElementSibling].map(e => getComputedStyle(e).display))"
    )
    assert (frames or not whole) and all(f == ["none", "block"] for f in frames), frames
    cut = tab.page.locator("article pre > code").evaluate_all(
        "codes => codes.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.innerText)"
    )
    assert not cut, f"code lines cut on print/: {cut[:3]}"
    breaks = tab.page.locator("article h1, article .print-section").evaluate_all(
        "parts => parts.filter(e => e.matches('.print-section') || !e.closest('.print-section'))"
        ".map(e => getComputedStyle(e).breakBefore)"
    )
    assert len(breaks) == 1 + len(parts[0]), f"{len(breaks) - 1} sections checked on print/"
    assert breaks[0] != "page" and set(breaks[1:]) <= {"page"}, breaks
    (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
    kept = ARTIFACTS / "print" / f"cheatsheet-{lang}.pdf"
    pdf = tab.page.pdf(path=kept if whole else None, format="A4")
    sheets = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert sheets >= len(breaks), f"{sheets} sheets for {len(breaks)} sections"
    checked.keep()
    print(f"{lang}: print page, {len(parts[0])} of {len(sections)} sections on {sheets} A4 sheets")


# What the printed cheat sheet holds that paper cannot scroll, and the ones wider than their box
# (a card, an answer's column, the sheet): named by page and card.
PRINTED_PARTS = (
    ".glance-sheet table, .glance-sheet pre > code, .glance-sheet .katex-display, "
    ".glance-sheet .answers li"
)
WIDER_THAN_ITS_BOX = """els => els.filter(e => {
  const box = e.closest(".glance > div, .glance-sheet").getBoundingClientRect();
  const r = e.getBoundingClientRect();
  return e.scrollWidth > e.clientWidth + 1 || r.right > box.right + 1 || r.left < box.left - 1;
}).map(e => [e.closest(".glance-sheet").querySelector("h1").innerText,
  e.closest(".glance > div")?.querySelector("h3")?.innerText || "answers",
  e.innerText.slice(0, 40)].join(": "))"""
MAX_SHEETS = 30  # about one A4 sheet per topic, in all
# An A4 sheet less the print margins (cheatsheet.css: 12 mm x 10 mm), in CSS pixels.
A4_PRINTABLE = {"width": round((210 - 20) / 25.4 * 96), "height": round((297 - 24) / 25.4 * 96)}


@pytest.mark.parametrize("lang", LANGS)
def test_printed_cheat_sheet_keeps_everything_whole_on_thirty_sheets(
    tab: Tab, checked: run_cache.CheckedPages, lang: str
) -> None:
    """cheatsheet/ on A4: every section's answers and cards; on paper nothing scrolls, so no
    table, code block, formula or answer is wider than its card (or the sheet); at most 2 A4
    pages a section and MAX_SHEETS in all. The PDF is kept in test-artifacts/print/."""
    sections = [d for d in docs(lang) if d.name != "index.md"]
    cards, fences = 0, 0
    for doc in sections:
        text = doc.read_text(encoding="utf-8")
        assert "{ #at-a-glance }" in text, f"{doc}: no quick reference"
        glance = text[text.index("{ #at-a-glance }") :].split("\n## ", 1)[0]
        cards += glance.count("\n### [")
        fences += len(re.findall(r"^\s*```python|^\s*```bash|^\s*```ipython", glance, re.M))
    answers = sum(count(d) for d in sections)
    if checked.unchanged(
        f"{HOME[lang]}cheatsheet/", also=f"{len(sections)} {cards} {fences} {answers}"
    ):
        return
    tab.page.set_viewport_size(A4_PRINTABLE)
    tab.open(f"{HOME[lang]}cheatsheet/")
    tab.page.emulate_media(media="print")
    sheet = tab.page.locator(".glance-sheet")
    assert sheet.count() == len(sections), f"{sheet.count()} sections for {len(sections)} pages"
    assert tab.page.locator(".glance-sheet .glance > div").count() == cards
    assert tab.page.locator(".glance-sheet pre").count() == fences, "a card's code is missing"
    assert tab.page.locator(".glance-sheet .answers li").count() == answers, "answers missing"
    clipped = tab.page.locator(PRINTED_PARTS).evaluate_all(WIDER_THAN_ITS_BOX)
    assert not clipped, f"cut in print (page: card: start): {clipped[:5]}"
    heights = sheet.evaluate_all("s => s.map(e => e.getBoundingClientRect().height)")
    pages = {
        d.stem: -(-h // A4_PRINTABLE["height"]) for d, h in zip(sections, heights, strict=True)
    }
    (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
    pdf = tab.page.pdf(path=ARTIFACTS / "print" / f"glance-{lang}.pdf", format="A4")
    sheets = len(re.findall(rb"/Type\s*/Page\b", pdf))
    print(f"{lang}: printable cheat sheet, {len(sections)} sections on {sheets} A4 sheets: {pages}")
    over = {d: n for d, n in pages.items() if n > 2}
    assert not over, f"sections over 2 A4 pages (section: pages): {over}"
    assert sheets <= MAX_SHEETS, f"{sheets} A4 sheets"
    checked.keep()
