"""The notebook pages hold the section's snippet regions as their code cells: one source.

Regenerate both notebooks (outputs cleared) after editing a region:
`.venv/bin/python tests/jupyter/test_notebook.py`
"""

from __future__ import annotations

import re
import shutil
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cheatsheet.localize import localize_code  # noqa: E402

SNIPPETS = ROOT / "snippets" / "jupyter"
OUTPUT_LINE = re.compile(r"^\s*#>")
TITLE = {
    "fr": "# Un notebook exécuté à chaque construction\n\n"
    "Ce notebook est exécuté à chaque construction du site ; ses cellules sont celles de la "
    "page [Astuces Jupyter](../jupyter/), qui explique chaque commande. Les cellules d'aide "
    "`?` et `??` n'y figurent pas : voir la page.",
    "en": "# A notebook run at every build\n\n"
    "This notebook is run on every build of the site; its cells are those of the "
    "[Jupyter tips](../jupyter/) page, which explains each command. The `?` and `??` help "
    "cells are not in it: see the page.",
}
HEADINGS = {
    "line-magics": {"fr": "## Magics de ligne", "en": "## Line magics"},
    "cell-magics": {"fr": "## Magics de cellule", "en": "## Cell magics"},
}
CELLS: list[tuple[str, str] | str] = [
    ("line_magics.ipy", "workdir"),
    "line-magics",
    ("line_magics.ipy", "timeit"),
    ("line_magics.ipy", "variables"),
    ("line_magics.ipy", "history"),
    ("line_magics.ipy", "who"),
    ("autoreload.ipy", "module"),
    ("autoreload.ipy", "load"),
    ("autoreload.ipy", "edit"),
    ("autoreload.ipy", "reloaded"),
    ("run_script.ipy", "script"),
    ("run_script.ipy", "run"),
    ("line_magics.ipy", "pdb"),
    "cell-magics",
    ("cell_magics.ipy", "time"),
    ("cell_magics.ipy", "time-report"),
    ("cell_magics.ipy", "bash"),
    ("cell_magics.ipy", "html"),
    ("cell_magics.ipy", "html-bundle"),
    ("cell_magics.ipy", "html-mime"),
    ("cell_magics.ipy", "javascript"),
]


def region(file: str, name: str) -> list[str]:
    """Return a region's lines as the page includes them (dedented)."""
    text = (SNIPPETS / file).read_text(encoding="utf-8")
    body = text.split(f"# --8<-- [start:{name}]\n")[1].split(f"# --8<-- [end:{name}]")[0]
    return textwrap.dedent(body).rstrip("\n").split("\n")


def cell_source(file: str, name: str, lang: str) -> str:
    """Return a notebook cell: the region in `lang`, without its `#>` output lines."""
    lines = localize_code("\n".join(region(file, name)), lang).split("\n")
    return "\n".join(line for line in lines if not OUTPUT_LINE.match(line)).rstrip("\n")


def shown_output(file: str, name: str) -> str:
    """Return the `#>` lines of a region, as the page shows them."""
    return "".join(
        re.sub(r"^\s*#> ?", "", line) + "\n"
        for line in region(file, name)
        if OUTPUT_LINE.match(line)
    )


def expected_notebook(lang: str) -> nbformat.NotebookNode:
    cells = [nbformat.v4.new_markdown_cell(TITLE[lang])]
    for item in CELLS:
        if isinstance(item, str):
            cells.append(nbformat.v4.new_markdown_cell(HEADINGS[item][lang]))
        else:
            cells.append(nbformat.v4.new_code_cell(cell_source(*item, lang)))
    for number, cell in enumerate(cells, 1):
        cell.id = f"cell-{number:02d}"
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return notebook


def notebook_path(lang: str) -> Path:
    return ROOT / "docs" / lang / "jupyter-notebook.ipynb"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_notebook_code_cells_are_the_snippet_regions(lang: str) -> None:
    notebook = nbformat.read(notebook_path(lang), as_version=4)
    code = [c.source for c in notebook.cells if c.cell_type == "code"]
    expected = [c.source for c in expected_notebook(lang).cells if c.cell_type == "code"]
    assert code == expected, "run `python tests/jupyter/test_notebook.py` to regenerate"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_notebook_is_committed_without_outputs(lang: str) -> None:
    notebook = nbformat.read(notebook_path(lang), as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == []
            assert cell.execution_count is None


def test_kernel_prints_what_the_page_shows(tmp_path: Path) -> None:
    """Run the English notebook in a real Jupyter kernel and compare its printed output."""
    from nbclient import NotebookClient

    shutil.copy(notebook_path("en"), tmp_path / "notebook.ipynb")
    notebook = nbformat.read(tmp_path / "notebook.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, resources={"metadata": {"path": tmp_path}}).execute()
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    regions = [item for item in CELLS if not isinstance(item, str)]
    for cell, (file, name) in zip(code_cells, regions, strict=True):
        printed = "".join(o.text for o in cell.outputs if o.output_type == "stream")
        assert printed == shown_output(file, name), f"{file}:{name}"
    html = [o for o in code_cells[regions.index(("cell_magics.ipy", "html"))].outputs]
    assert html[0].output_type == "display_data"
    assert "crimson" in html[0].data["text/html"]


if __name__ == "__main__":
    for language in ("fr", "en"):
        nbformat.write(expected_notebook(language), notebook_path(language))
        print(f"wrote {notebook_path(language).relative_to(ROOT)}")
