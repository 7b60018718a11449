from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run

LOSS_LABELS = {
    "fr": ("Époque", "Perte", ["Entraînement", "Validation"], "meilleure époque"),
    "en": ("Epoch", "Loss", ["Training", "Validation"], "best epoch"),
}


def test_loss_curves_share_one_axes_with_a_localized_legend(run: Run) -> None:
    run.png("plotting-loss-curves.png")
    xlabel, ylabel, legend, _ = LOSS_LABELS[run.lang]
    loss_ax = run["ax_loss"]
    assert len(loss_ax.lines) == 2
    assert (loss_ax.get_xlabel(), loss_ax.get_ylabel()) == (xlabel, ylabel)
    assert [t.get_text() for t in loss_ax.get_legend().get_texts()] == legend


def test_annotation_points_at_the_lowest_validation_loss(run: Run) -> None:
    val = run["history"]["val"]
    assert run["best"] == val.index(min(val)) + 1 == 4
    (note,) = run["ax_loss"].texts
    assert note.get_text() == LOSS_LABELS[run.lang][3]
    assert note.xy == (4, 0.55)


def test_scatter_by_category_has_one_collection_per_species(run: Run) -> None:
    run.png("plotting-categories.png")
    counts = [len(c.get_offsets()) for c in run["ax_cat"].collections]
    assert counts == [50, 50, 50]


def test_integer_codes_use_a_qualitative_colormap(run: Run) -> None:
    assert run["points"].get_cmap().name == "tab10"
    assert run["codes"].value_counts().sort_index().tolist() == [50, 50, 50]


def test_mosaic_holds_a_box_plot_a_violin_plot_and_a_shared_histogram(run: Run) -> None:
    run.png("plotting-box-violin.png")
    axes = run["axes"]
    assert sorted(axes) == ["box", "hist", "violin"]
    assert len(axes["violin"].collections) >= 3  # one body per model, then the median lines
    # the histogram spans the two columns of the bottom row
    assert axes["hist"].get_position().width > 2 * axes["box"].get_position().width
    assert len(axes["hist"].patches) == 3 * 15


def test_dataframe_plot_draws_one_line_per_column(run: Run) -> None:
    df = run["df"]
    assert df.columns.tolist() == ["train", "val"] and df.index.name == "epoch"
    assert df.index.tolist() == [1, 2, 3, 4, 5, 6]
