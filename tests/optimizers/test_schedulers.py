from __future__ import annotations

import importlib
import itertools
from pathlib import Path
from types import ModuleType

import matplotlib.image
import matplotlib.pyplot as plt
import pytest

from cheatsheet.localize import run_localized
from cheatsheet.project import ROOT

SNIPPET = ROOT / "snippets" / "optimizers" / "schedulers.py"


def snippet() -> ModuleType:
    return importlib.import_module("snippets.optimizers.schedulers")


def test_step_lr_divides_by_ten_every_thirty_steps() -> None:
    step = snippet().step
    assert [round(step[i], 4) for i in (0, 29, 30, 60, 99)] == [0.1, 0.1, 0.01, 0.001, 0.0001]


def test_cosine_reaches_half_at_mid_course() -> None:
    cosine = snippet().cosine
    assert [round(cosine[i], 4) for i in (0, 25, 50, 75, 99)] == [0.1, 0.0854, 0.05, 0.0146, 0.0]


def test_one_cycle_starts_at_max_over_25_and_peaks_at_30_percent() -> None:
    one_cycle = snippet().one_cycle
    assert round(one_cycle[0], 4) == 0.004
    assert max(range(100), key=one_cycle.__getitem__) == 29
    assert round(max(one_cycle), 4) == 0.1
    assert f"{one_cycle[-1]:.2e}" == "4.00e-07"


def test_warmup_then_cosine() -> None:
    warm = snippet().warm_cos
    assert [round(warm[i], 4) for i in (0, 5, 10, 55, 99)] == [0.001, 0.0505, 0.1, 0.05, 0.0]
    assert all(a < b for a, b in itertools.pairwise(warm[:11]))


@pytest.mark.parametrize(
    ("lang", "title", "xlabel", "ylabel"),
    [
        (
            "fr",
            "Planification du taux d'apprentissage",
            "Pas d'optimisation",
            "Taux d'apprentissage",
        ),
        ("en", "Learning-rate schedules", "Optimizer step", "Learning rate"),
    ],
)
def test_figure_is_drawn_in_the_page_language(
    lang: str, title: str, xlabel: str, ylabel: str
) -> None:
    names = run_localized(SNIPPET, lang)
    ax = names["ax"]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (title, xlabel, ylabel)
    assert len(ax.get_lines()) == 4
    image = matplotlib.image.imread(Path("figures/optimizers-schedules.png"))
    assert image.std() > 0.05
    plt.close("all")


def test_one_cycle_defaults_quoted_on_the_page() -> None:
    import inspect

    from torch.optim.lr_scheduler import OneCycleLR

    params = inspect.signature(OneCycleLR).parameters
    assert params["div_factor"].default == 25.0
    assert params["pct_start"].default == 0.3
    assert params["final_div_factor"].default == 1e4
