from __future__ import annotations

from collections.abc import Callable

from tests.jupyter.conftest import region, shown

FILE = "line_magics.ipy"
REGIONS = ["workdir", "timeit", "variables", "history", "who", "pdb"]


def test_line_magics_print_what_the_page_shows(run_cells: Callable) -> None:
    printed = run_cells([(FILE, name) for name in REGIONS])
    for name, output in zip(REGIONS, printed, strict=True):
        assert output == shown(region(FILE, name)), name


def test_work_happens_in_a_temporary_folder(run_cells: Callable) -> None:
    probe = "import os, tempfile\nprint(os.getcwd().startswith(tempfile.gettempdir()))"
    printed = run_cells([(FILE, "workdir"), ("", probe)])
    assert printed[-1] == "True\n"


def test_pdb_is_left_off(run_cells: Callable) -> None:
    printed = run_cells([(FILE, "pdb"), ("", "print(get_ipython().call_pdb)")])
    assert printed[-1] == "False\n"
