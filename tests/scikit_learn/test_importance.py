from __future__ import annotations

import importlib
from types import ModuleType

import pytest


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.importance")


def test_impurity_importance_ranks_pure_noise_above_real_features() -> None:
    mod = snippet()
    assert mod.impurity_order[:3] == ["bmi", "s5", "bp"]
    assert mod.noise_rank == 5  # six real features rank below the noise column
    # printed with three decimals: half a unit of the last digit
    assert mod.rf.feature_importances_[-1] == pytest.approx(0.052, abs=5e-4)
    assert mod.rf.feature_importances_.sum() == pytest.approx(1.0, abs=1e-9)  # normalised


def test_permutation_importance_on_held_out_data_sees_no_signal_in_noise() -> None:
    mod = snippet()
    assert mod.permutation_order[:3] == ["bmi", "s5", "bp"]
    # printed with three decimals: half a unit of the last digit
    assert mod.noise_mean == pytest.approx(-0.006, abs=5e-4)
    assert mod.noise_std == pytest.approx(0.013, abs=5e-4)
    assert abs(mod.noise_mean) < mod.noise_std  # indistinguishable from zero
