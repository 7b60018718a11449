"""Pages as the reader sees them: includes expanded, comments localized, code blocks run.

Shared by `hooks.py` (the build) and `tests/` so that both see exactly the same text.
Run as a script (`python page_blocks.py --worker OUT.json`), it is the process that executes
one page's blocks in order, in a fresh interpreter.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import tokenize
import traceback
from contextlib import redirect_stdout
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


def run_blocks(blocks: list[Block], cwd: Path, *, cuda: bool = False) -> list[Outcome]:
    """Run the blocks in order in one fresh interpreter; stop at the first error."""
    todo = [
        b for b in blocks if (not b.skip_reason or (b.gpu and cuda)) and not (b.cpu_output and cuda)
    ]
    if not todo:
        return []
    # outside cwd: a block may clean its folder (git clean, git stash -u)
    results = Path(tempfile.mkdtemp(prefix="blocks-")) / "results.json"
    payload = [{"where": b.where, "syntax": b.syntax, "code": b.code} for b in todo]
    try:
        subprocess.run(
            [sys.executable, "-P", str(Path(__file__)), "--worker", str(results)],
            input=json.dumps(payload),
            text=True,
            cwd=cwd,
            check=False,
            timeout=BLOCK_TIMEOUT_S * len(todo) + 30,
        )
    except subprocess.TimeoutExpired:
        pass  # the results file names the block that hung
    done = json.loads(results.read_text()) if results.exists() else []
    shutil.rmtree(results.parent, ignore_errors=True)
    outcomes = [Outcome(b, r["stdout"], r["error"]) for b, r in zip(todo, done, strict=False)]
    if len(outcomes) < len(todo) and not any(o.error for o in outcomes):
        hung = todo[len(outcomes)]
        outcomes.append(Outcome(hung, "", f"{hung.where}: the block did not finish (timeout)."))
    return outcomes


def make_figures(page: Path) -> list[Path]:
    """Run a page's blocks once (cached on their code) and return the files under figures/."""
    blocks = page_blocks(page)
    key = hashlib.sha256("\0".join(b.code for b in blocks).encode()).hexdigest()[:16]
    out = ROOT / ".cache" / "figures" / key
    if not (out / "done").exists():
        (out / "figures").mkdir(parents=True, exist_ok=True)
        for outcome in run_blocks(blocks, out):
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
        code = f"%%bash\n{item.code}" if item.syntax in {"bash", "sh"} else item.code
        cells.append(
            {
                "cell_type": "code",
                "metadata": {"tags": tags} if tags else {},
                "execution_count": None,
                "outputs": [],
                "source": code.rstrip("\n"),
            }
        )
    for number, cell in enumerate(cells, 1):
        cell["id"] = f"cell-{number}"
        cell["source"] = cell["source"].splitlines(keepends=True)
    kernel = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    metadata = {"kernelspec": kernel, "language_info": {"name": "python"}}
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError(f"block ran longer than {BLOCK_TIMEOUT_S} s")


def _ipython(namespace: dict[str, object]) -> object:
    """Return the page's IPython shell (one per worker), sharing the python blocks' namespace."""
    from IPython.core.displaypub import CapturingDisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    if not InteractiveShell.initialized():
        os.environ.setdefault("IPYTHONDIR", str(Path.cwd() / ".ipython"))
        config = Config()
        config.HistoryManager.hist_file = ":memory:"
        config.InteractiveShell.colors = "nocolor"
        shell = InteractiveShell.instance(config=config, user_ns=namespace)
        # as in a Jupyter kernel, rich outputs (%%html, display()) are not printed as text
        shell.display_pub = CapturingDisplayPublisher(parent=shell, shell=shell)
        shell.set_hook("show_in_pager", lambda *args, **kwargs: None)  # `?` opens a pager there
        sys.path.insert(0, "")  # as IPython and Jupyter do: modules in the working folder import
        _warnings_are_errors()  # IPython relaxes DeprecationWarning for __main__
    return InteractiveShell.instance()


def _warnings_are_errors() -> None:
    import warnings

    for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
        warnings.simplefilter("error", category)


def _worker(results_path: str) -> None:
    """Execute the JSON blocks on stdin in one namespace, writing results after each block."""
    _warnings_are_errors()
    # the venv's tools (dvc, pip, jupyter) come first on PATH, as in an activated venv
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")  # no telemetry: the tests stay offline
    namespace: dict[str, object] = {"__name__": "__main__"}
    results: list[dict[str, str | None]] = []
    signal.signal(signal.SIGALRM, _timeout)
    for block in json.load(sys.stdin):
        out, error = io.StringIO(), None
        signal.alarm(BLOCK_TIMEOUT_S)
        try:
            if block["syntax"] == "python":
                with redirect_stdout(out):
                    exec(compile(block["code"], block["where"], "exec"), namespace)
            elif block["syntax"] == "ipython":
                with redirect_stdout(out):
                    done = _ipython(namespace).run_cell(block["code"], store_history=True)
                if not done.success:
                    error = f"the IPython cell failed:\n{out.getvalue()}"
            else:
                done = subprocess.run(
                    ["bash", "-euo", "pipefail", "-c", block["code"]],
                    capture_output=True,
                    text=True,
                    timeout=BLOCK_TIMEOUT_S,
                )
                out.write(done.stdout)
                if done.returncode:
                    error = f"exit status {done.returncode}\n{done.stderr}"
        except BaseException:  # noqa: BLE001 - reported with the block's place
            error = traceback.format_exc()
        finally:
            signal.alarm(0)
        results.append({"stdout": out.getvalue(), "error": error})
        Path(results_path).write_text(json.dumps(results))
        if error:
            break


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    _worker(sys.argv[2])
