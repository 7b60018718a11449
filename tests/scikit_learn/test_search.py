from __future__ import annotations

import importlib
from types import ModuleType


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.search")


def test_pca_keeps_ten_components_for_ninety_five_percent_variance() -> None:
    mod = snippet()
    pca = mod.pipe.named_steps["pca"]
    assert pca.n_components_ == 10
    assert pca.explained_variance_ratio_.sum() >= 0.95
    assert round(mod.pipe.score(mod.X_test, mod.y_test), 3) == 0.974


def test_grid_search_tries_every_combination() -> None:
    grid = snippet().grid
    assert len(grid.cv_results_["params"]) == 6
    assert grid.best_params_ == {"classifier__C": 0.1, "pca__n_components": 0.95}
    assert round(grid.best_score_, 4) == 0.9845


def test_grid_test_score() -> None:
    mod = snippet()
    assert round(mod.grid.score(mod.X_test, mod.y_test), 4) == 0.9793


def test_randomized_search_samples_the_log_uniform_c() -> None:
    search = snippet().search
    assert len(search.cv_results_["params"]) == 6
    assert search.best_params_["pca__n_components"] == 15
    assert round(search.best_params_["classifier__C"], 3) == 0.154
    assert round(search.best_score_, 4) == 0.9845
