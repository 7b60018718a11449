"""No code a reader copies loads a skops file trusting the types the file itself asks for.

`skops.io.load(path, trusted=sio.get_untrusted_types(file=path))` trusts whatever a tampered file
lists, so skops then protects against nothing. The list passed as `trusted` must be one the
reader reviewed and wrote out. The check reads the syntax tree (`ast`), not the text: a
`get_untrusted_types(...)` call inside the `trusted` argument, or a name assigned from one
(directly or through other names), is caught whatever the spacing or the alias of the module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from IPython.core.inputtransformer2 import TransformerManager

from cheatsheet import run_cache
from cheatsheet.blocks import page_blocks
from cheatsheet.project import ROOT, SNIPPETS

SNIPPET_FILES = sorted(SNIPPETS.rglob("*.py"))
PAGES = sorted((ROOT / "docs").glob("*/**/*.md"))
LOADERS = {"load", "loads"}  # skops.io.load(file, trusted=None), skops.io.loads(data, trusted=None)
LISTER = "get_untrusted_types"
FIX = 'write the reviewed list out instead, e.g. trusted=["sklearn.tree._tree.Tree"]'


def called_name(call: ast.Call) -> str | None:
    """Return the called function's last name: `load` for `sio.load(...)` and `load(...)`."""
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def assigned_names(target: ast.expr) -> set[str]:
    """Return the names an assignment target binds (tuples and starred targets included)."""
    return {node.id for node in ast.walk(target) if isinstance(node, ast.Name)}


def tainted_names(tree: ast.AST) -> set[str]:
    """Return the names that hold a value computed from `get_untrusted_types`, to a fixed point."""
    bindings: list[tuple[set[str], ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            names = set().union(*(assigned_names(t) for t in node.targets))
            bindings.append((names, node.value))
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
            bindings.append((assigned_names(node.target), node.value))
        elif isinstance(node, ast.NamedExpr):
            bindings.append(({node.target.id}, node.value))
    tainted: set[str] = set()
    while True:
        grown = set(tainted)
        for names, value in bindings:
            if from_the_file(value, tainted):
                grown |= names
        if grown == tainted:
            return tainted
        tainted = grown


def from_the_file(value: ast.expr, tainted: set[str]) -> bool:
    """Tell whether an expression calls `get_untrusted_types` or reads a name that holds it."""
    for node in ast.walk(value):
        if isinstance(node, ast.Call) and called_name(node) == LISTER:
            return True
        if isinstance(node, ast.Name) and node.id in tainted:
            return True
    return False


def unsafe_loads(source: str) -> list[tuple[int, str]]:
    """Return (line, message) for each load whose `trusted` comes from the file being loaded."""
    tree = ast.parse(source)
    tainted = tainted_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or called_name(node) not in LOADERS:
            continue
        trusted = [k.value for k in node.keywords if k.arg == "trusted"]
        trusted += node.args[1:2]  # load(file, trusted) given by position
        for value in trusted:
            if isinstance(value, ast.Constant) and value.value is True:
                found.append((node.lineno, f"{ast.unparse(node)} trusts every type; {FIX}"))
            elif from_the_file(value, tainted):
                found.append(
                    (
                        node.lineno,
                        f"{ast.unparse(node)} trusts the types the file itself asks for "
                        f"({LISTER} lists them for you to review, not to pass on); {FIX}",
                    )
                )
    return found


def python_of(syntax: str, code: str) -> str | None:
    """Return a page block's code as Python (magics turned into calls), or None for shell."""
    if syntax == "python":
        return code
    if syntax == "ipython":
        return TransformerManager().transform_cell(code)
    return None


# --- The rule itself ---

BAD_DIRECT = """
import skops.io as sio
sio.dump(model, "m.skops")
loaded = sio.load("m.skops", trusted=sio.get_untrusted_types(file="m.skops"))
"""
BAD_THROUGH_A_NAME = """
import skops.io as sio
t = sio.get_untrusted_types(file=path)
listed = sorted(t)
model = sio.load(path, trusted=listed)
"""
GOOD = """
import skops.io as sio
unknown = sio.get_untrusted_types(file=path)
expected = ["sklearn.tree._tree.Tree"]
assert unknown == expected, unknown
model = sio.load(path, trusted=expected)
other = sio.load(path, trusted=["sklearn.tree._tree.Tree"])
"""


@pytest.mark.parametrize(
    ("source", "line"), [(BAD_DIRECT, 4), (BAD_THROUGH_A_NAME, 5)], ids=["direct", "through-a-name"]
)
def test_trusting_what_the_file_lists_is_caught(source: str, line: int) -> None:
    found = unsafe_loads(source)
    assert [where for where, _ in found] == [line]
    assert LISTER in found[0][1] and "trusted=[" in found[0][1]


def test_a_reviewed_list_written_out_passes() -> None:
    assert unsafe_loads(GOOD) == []


def test_trusting_everything_is_caught() -> None:
    assert [line for line, _ in unsafe_loads('sio.load("m.skops", trusted=True)')] == [1]


# --- The project's code ---


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p, id=str(p.relative_to(ROOT)), marks=pytest.mark.inputs(str(p.relative_to(ROOT)))
        )
        for p in SNIPPET_FILES
    ],
)
def test_no_snippet_trusts_what_the_file_lists(path: Path) -> None:
    name = path.relative_to(ROOT)
    found = unsafe_loads(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{name}:{line}: {message}" for line, message in found)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            p, id=str(p.relative_to(ROOT)), marks=pytest.mark.inputs(*run_cache.page_inputs(p))
        )
        for p in PAGES
    ],
)
def test_no_page_block_trusts_what_the_file_lists(page: Path) -> None:
    problems = []
    for block in page_blocks(page):
        code = python_of(block.syntax, block.code)
        if code is None:
            continue
        for line, message in unsafe_loads(code):
            problems.append(f"{block.where} (line {line} of the block): {message}")
    assert not problems, "\n".join(problems)
