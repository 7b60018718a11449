from __future__ import annotations

import importlib
import warnings
from types import ModuleType

import pytest
from sklearn.exceptions import (
    ConvergenceWarning,
    InconsistentVersionWarning,
    NotFittedError,
    UndefinedMetricWarning,
)


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.errors")


@pytest.mark.parametrize(
    ("index", "kind", "start"),
    [
        (0, ValueError, "Input X contains NaN."),
        (1, ValueError, "Input X contains infinity or a value too large for dtype('float64')."),
        (2, ValueError, "Expected 2D array, got 1D array instead:"),
        (3, ValueError, "Found input variables with inconsistent numbers of samples: [4, 3]"),
        (4, ValueError, "could not convert string to float: 'Paris'"),
        (5, NotFittedError, "This StandardScaler instance is not fitted yet. Call 'fit' with"),
    ],
)
def test_each_input_mistake_raises_its_message(index: int, kind: type, start: str) -> None:
    with pytest.raises(kind) as caught:
        snippet().input_mistakes[index]()
    assert str(caught.value).startswith(start)


@pytest.mark.parametrize(
    ("index", "kind", "start"),
    [
        (0, ConvergenceWarning, "lbfgs failed to converge after 100 iteration(s) (status=1):"),
        (1, InconsistentVersionWarning, "Trying to unpickle estimator LogisticRegression from"),
        (2, FutureWarning, "'penalty' was deprecated in version 1.8 and will be removed in 1.10."),
        (
            3,
            UndefinedMetricWarning,
            "Precision is ill-defined and being set to 0.0 due to no predicted samples.",
        ),
        (4, ValueError, "Classification metrics can't handle a mix of binary and continuous"),
    ],
)
def test_each_warning_becomes_a_catchable_exception(index: int, kind: type, start: str) -> None:
    with warnings.catch_warnings(), pytest.raises(kind) as caught:
        warnings.simplefilter("error")
        snippet().other_mistakes[index]()
    assert str(caught.value).startswith(start)


def test_first_sentence_keeps_the_type_and_the_first_sentence() -> None:
    error = ValueError("One. Two.\nThree")
    assert snippet().first_sentence(error) == "ValueError:\n  One"
