"""A page's fenced blocks as the reader sees them: expanded, localized, with expected output."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from cheatsheet.includes import INCLUDE, check_includes, expand
from cheatsheet.project import ROOT, PageError, page_lang

RUNNABLE = {"python", "ipython", "bash", "sh"}
OUTPUT_LINE = re.compile(r"^\s*#>(?: (?P<text>.*))?$")
NUMBER = re.compile(r"(?<![\w.])[-+~]?\d+(?:\.\d+)?(?![\w])")
SKIP = re.compile(r'^pytest\.mark\.skip\(reason="(?P<reason>[^"]+)"\)$')
SKIP_GPU = re.compile(r'^pytest\.mark\.skipif\(not cuda, reason="(?P<reason>[^"]+)"\)$')
CPU_OUTPUT = re.compile(r'^pytest\.mark\.skipif\(cuda, reason="(?P<reason>[^"]+)"\)$')
# a heading's or card's anchor as written in a page: `## Title { #anchor }`
ANCHOR = re.compile(r"\{ #(?P<anchor>[\w-]+) \}")


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


def shown(text: str) -> str:
    """Normalize output the way a reader sees it: no trailing spaces or blank lines."""
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


HEREDOC = re.compile(r"<<-?\s*(['\"]?)(?P<end>\w+)\1")


def executed(block: Block) -> tuple[object, ...]:
    """Return what running a block depends on: its code less comments, and how it runs."""
    code = block.code
    if block.syntax in {"python", "ipython"}:
        try:
            if block.syntax == "ipython":  # magics become calls; a cell magic's body, a string
                from IPython.core.inputtransformer2 import TransformerManager

                code = TransformerManager().transform_cell(code)
            code = ast.dump(ast.parse(code))  # comments are not in the syntax tree
        except SyntaxError:
            pass  # the run reports it
    elif block.syntax in {"bash", "sh"}:
        code = "\n".join(shell_commands(code))
    return block.syntax, code, block.skip_reason is None, block.gpu, block.cpu_output is None


def shell_commands(code: str) -> list[str]:
    """Return a shell block's lines less its comment lines; a here-document's lines all stay."""
    lines, end = [], None
    for line in code.splitlines():
        if end is None and line.lstrip().startswith("#"):
            continue
        lines.append(line)
        if end is not None:
            end = None if line.strip() == end else end
        elif here := HEREDOC.search(line):
            end = here["end"]
    return lines


def run_alike(blocks: list[Block], others: list[Block]) -> bool:
    """Tell whether two pages' blocks run the same code, comments aside (a page's translation)."""
    return [executed(b) for b in blocks] == [executed(b) for b in others]
