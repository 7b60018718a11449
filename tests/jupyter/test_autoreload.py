from __future__ import annotations

from collections.abc import Callable

from tests.jupyter.conftest import region, shown

CELLS = [("line_magics.ipy", "workdir")] + [
    ("autoreload.ipy", name) for name in ("module", "load", "edit", "reloaded")
]


def test_autoreload_picks_up_the_edited_module(run_cells: Callable) -> None:
    printed = run_cells(CELLS)
    for (file, name), output in zip(CELLS, printed, strict=True):
        assert output == shown(region(file, name)), name
    assert printed[-1] == "100\n"


def test_without_autoreload_the_old_code_stays(run_cells: Callable) -> None:
    load_without_extension = "from helpers import scale\nprint(scale(10))"
    cells = [CELLS[0], CELLS[1], ("", load_without_extension), CELLS[3], CELLS[4]]
    printed = run_cells(cells)
    assert printed[-1] == "20\n"
