from __future__ import annotations

from collections.abc import Callable

from tests.jupyter.conftest import region, shown

REGIONS = ["define", "question-marks", "doc", "source"]


def test_help_prints_what_the_page_shows(run_cells: Callable) -> None:
    printed = run_cells([("help.ipy", name) for name in REGIONS])
    for name, output in zip(REGIONS, printed, strict=True):
        assert output == shown(region("help.ipy", name)), name


def test_question_marks_show_the_same_text_as_inspect(run_cells: Callable) -> None:
    probe = (
        "%colors nocolor\n"
        "ip = get_ipython()\n"
        "print(ip.object_inspect_text('len').splitlines()[1])\n"
        "print('return x * factor' in ip.object_inspect_text('scale_by', detail_level=1))"
    )
    printed = run_cells([("help.ipy", "define"), ("", probe)])
    assert printed[-1] == "Docstring: Return the number of items in a container.\nTrue\n"
