from __future__ import annotations

import importlib
from types import ModuleType


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.metrics")


def test_classification_scores_on_two_wine_features() -> None:
    from sklearn.datasets import load_wine
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
    from sklearn.model_selection import train_test_split

    mod = snippet()
    X, y = load_wine(return_X_y=True)
    _, X_test, _, y_test = train_test_split(X[:, :2], y, test_size=0.3, stratify=y, random_state=0)
    y_pred = mod.clf.predict(X_test)
    assert round(accuracy_score(y_test, y_pred), 3) == 0.778
    assert round(f1_score(y_test, y_pred, average="macro"), 3) == 0.76
    precision, recall, _, support = precision_recall_fscore_support(y_test, y_pred)
    assert precision.round(3).tolist() == [0.917, 0.75, 0.714]
    assert recall.round(3).tolist() == [0.611, 1.0, 0.667]
    assert support.tolist() == [18, 21, 15]


def test_regression_scores() -> None:
    mod = snippet()
    assert (round(mod.rmse, 2), round(mod.mae, 2)) == (55.97, 44.65)
    assert round(mod.r2_score(mod.y_test, mod.y_pred), 3) == 0.369


def test_mean_squared_error_has_no_squared_argument_any_more() -> None:
    import inspect

    from sklearn.metrics import mean_squared_error

    assert "squared" not in inspect.signature(mean_squared_error).parameters


def test_logistic_regression_penalty_is_deprecated() -> None:
    import pytest
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression

    X, y = load_iris(return_X_y=True)
    with pytest.warns(FutureWarning, match="'penalty' was deprecated in version 1.8"):
        LogisticRegression(penalty="l2", max_iter=500).fit(X, y)
