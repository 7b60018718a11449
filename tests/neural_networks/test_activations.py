from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType

import matplotlib.image
import numpy as np
import pytest
import torch

from cheatsheet.localize import run_localized
from cheatsheet.project import ROOT
from tests.tolerances import APPROX32, FLOAT32

SNIPPET = ROOT / "snippets" / "neural_networks" / "activations.py"
LABELS = {
    "fr": ("Fonctions d'activation", "entrée x", "sortie f(x)"),
    "en": ("Activation functions", "input x", "output f(x)"),
}


@pytest.fixture
def activations() -> ModuleType:
    return importlib.import_module("snippets.neural_networks.activations")


def test_activation_values_match_their_formulas(activations: ModuleType) -> None:
    x = torch.linspace(-3, 3, 61)
    f = activations.activations
    assert torch.allclose(f["sigmoid"](x), 1 / (1 + torch.exp(-x)), atol=1e-6)
    assert torch.allclose(f["tanh"](x), (x.exp() - (-x).exp()) / (x.exp() + (-x).exp()), atol=1e-6)
    assert torch.equal(f["relu"](x), x.clamp(min=0))
    assert torch.allclose(f["leaky_relu"](x), torch.maximum(0.01 * x, x), **FLOAT32)
    assert torch.allclose(f["elu"](x), torch.where(x > 0, x, x.exp() - 1), atol=1e-6)
    phi = 0.5 * (1 + torch.erf(x / 2**0.5))
    assert torch.allclose(f["gelu"](x), x * phi, atol=1e-6)
    assert torch.allclose(f["silu"](x), x * torch.sigmoid(x), atol=1e-6)


def test_activation_ranges_are_those_of_the_table(activations: ModuleType) -> None:
    x = torch.linspace(-8, 8, 1601)
    f = activations.activations
    assert 0 <= f["sigmoid"](x).min() and f["sigmoid"](x).max() <= 1
    assert -1 <= f["tanh"](x).min() and f["tanh"](x).max() <= 1
    assert f["relu"](x).min() == 0
    assert f["leaky_relu"](x).min() < 0
    assert f["elu"](x).min() > -1
    assert f["gelu"](x).min() == pytest.approx(-0.17, abs=0.005)
    assert f["silu"](x).min() == pytest.approx(-0.2785, abs=1e-4)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_shows_the_computed_minima(lang: str, activations: ModuleType) -> None:
    page = (ROOT / "docs" / lang / "neural-networks.md").read_text(encoding="utf-8")
    for name, shown in (("GELU", "-0.17"), ("SiLU (Swish)", "-0.28")):
        key = "gelu" if name == "GELU" else "silu"
        row = next(line for line in page.splitlines() if line.startswith(f"| {name} |"))
        # French notation: decimal comma, `[a ; +∞[`
        expected = (
            f"[{shown.replace('.', '{,}')}\\,; +\\infty["
            if lang == "fr"
            else f"[{shown}, +\\infty)"
        )
        assert expected in row
        assert f"{activations.activations[key](torch.linspace(-5, 5, 100_001)).min():.2f}" == shown


def test_softmax_sums_to_one_and_ignores_a_shift(activations: ModuleType) -> None:
    assert activations.probs.sum().item() == pytest.approx(1.0, **APPROX32)
    assert [round(p, 4) for p in activations.probs.tolist()] == [0.659, 0.2424, 0.0986]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_figure_is_drawn_with_labels_in_the_page_language(lang: str) -> None:
    namespace = run_localized(SNIPPET, lang)
    ax = namespace["ax"]
    title, xlabel, ylabel = LABELS[lang]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (title, xlabel, ylabel)
    assert len(ax.get_lines()) == 7
    image = matplotlib.image.imread(Path("figures/neural-networks-activations.png"))
    assert image.std() > 0.05
    assert len(np.unique(image.reshape(-1, image.shape[-1]), axis=0)) > 50


def test_page_shows_the_figure_the_code_writes() -> None:
    for lang in ("fr", "en"):
        page = (ROOT / "docs" / lang / "neural-networks.md").read_text(encoding="utf-8")
        assert re.search(r"\]\(figures/neural-networks-activations\.png\)", page)
