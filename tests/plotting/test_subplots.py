from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run

TITLES = {
    "fr": ["Courbe", "Nuage de points", "Histogramme", "Diagramme en barres"],
    "en": ["Line plot", "Scatter plot", "Histogram", "Bar chart"],
}
SUPTITLE = {"fr": "Axes des ordonnées partagés", "en": "Shared y axes"}
XLABEL = {"fr": "Temps (s)", "en": "Time (s)"}


def test_grid_figure_is_written_and_not_blank(run: Run) -> None:
    run.png("plotting-subplots.png")
    run.png("plotting-shared-axes.png")


def test_grid_has_four_axes_titled_in_the_page_language(run: Run) -> None:
    axes = run["axes"]
    assert axes.shape == (2, 2)
    assert [ax.get_title() for ax in axes.flat] == TITLES[run.lang]


def test_each_grid_cell_holds_its_kind_of_plot(run: Run) -> None:
    line, scatter, hist, bar = run["axes"].flat
    assert len(line.lines) == 1
    assert len(scatter.collections) == 1
    assert len(hist.patches) == 30
    assert len(bar.patches) == 4


def test_shared_axes_have_the_same_y_limits_and_localized_labels(run: Run) -> None:
    left, right = run["left"], run["right"]
    assert left.get_shared_y_axes().joined(left, right)
    assert left.get_ylim() == right.get_ylim()
    assert left.get_xlabel() == right.get_xlabel() == XLABEL[run.lang]
    assert run["fig_shared"].get_suptitle() == SUPTITLE[run.lang]


def test_page_shows_only_its_own_language(plotting_page: Callable[[str], str]) -> None:
    fr, en = plotting_page("fr"), plotting_page("en")
    assert '"Nuage de points"' in fr and '"Scatter plot"' not in fr
    assert '"Scatter plot"' in en and '"Nuage de points"' not in en
    assert "# [fr]" not in fr and "# [en]" not in en
