from __future__ import annotations

from collections.abc import Callable

from tests.jupyter.conftest import region, shown

FILE = "troubleshooting.ipy"
REGIONS = ["module-not-found", "tqdm"]


def test_troubleshooting_cells_print_what_the_page_shows(run_cells: Callable) -> None:
    printed = run_cells([(FILE, name) for name in REGIONS])
    for name, output in zip(REGIONS, printed, strict=True):
        assert output == shown(region(FILE, name)), name


def test_shell_pip_and_kernel_share_one_interpreter(run_cells: Callable) -> None:
    probe = (
        "import sys\n"
        "where = !{sys.executable} -c 'import sys; print(sys.prefix)'\n"
        "print(where[0] == sys.prefix)"
    )
    assert run_cells([("", probe)]) == ["True\n"]


def test_tqdm_auto_falls_back_to_a_text_bar_without_ipywidgets(run_cells: Callable) -> None:
    probe = (
        "import importlib.util\n"
        "from tqdm.auto import tqdm\n"
        "from tqdm.notebook import tqdm_notebook\n"
        "widgets = importlib.util.find_spec('ipywidgets') is not None\n"
        "print(issubclass(tqdm, tqdm_notebook) == widgets)"
    )
    assert run_cells([("", probe)]) == ["True\n"]
