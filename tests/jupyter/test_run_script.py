from __future__ import annotations

from collections.abc import Callable

from tests.jupyter.conftest import region, shown

CELLS = [("line_magics.ipy", "workdir"), ("run_script.ipy", "script"), ("run_script.ipy", "run")]


def test_run_passes_arguments_and_returns_variables(run_cells: Callable) -> None:
    printed = run_cells(CELLS)
    for (file, name), output in zip(CELLS, printed, strict=True):
        assert output == shown(region(file, name)), name


def test_script_defaults_to_one_epoch(run_cells: Callable) -> None:
    printed = run_cells([*CELLS[:2], ("", "%run train.py")])
    assert printed[-1] == "training for 1 epochs\n"
