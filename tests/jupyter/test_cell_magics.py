from __future__ import annotations

from collections.abc import Callable

from tests.jupyter.conftest import region, shown

SETUP = [
    ("line_magics.ipy", "workdir"),
    ("autoreload.ipy", "module"),
    ("run_script.ipy", "script"),
]
REGIONS = ["time", "time-report", "bash", "html", "html-bundle", "html-mime", "javascript"]


def expected(name: str) -> str:
    return shown(region("cell_magics.ipy", name))


def test_cell_magics_print_what_the_page_shows(run_cells: Callable) -> None:
    printed = run_cells(SETUP + [("cell_magics.ipy", name) for name in REGIONS])
    for name, output in zip(REGIONS, printed[len(SETUP) :], strict=True):
        assert output == expected(name), name


def test_html_cell_carries_the_html_itself(run_cells: Callable) -> None:
    probe = 'print("crimson" in shown.outputs[0].data["text/html"])'
    printed = run_cells([("cell_magics.ipy", "html-bundle"), ("", probe)])
    assert printed[-1] == "True\n"


def test_rich_outputs_are_not_printed_as_text(run_cells: Callable) -> None:
    assert run_cells([("cell_magics.ipy", "html"), ("cell_magics.ipy", "javascript")]) == ["", ""]


def test_time_output_is_captured_not_printed(run_cells: Callable) -> None:
    assert run_cells([("cell_magics.ipy", "time")]) == [""]
