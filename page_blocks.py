"""Pages as the reader sees them: includes expanded, comments localized, code blocks run.

Shared by `hooks.py` (the build) and `tests/` so that both see exactly the same text. A page's
blocks run as its notebook's cells, in a fresh Jupyter kernel (nbclient).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tokenize
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

ROOT = Path(__file__).resolve().parent
SNIPPETS = ROOT / "snippets"
LANGS = ("fr", "en")
CONFIGS = {"fr": ROOT / "mkdocs.yml", "en": ROOT / "mkdocs.en.yml"}
RUNNABLE = {"python", "ipython", "bash", "sh"}
BLOCK_TIMEOUT_S = int(os.environ.get("CHEATSHEET_BLOCK_TIMEOUT", "120"))  # seconds per block

INCLUDE = re.compile(r'^\s*-+8<-+\s+"(?P<path>[^":]+)(?::(?P<region>[^"]+))?"\s*$')
COMMENT_TAG = re.compile(r"^(?P<indent>\s*)# (?P<lang>[a-z]{2}): ?(?P<text>.*)$")
LINE_TAG = re.compile(r"^(?P<code>.*?\S)\s+# \[(?P<lang>[a-z]{2})\]$")
OUTPUT_LINE = re.compile(r"^\s*#>(?: (?P<text>.*))?$")
NUMBER = re.compile(r"(?<![\w.])[-+~]?\d+(?:\.\d+)?(?![\w])")
FIGURE = re.compile(r"figures/[\w.-]+\.(?:png|svg|html)")
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<title>.*?)\s*(?:\{[^}]*\})?\s*$")
SKIP = re.compile(r'^pytest\.mark\.skip\(reason="(?P<reason>[^"]+)"\)$')
SKIP_GPU = re.compile(r'^pytest\.mark\.skipif\(not cuda, reason="(?P<reason>[^"]+)"\)$')
CPU_OUTPUT = re.compile(r'^pytest\.mark\.skipif\(cuda, reason="(?P<reason>[^"]+)"\)$')


class PageError(ValueError):
    """Bad input in a page or a snippet; the message names the file, the line and the fix."""


@dataclass
class Block:
    page: str  # "docs/fr/numpy.md"
    line: int  # line of the opening fence in the page source
    syntax: str
    code: str
    expected: str  # what the block must print
    skip_reason: str | None = None
    gpu: bool = False
    cpu_output: str | None = None  # why the output shown is the CPU machine's (not run on GPU)

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


# --- Localization ---


def localize(lines: list[str], lang: str, source: str = "page") -> list[str]:
    """Keep the `# fr:` / `# en:` comments and `# [fr]` / `# [en]` lines of `lang` inside fences."""
    out, fence = [], ""
    for number, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith("```"):
            ticks = stripped[: len(stripped) - len(stripped.lstrip("`"))]
            fence = "" if fence and ticks.startswith(fence) else fence or ticks
        if fence and (m := COMMENT_TAG.match(line) or LINE_TAG.match(line)):
            if m["lang"] not in LANGS:
                raise PageError(
                    f"{source}:{number}: unknown language tag '{m['lang']}' in {line.strip()!r}. "
                    "Tag comments '# fr: ...' / '# en: ...' and lines '... # [fr]' / '... # [en]'."
                )
            if m["lang"] != lang:
                continue
            line = f"{m['indent']}# {m['text']}" if "indent" in m.re.groupindex else m["code"]
        out.append(line)
    return out


def localize_code(code: str, lang: str, source: str = "snippet") -> str:
    """Localize code that stands outside a page (a snippet file or region) as a fence would."""
    return "\n".join(localize(["```", *code.split("\n"), "```"], lang, source)[1:-1])


def run_localized(snippet: Path, lang: str) -> dict[str, object]:
    """Run a snippet module as the page of `lang` shows it and return its names."""
    code = localize_code(snippet.read_text(encoding="utf-8"), lang, str(snippet))
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile(code, str(snippet), "exec"), namespace)
    return namespace


# --- Includes ---


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


def check_comment_tags(source: str, name: str) -> None:
    """Raise PageError unless tagged comments come as runs of `# fr:` lines then as many `# en:`."""
    run: list[str] = []
    for number, line in enumerate([*source.splitlines(), ""], 1):
        m = COMMENT_TAG.match(line)
        if m and m["lang"] not in LANGS:
            raise PageError(
                f"{name}:{number}: unknown language tag '{m['lang']}'. "
                "Tag comments '# fr: ...' then '# en: ...'."
            )
        if m:
            run.append(m["lang"])
            continue
        half = len(run) // 2
        if run and run != ["fr"] * half + ["en"] * half:
            raise PageError(
                f"{name}:{number - len(run)}: write each tagged comment in both "
                "languages, French lines first, then the same number of English lines."
            )
        run = []


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


class Localize(Preprocessor):
    """Localizes the code comments of a page after the includes are expanded."""

    def __init__(self, md: markdown.Markdown, lang: str) -> None:
        super().__init__(md)
        self.lang = lang

    def run(self, lines: list[str]) -> list[str]:
        return localize(lines, self.lang)


class LocalizeExtension(Extension):
    """Registers Localize after pymdownx.snippets (32) and before fenced code (25)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.preprocessors.register(Localize(md, self.lang), "localize_comments", 31)


# --- Blocks ---


def page_lang(page: Path) -> str:
    return page.relative_to(ROOT / "docs").parts[0]


def page_blocks(page: Path) -> list[Block]:
    """Return every fenced block of a page as the reader sees it; raise PageError on a bad one."""
    from pytest_codeblocks import extract_from_buffer

    name = str(page.relative_to(ROOT))
    source = page.read_text(encoding="utf-8")
    check_includes(source, name)
    shown = extract_from_buffer(io.StringIO(expand(source, page_lang(page))))
    written = extract_from_buffer(io.StringIO(source))
    blocks = []
    for raw, seen in zip(written, shown, strict=True):
        block = Block(name, raw.lineno, seen.syntax or "", seen.code, seen.expected_output or "")
        if not raw.code.strip() or not all(INCLUDE.match(x) for x in raw.code.splitlines()):
            raise PageError(
                f"{block.where}: the block is typed into the page. Put the code (or data) in "
                "snippets/<section>/<topic>.py and include it: "
                '--8<-- "<section>/<topic>.py:<region>".'
            )
        if block.syntax not in RUNNABLE:
            continue  # data shown from a file that the tests use
        if seen.expected_output is None:
            block.expected = "".join(
                (m["text"] or "") + "\n"
                for line in block.code.splitlines()
                if (m := OUTPUT_LINE.match(line))
            )
        for mark in seen.marks:
            if m := SKIP_GPU.match(mark):
                block.skip_reason, block.gpu = m["reason"], True
            elif m := CPU_OUTPUT.match(mark):
                block.cpu_output = m["reason"]
            elif m := SKIP.match(mark):
                block.skip_reason = m["reason"]
            else:
                raise PageError(
                    f"{block.where}: unsupported marker <!--{mark}-->. Use "
                    '<!--pytest.mark.skip(reason="...")-->, '
                    '<!--pytest.mark.skipif(not cuda, reason="...")--> (GPU only) or '
                    '<!--pytest.mark.skipif(cuda, reason="...")--> (output of a CPU machine).'
                )
        check_comment_values(block)
        blocks.append(block)
    return blocks


def check_comment_values(block: Block) -> None:
    """Raise PageError on a number in a comment: values are shown as checked `#>` output lines."""
    if block.syntax == "python":
        try:
            tokens = tokenize.generate_tokens(io.StringIO(block.code).readline)
            comments = [(t.start[0], t.string) for t in tokens if t.type == tokenize.COMMENT]
        except (tokenize.TokenError, SyntaxError):
            return  # the run reports the syntax error with its line
    else:
        comments = [
            (n, line.strip())
            for n, line in enumerate(block.code.splitlines(), 1)
            if line.lstrip().startswith("#")
        ]
    for number, comment in comments:
        if not OUTPUT_LINE.match(comment) and NUMBER.search(comment):
            raise PageError(
                f"{block.where}: line {number} of the block has a value in a comment "
                f"({comment!r}) that no test checks. Print it and show it on a '#> ' line."
            )


# --- Running ---


@dataclass
class Outcome:
    block: Block
    stdout: str
    error: str | None


def runs(block: Block, cuda: bool) -> bool:
    """Tell whether a block runs: skipped ones don't, GPU ones on CUDA only, CPU output off it."""
    return (not block.skip_reason or (block.gpu and cuda)) and not (block.cpu_output and cuda)


def run_blocks(blocks: list[Block], cwd: Path, *, cuda: bool = False) -> list[Outcome]:
    """Run the blocks in order as the cells of a notebook; stop at the first error."""
    cells = [{**code_cell(b, []), "id": f"cell-{n}"} for n, b in enumerate(blocks, 1)]
    return run_notebook(
        {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, blocks, cwd, cuda=cuda
    )


def run_notebook(nb: dict, blocks: list[Block], cwd: Path, *, cuda: bool = False) -> list[Outcome]:
    """Run a page's notebook (its code cells are the blocks) in a fresh kernel, in `cwd`.

    Deprecation and future warnings are errors, bash cells stop at their first failing command,
    each cell has BLOCK_TIMEOUT_S. Return what each block that ran printed, up to the first error.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb = nbformat.reads(json.dumps(nb), as_version=4)  # a copy, with sources as strings
    nb.cells.insert(0, nbformat.v4.new_code_cell(SETUP))
    code_at = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"][1:]
    for i, block in zip(code_at, blocks, strict=True):
        cell = nb.cells[i]
        tags = [t for t in cell.metadata.get("tags", []) if t != "skip-execution"]
        cell.metadata["tags"] = tags if runs(block, cuda) else [*tags, "skip-execution"]
        if cell.source.startswith("%%bash\n"):
            cell.source = cell.source.replace("\n", "\nset -euo pipefail\n", 1)
    executed: list[int] = []
    client = NotebookClient(
        nb,
        kernel_name=kernel_name(),
        timeout=BLOCK_TIMEOUT_S,
        shutdown_kernel="immediate",  # "graceful" sometimes waits seconds for nothing
        resources={"metadata": {"path": str(cwd)}},
        on_cell_execute=lambda cell, cell_index: executed.append(cell_index),
    )
    error = None
    try:
        client.execute()
    except CellTimeoutError:
        error = f"the block did not finish in {BLOCK_TIMEOUT_S} s (timeout)"
    except CellExecutionError as failure:
        error = ANSI.sub("", str(failure)).strip()
    outcomes = [
        Outcome(block, stdout_of(nb.cells[i]), None)
        for i, block in zip(code_at, blocks, strict=True)
        if i in executed
    ]
    if error and executed == [0]:
        raise RuntimeError(f"the test's setup cell failed: {error}")
    if error and outcomes:
        where = outcomes[-1].block.where  # the traceback's "Cell In[3], line 2", on the page
        outcomes[-1].error = f"{where}: " + CELL_LINE.sub(f"{where}, block line \\1", error)
    return outcomes


SETUP = """\
def _setup():  # the test's setup: a function, so that the page's namespace stays clean
    import os, sys, warnings

    for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
        warnings.simplefilter("error", category)
    # the venv's tools (dvc, pip, jupyter) first on PATH, as in an activated venv
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")  # no telemetry: the tests stay offline

_setup()
del _setup
"""
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CELL_LINE = re.compile(r"Cell In\[\d+\], line (\d+)")


def shown(text: str) -> str:
    """Normalize output the way a reader sees it: no trailing spaces or blank lines."""
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


def stdout_of(cell: dict) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("name") == "stdout")


@cache
def kernel_name() -> str:
    """Return the name of a kernel running this interpreter, installing its spec if it lacks."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        subprocess.run(
            [sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
            check=True,
            capture_output=True,
        )
    return "python3"


def write_cache(path: Path, text: str) -> None:
    """Write a cache file whole or not at all: builds and test workers may write it together."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def make_figures(page: Path) -> list[Path]:
    """Run a page's blocks once and return the files under figures/.

    Cached on what the blocks are made of (the page's includes and the snippets, not its prose),
    so that editing the text of a page with figures does not run its code again.
    """
    lines = page.read_text(encoding="utf-8").splitlines()
    includes = [line for line in lines if INCLUDE.match(line)]
    parts = [page_lang(page), *includes, *(p.read_text("utf-8") for p in included(page))]
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
    out = ROOT / ".cache" / "figures" / key
    if not (out / "done").exists():
        (out / "figures").mkdir(parents=True, exist_ok=True)
        for outcome in run_blocks(page_blocks(page), out):
            if outcome.error:
                raise PageError(
                    f"{outcome.block.where}: failed while making the figures:\n{outcome.error}"
                )
        (out / "done").touch()
    made = {p.name: p for p in (out / "figures").iterdir()}
    for name in FIGURE.findall(page.read_text(encoding="utf-8")):
        if name.removeprefix("figures/") not in made:
            raise PageError(
                f"{page.relative_to(ROOT)}: shows {name} but its code does not "
                "write it. Save the figure there, or fix the name."
            )
    return sorted(made.values())


def included(page: Path) -> list[Path]:
    """List the snippet files a page includes that exist (check_includes reports the others)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    paths = [SNIPPETS / m["path"] for line in lines if (m := INCLUDE.match(line))]
    return [p for p in paths if p.is_file()]


def notebook(page: Path, intro: str, skip_note: str) -> dict | None:
    """Return the page's blocks as a Jupyter notebook (nbformat 4) under its headings, or None."""
    blocks = page_blocks(page)
    if not blocks:
        return None
    lines, fence, events = page.read_text(encoding="utf-8").splitlines(), False, []
    for number, line in enumerate(lines, 1):
        fence = fence != line.lstrip().startswith("```")
        if not fence and (m := HEADING.match(line)):
            events.append((number, len(m["level"]), f"{m['level']} {m['title']}"))
    events += [(b.line, 0, b) for b in blocks]
    cells, headings = [], []
    for _, level, item in sorted(events, key=lambda e: e[0]):
        if level:  # a heading: it replaces the pending headings of its level or below
            headings = [*(h for h in headings if h[0] < level), (level, item)]
            continue
        parts = [h for _, h in headings]
        if not cells:  # the page's introduction goes under its title
            parts.insert(1 if parts and parts[0].startswith("# ") else 0, intro)
        if text := "\n\n".join(parts):
            cells.append({"cell_type": "markdown", "metadata": {}, "source": text})
        headings, tags = [], []
        if item.skip_reason:
            cells.append(
                {
                    "cell_type": "markdown",
                    "metadata": {},
                    "source": f"> ⚠ **{skip_note}.** {item.skip_reason}",
                }
            )
            tags = ["gpu", "skip-execution"] if item.gpu else ["skip-execution"]
        cells.append(code_cell(item, tags))
    for number, cell in enumerate(cells, 1):
        cell["id"] = f"cell-{number}"
        cell["source"] = cell["source"].splitlines(keepends=True)
    kernel = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    metadata = {"kernelspec": kernel, "language_info": {"name": "python"}}
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def code_cell(block: Block, tags: list[str]) -> dict:
    """Return the notebook cell of a block: its code, bash under %%bash."""
    code = f"%%bash\n{block.code}" if block.syntax in {"bash", "sh"} else block.code
    return {
        "cell_type": "code",
        "metadata": {"tags": tags} if tags else {},
        "execution_count": None,
        "outputs": [],
        "source": code.rstrip("\n"),
    }
