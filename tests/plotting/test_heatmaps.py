from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix

from tests.tolerances import FLOAT64

if TYPE_CHECKING:
    from conftest import Run

CORRELATION_TITLE = {"fr": "Matrice de corrélation (iris)", "en": "Correlation matrix (iris)"}
CONFUSION = {
    "fr": ("Matrice de confusion", "Classe prédite", "Vraie classe"),
    "en": ("Confusion matrix", "Predicted label", "True label"),
}


def test_correlation_heatmap_is_written_and_titled(run: Run) -> None:
    run.png("plotting-correlation.png")
    assert run["ax"].get_title() == CORRELATION_TITLE[run.lang]


def test_correlation_matrix_is_symmetric_with_unit_diagonal(run: Run) -> None:
    corr = run["corr"].to_numpy()
    assert np.allclose(corr, corr.T, **FLOAT64)
    assert np.allclose(np.diag(corr), 1.0, **FLOAT64)
    assert round(corr[2, 3], 3) == 0.963


def test_heatmap_writes_every_value_on_a_fixed_scale(run: Run) -> None:
    ax = run["ax"]
    assert len(ax.texts) == 16
    assert ax.images[0].get_clim() == (-1, 1)


def test_confusion_matrix_counts_and_labels(run: Run) -> None:
    run.png("plotting-confusion-matrix.png")
    expected = [[2, 0, 0], [0, 1, 1], [0, 2, 0]]
    assert confusion_matrix(run["y_true"], run["y_pred"]).tolist() == expected
    ax = run["ax_cm"]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == CONFUSION[run.lang]


def test_corr_on_a_frame_with_text_needs_numeric_only(run: Run) -> None:
    iris = run["iris"]
    with pytest.raises(ValueError, match="could not convert string to float"):
        iris.corr()
    assert iris.corr(numeric_only=True).shape == (5, 5)
