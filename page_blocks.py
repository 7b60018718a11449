"""Pages as the reader sees them: includes expanded, comments localized, code blocks run.

Shared by `hooks.py` (the build) and `tests/` so that both see exactly the same text.
Run as a script (`python page_blocks.py --worker OUT.json`), it is the process that executes
one page's blocks in order, in a fresh interpreter.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import signal
import subprocess
import sys
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
RUNNABLE = {"python", "bash", "sh"}
BLOCK_TIMEOUT_S = 120

INCLUDE = re.compile(r'^\s*-+8<-+\s+"(?P<path>[^":]+)(?::(?P<region>[^"]+))?"\s*$')
COMMENT_TAG = re.compile(r"^(?P<indent>\s*)# (?P<lang>[a-z]{2}): ?(?P<text>.*)$")
LINE_TAG = re.compile(r"^(?P<code>.*?\S)\s+# \[(?P<lang>[a-z]{2})\]$")
OUTPUT_LINE = re.compile(r"^\s*#>(?: (?P<text>.*))?$")
NUMBER = re.compile(r"(?<![\w.])[-+~]?\d+(?:\.\d+)?(?![\w])")
FIGURE = re.compile(r"figures/[\w.-]+\.(?:png|svg|html)")
SKIP = re.compile(r'^pytest\.mark\.skip\(reason="(?P<reason>[^"]+)"\)$')
SKIP_GPU = re.compile(r'^pytest\.mark\.skipif\(not cuda, reason="(?P<reason>[^"]+)"\)$')


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


# --- Includes ---


def check_includes(text: str, page: str) -> None:
    """Raise PageError when an include names a missing file or region, or a snippet does not compile."""
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
                'snippets/<section>/<topic>.py and include it: --8<-- "<section>/<topic>.py:<region>".'
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
            elif m := SKIP.match(mark):
                block.skip_reason = m["reason"]
            else:
                raise PageError(
                    f"{block.where}: unsupported marker <!--{mark}-->. Use "
                    '<!--pytest.mark.skip(reason="...")--> or '
                    '<!--pytest.mark.skipif(not cuda, reason="...")-->.'
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
            (n, line.strip()) for n, line in enumerate(block.code.splitlines(), 1)
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
    todo = [b for b in blocks if not b.skip_reason or (b.gpu and cuda)]
    if not todo:
        return []
    results = cwd / ".blocks-results.json"
    payload = [{"where": b.where, "syntax": b.syntax, "code": b.code} for b in todo]
    try:
        subprocess.run(
            [sys.executable, "-P", str(Path(__file__)), "--worker", str(results)],
            input=json.dumps(payload), text=True, cwd=cwd, check=False,
            timeout=BLOCK_TIMEOUT_S * len(todo) + 30,
        )
    except subprocess.TimeoutExpired:
        pass  # the results file names the block that hung
    done = json.loads(results.read_text()) if results.exists() else []
    results.unlink(missing_ok=True)
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
                raise PageError(f"{outcome.block.where}: failed while making the figures:\n"
                                f"{outcome.error}")
        (out / "done").touch()
    made = {p.name: p for p in (out / "figures").iterdir()}
    for name in FIGURE.findall(page.read_text(encoding="utf-8")):
        if name.removeprefix("figures/") not in made:
            raise PageError(f"{page.relative_to(ROOT)}: shows {name} but its code does not "
                            "write it. Save the figure there, or fix the name.")
    return sorted(made.values())


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError(f"block ran longer than {BLOCK_TIMEOUT_S} s")


def _worker(results_path: str) -> None:
    """Execute the JSON blocks on stdin in one namespace, writing results after each block."""
    import warnings

    for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
        warnings.simplefilter("error", category)
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
            else:
                done = subprocess.run(
                    ["bash", "-euo", "pipefail", "-c", block["code"]],
                    capture_output=True, text=True, timeout=BLOCK_TIMEOUT_S,
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
