from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run


def test_projection_3d_gives_axes3d_with_every_flower(run: Run) -> None:
    run.png("plotting-3d-matplotlib.png")
    ax = run["ax_3d"]
    assert type(ax).__name__ == "Axes3D" and ax.name == "3d"
    assert len(run["points"].get_offsets()) == 150
    assert ax.get_zlabel() in {"petal length", "pétale (long.)"}
