from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from conftest import Run


def test_histogram_per_group_box_per_group_annotated_heatmap(run: Run) -> None:
    run.png("plotting-seaborn-like.png")
    assert len(run["ax_hist"].patches) == 3 * 15
    assert [t.get_text() for t in run["ax_box"].get_xticklabels()] == [
        "setosa",
        "versicolor",
        "virginica",
    ]
    labels = [float(t.get_text()) for t in run["ax_corr"].texts]
    np.testing.assert_allclose(labels, run["corr"].to_numpy().ravel(), atol=0.005)


def test_scatter_matrix_is_a_grid_of_every_pair(run: Run) -> None:
    assert run["grid"].shape == (4, 4)
