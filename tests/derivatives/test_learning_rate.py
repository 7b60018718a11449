"""Learning rate on x²: too large diverges, too small crawls, closed form, figure."""

from __future__ import annotations

import importlib

import matplotlib.image
import matplotlib.pyplot as plt
import pytest

from cheatsheet.localize import run_localized
from cheatsheet.project import ROOT

SNIPPET = ROOT / "snippets" / "derivatives" / "learning_rate.py"


def descend(lr: float, steps: int = 20, x: float = 1.0) -> float:
    """The snippet's descend(), imported inside a test: the module saves a figure in the cwd."""
    module = importlib.import_module("snippets.derivatives.learning_rate")
    plt.close("all")
    return module.descend(lr, steps, x)


@pytest.mark.parametrize("lr", [1.1, 0.001, 0.1, 0.5, 0.9])
def test_descent_follows_the_closed_form(lr: float) -> None:
    # 20 float64 multiplications vs one power: relative rounding ~1e-15
    assert descend(lr) == pytest.approx((1 - 2 * lr) ** 20, rel=1e-12, abs=1e-15)


def test_too_large_diverges_too_small_crawls() -> None:
    assert abs(descend(1.1)) > 1 > abs(descend(0.001)) > 0.9
    assert abs(descend(0.1)) < 0.02


@pytest.mark.parametrize(("lr", "converges"), [(0.999, True), (1.001, False), (1e-4, True)])
def test_convergence_threshold_is_alpha_one(lr: float, converges: bool) -> None:
    assert (abs(descend(lr, steps=100_000)) < 1) is converges


LABELS = {
    "fr": ("Perte selon le taux d'apprentissage", "pas", "perte x²"),
    "en": ("Loss for each learning rate", "step", "loss x²"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_figure_is_drawn_with_labels_in_the_page_language(lang: str) -> None:
    namespace = run_localized(SNIPPET, lang)
    ax = namespace["ax"]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == LABELS[lang]
    curves = [line.get_ydata() for line in ax.get_lines()]
    assert len(curves) == 3
    assert curves[0][-1] > 1 > curves[1][-1] and 0.9 < curves[2][-1] < 1
    image = matplotlib.image.imread("figures/derivatives-learning-rate.png")
    assert image.std() > 0.05, "the figure is blank"
    plt.close("all")
