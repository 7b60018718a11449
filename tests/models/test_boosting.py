from __future__ import annotations

import importlib
import warnings
from types import ModuleType

import numpy as np


def snippet() -> ModuleType:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return importlib.import_module("snippets.models.boosting")


def test_lightgbm_stops_twenty_rounds_after_its_best_iteration() -> None:
    lgbm = snippet().lgbm
    assert lgbm.best_iteration_ == 104
    rounds = len(lgbm.evals_result_["valid_0"]["binary_logloss"])
    assert rounds == lgbm.best_iteration_ + 20
    logloss = lgbm.evals_result_["valid_0"]["binary_logloss"]
    assert int(np.argmin(logloss)) + 1 == lgbm.best_iteration_


def test_lightgbm_keeps_only_the_best_trees_and_scores_as_shown() -> None:
    module = snippet()
    assert module.lgbm.booster_.num_trees() == 104
    assert round(module.lgbm.score(module.X_test, module.y_test), 3) == 0.93


def test_hist_gradient_boosting_keeps_the_twenty_rounds_after_its_best() -> None:
    module = snippet()
    hist = module.hist
    assert hist.n_iter_ == 153
    assert int(np.argmax(hist.validation_score_)) == 133
    assert len(hist.validation_score_) == hist.n_iter_ + 1
    assert round(hist.score(module.X_test, module.y_test), 3) == 0.928
