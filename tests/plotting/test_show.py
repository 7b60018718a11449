from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run


def test_agg_warns_when_a_display_is_present(run: Run) -> None:
    assert run["warning"].endswith(
        "UserWarning: FigureCanvasAgg is non-interactive, and thus cannot be shown"
    )
    assert (run.folder / "line.png").is_file()


def test_agg_stays_silent_on_linux_without_a_display(run: Run) -> None:
    assert run["quiet"].returncode == 0 and run["quiet"].stderr == b""
