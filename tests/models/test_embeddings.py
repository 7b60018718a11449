from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import matplotlib.image
import matplotlib.pyplot as plt
import pytest

from cheatsheet.localize import run_localized
from cheatsheet.project import ROOT

SNIPPET = ROOT / "snippets" / "models" / "embeddings.py"


def snippet() -> ModuleType:
    return importlib.import_module("snippets.models.embeddings")


def test_two_principal_components_keep_under_a_third_of_the_variance() -> None:
    ratio = snippet().pca.explained_variance_ratio_
    assert ratio.round(3).tolist() == [0.151, 0.145]
    assert round(ratio.sum(), 3) == 0.296


def test_tsne_keeps_neighbours_better_than_pca() -> None:
    mod = snippet()
    assert mod.X_pca.shape == mod.X_tsne.shape == (500, 2)
    pca = mod.trustworthiness(mod.X_digits, mod.X_pca, n_neighbors=5)
    tsne = mod.trustworthiness(mod.X_digits, mod.X_tsne, n_neighbors=5)
    assert round(pca, 2) == 0.85
    assert tsne == pytest.approx(0.996, abs=0.001)  # t-SNE's layout depends on CPU kernels


def test_figure_titles_follow_the_page_language() -> None:
    names = run_localized(SNIPPET, "fr")
    assert [ax.get_title() for ax in names["axes"]] == ["ACP", "t-SNE"]
    image = matplotlib.image.imread(Path("figures/models-embeddings.png"))
    assert image.std() > 0.05
    plt.close("all")
