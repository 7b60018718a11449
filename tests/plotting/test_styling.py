from __future__ import annotations

from typing import TYPE_CHECKING

import matplotlib.pyplot as plt

if TYPE_CHECKING:
    from conftest import Run

YLABELS = {"fr": ("Perte", "Taux d'apprentissage"), "en": ("Loss", "Learning rate")}


def test_style_context_only_applies_inside_the_with_block(run: Run) -> None:
    assert "ggplot" in plt.style.available
    assert plt.rcParams["axes.facecolor"] == "white"


def test_font_size_is_restored_to_the_default(run: Run) -> None:
    assert plt.rcParams["font.size"] == 10.0


def test_twin_axes_figure_has_two_y_axes_labelled_in_the_page_language(run: Run) -> None:
    run.png("plotting-twin-axes.png")
    ax_loss, ax_lr = run["ax_loss"], run["ax_lr"]
    assert run["fig_twin"].axes == [ax_loss, ax_lr]
    assert (ax_loss.get_ylabel(), ax_lr.get_ylabel()) == YLABELS[run.lang]
    assert ax_lr.yaxis.get_label_position() == "right"


def test_each_curve_gets_its_own_y_range(run: Run) -> None:
    # the learning rate (under 0.1) would be a flat line on the loss's scale (up to 2)
    assert run["ax_lr"].get_ylim()[1] < 0.1 < run["ax_loss"].get_ylim()[1]


def test_dates_axis_shows_one_tick_a_month(run: Run) -> None:
    labels = [t.get_text() for t in run["ax"].get_xticklabels()]
    assert labels == ["2024-01", "2024-02", "2024-03"]
    assert all(t.get_rotation() == 30 for t in run["ax"].get_xticklabels())
