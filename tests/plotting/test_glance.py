"""The quick reference's cards, each run on its own as a reader copies it."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator

import matplotlib.pyplot as plt
import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from cheatsheet.localize import localize_code
from cheatsheet.project import ROOT
from tests.tolerances import APPROX64, FLOAT64

SNIPPET = ROOT / "snippets" / "plotting" / "glance.py"
REGION = re.compile(
    r"# --8<-- \[start:(?P<name>[\w-]+)\]\n(?P<code>.*?)# --8<-- \[end:(?P=name)\]", re.S
)


@pytest.fixture(scope="module")
def card(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], dict[str, object]]]:
    """Run one region of glance.py in a fresh namespace and folder; return its names."""
    text = localize_code(SNIPPET.read_text(encoding="utf-8"), "en", str(SNIPPET))
    regions = {m["name"]: m["code"] for m in REGION.finditer(text)}

    def run(name: str) -> dict[str, object]:
        namespace: dict[str, object] = {"__name__": f"plotting_glance_{name}"}
        folder = tmp_path_factory.mktemp(name)
        # every card runs after the set-up card, as on the page
        with contextlib.chdir(folder), contextlib.redirect_stdout(io.StringIO()):
            exec(compile(regions["setup"] + regions[name], str(SNIPPET), "exec"), namespace)
        namespace["folder"] = folder
        return namespace

    yield run
    plt.close("all")


def test_the_whole_snippet_runs_on_import(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # the cards write plot.png and iris.html
    # one figure per card, more than matplotlib's 20 before it warns: closed below
    with contextlib.redirect_stdout(io.StringIO()), plt.rc_context({"figure.max_open_warning": 0}):
        from snippets.plotting import glance
    assert len(glance.px.data.iris()) == 150 and (tmp_path / "iris.html").is_file()
    plt.close("all")


def test_object_api_card(card: Callable[[str], dict[str, object]]) -> None:
    ns = card("object-api")
    ax = ns["ax"]
    assert len(ax.lines) == 1 and ax.get_xlabel() == "x" and ax.get_legend() is not None
    assert ns["fig"].get_size_inches().tolist() == [6.0, 4.0]  # figsize is stored exactly


def test_grid_card_shares_x_and_uses_constrained_layout(card) -> None:
    ns = card("grid")
    axes = ns["axes"]
    assert axes.shape == (2, 3)
    assert all(axes[0, 0].get_shared_x_axes().joined(axes[0, 0], ax) for ax in axes.flat)
    assert type(ns["fig"].get_layout_engine()).__name__ == "ConstrainedLayoutEngine"


def test_savefig_card_writes_a_png(card) -> None:
    out = card("savefig")["folder"] / "plot.png"
    assert out.is_file()
    assert plt.imread(out).ndim == 3


def test_hist_card_counts_every_sample(card) -> None:
    ns = card("hist")
    assert int(ns["counts"].sum()) == 1000
    assert len(ns["edges"]) == 31 and len(ns["bars"]) == 30


def test_scatter_card_has_a_colorbar(card) -> None:
    ns = card("scatter")
    assert ns["points"].get_cmap().name == "viridis"
    assert len(ns["fig"].axes) == 2 and ns["cbar"].ax.get_ylabel() == "x + y"


def test_log_scale_card(card) -> None:
    ax = card("log-scale")["ax"]
    assert (ax.get_xscale(), ax.get_yscale()) == ("linear", "log")


def test_heatmap_card_annotates_every_cell(card) -> None:
    ns = card("heatmap")
    m = ns["m"]
    assert [t.get_text() for t in ns["ax"].texts] == [f"{v:.1f}" for v in m.flat]
    # the colour limits are the data's min and max, copied exactly
    assert ns["im"].get_clim() == (m.min(), m.max())
    assert len(ns["fig"].axes) == 2


def test_correlation_card_skips_text_and_is_symmetric(card) -> None:
    corr = card("correlation")["corr"]
    assert corr.shape == (5, 5) and "species" not in corr.columns
    values = corr.to_numpy()
    # float64 sums in a different order: FLOAT64 allows for that
    assert np.allclose(values, values.T, **FLOAT64)
    assert np.allclose(np.diag(values), 1.0, **FLOAT64)
    assert round(corr.loc["petal_length", "petal_width"], 3) == 0.963


def test_confusion_card_counts(card) -> None:
    disp = card("confusion")["disp"]
    assert disp.confusion_matrix.tolist() == [[2, 0, 0], [0, 1, 1], [0, 1, 2]]


def test_roc_card_auc(card) -> None:
    ns = card("roc")
    # eight of the nine positive/negative pairs are ranked right
    assert ns["roc"].roc_auc == pytest.approx(8 / 9, **APPROX64)
    assert ns["roc"].roc_auc == pytest.approx(
        roc_auc_score(ns["y_true"], ns["y_score"]), **APPROX64
    )


def test_plotly_card_writes_a_light_html_page(card) -> None:
    ns = card("plotly")
    assert len(ns["fig"].data) == 3
    out = ns["folder"] / "iris.html"
    text = out.read_text(encoding="utf-8")
    assert "cdn.plot.ly" in text
    assert out.stat().st_size < 1_000_000  # plotly.js is not copied in


def test_limits_card_sets_limits_and_draws_reference_lines(card) -> None:
    ax = card("limits")["ax"]
    assert ax.get_xlim() == (0.0, 2.0) and ax.get_ylim()[0] == 0.0
    # the plotted curve, then the horizontal and the vertical line
    assert len(ax.lines) == 3
    assert list(ax.lines[1].get_ydata()) == [1, 1]
    assert list(ax.lines[2].get_xdata()) == [1, 1]


def test_legend_outside_card_puts_the_legend_right_of_the_axes(card) -> None:
    ns = card("legend-outside")
    fig, ax = ns["fig"], ns["ax"]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    legend_box = ax.get_legend().get_window_extent(renderer)
    assert legend_box.x0 >= ax.get_window_extent(renderer).x1
    assert legend_box.x1 <= fig.bbox.x1  # constrained layout leaves room for it


def test_several_lines_card_draws_two_labelled_lines(card) -> None:
    ax = card("several-lines")["ax"]
    assert len(ax.lines) == 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["train", "validation"]


def test_by_category_card_draws_one_scatter_per_label(card) -> None:
    ax = card("by-category")["ax"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["bird", "cat", "dog"]
    assert [len(c.get_offsets()) for c in ax.collections] == [1, 2, 1]


def test_style_font_card_sets_sizes_and_a_scoped_style(card) -> None:
    try:
        ns = card("style-font")
        ax = ns["ax"]
        assert ax.title.get_fontsize() == 16.0 and ax.xaxis.label.get_fontsize() == 12.0
        # ggplot's grey background, only inside the with block
        assert ax.get_facecolor()[:3] == pytest.approx((0.898, 0.898, 0.898), abs=1e-3)
        assert plt.rcParams["axes.facecolor"] == "white"
    finally:
        plt.rcdefaults()


def test_twinx_card_adds_a_second_y_axis_sharing_x(card) -> None:
    ns = card("twinx")
    ax, right = ns["ax"], ns["right"]
    assert len(ns["fig"].axes) == 2
    assert ax.get_shared_x_axes().joined(ax, right)
    assert right.yaxis.get_label_position() == "right"


def test_image_tensor_card_moves_channels_last(card) -> None:
    ns = card("image-tensor")
    assert tuple(ns["img"].shape) == (3, 32, 32)
    assert ns["shown"].get_array().shape == (32, 32, 3)
    with pytest.raises(TypeError, match=r"Invalid shape \(3, 32, 32\) for image data"):
        ns["ax"].imshow(ns["img"].numpy())
