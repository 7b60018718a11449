from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run

LAYOUT = {
    "fr": ("Historique d'entraînement", "Époque", "Perte", ["Entraînement", "Validation"]),
    "en": ("Training history", "Epoch", "Loss", ["Training", "Validation"]),
}


def test_history_page_works_offline(run: Run) -> None:
    text = run.html("plotting-history.html")
    assert LAYOUT[run.lang][0] in text


def test_history_layout_is_in_the_page_language(run: Run) -> None:
    layout = run["history"].layout
    title, xlabel, ylabel, names = LAYOUT[run.lang]
    assert (layout.title.text, layout.xaxis.title.text, layout.yaxis.title.text) == (
        title,
        xlabel,
        ylabel,
    )
    assert [trace.name for trace in run["history"].data] == names


def test_validation_loss_stays_above_training_loss(run: Run) -> None:
    assert (run["val_loss"] > run["train_loss"]).mean() > 0.9
