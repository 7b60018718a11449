from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run

LABELS = {
    "fr": (
        "Courbes d'apprentissage (SVC, chiffres)",
        "Exemples d'entraînement",
        "Exactitude",
        ["Entraînement", "Validation croisée"],
    ),
    "en": (
        "Learning curves (SVC, digits)",
        "Training examples",
        "Accuracy",
        ["Training", "Cross-validation"],
    ),
}


def test_learning_curve_figure_is_written_with_localized_labels(run: Run) -> None:
    run.png("plotting-learning-curves.png")
    ax = run["ax"]
    title, xlabel, ylabel, legend = LABELS[run.lang]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (title, xlabel, ylabel)
    assert [text.get_text() for text in ax.get_legend().get_texts()] == legend


def test_validation_score_grows_with_training_size(run: Run) -> None:
    val = run["val_scores"].mean(axis=1)
    assert run["sizes"].tolist() == [143, 467, 790, 1113, 1437]
    assert val[-1] > val[0]
    assert (round(val[0], 3), round(val[-1], 3)) == (0.818, 0.972)


def test_training_score_stays_above_validation(run: Run) -> None:
    assert (run["train_scores"].mean(axis=1) > run["val_scores"].mean(axis=1)).all()
