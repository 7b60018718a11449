from __future__ import annotations

import pytest

from tests.imports import AtFirstUse

calibration = AtFirstUse("snippets.scikit_learn.calibration")

# The page prints four decimals: half a unit of the last digit is the tolerance.
TOL = 5e-5


def test_brier_and_log_loss_shown_on_the_page() -> None:
    expected = {
        "raw": (0.0681, 0.9463),
        "sigmoid": (0.0645, 0.2494),
        "isotonic": (0.0530, 0.8526),
        "temperature": (0.0527, 0.1971),
    }
    for name, (brier, loss) in expected.items():
        assert calibration.losses[name][0] == pytest.approx(brier, abs=TOL), name
        assert calibration.losses[name][1] == pytest.approx(loss, abs=TOL), name


def test_calibration_improves_the_brier_score() -> None:
    losses = calibration.losses
    assert losses["sigmoid"][0] < losses["raw"][0]
    assert losses["isotonic"][0] < losses["raw"][0]
    # sigmoid removes the overconfident probabilities that the log loss punishes
    assert losses["sigmoid"][1] < losses["raw"][1] / 3


def test_temperature_scaling_has_the_lowest_losses_with_one_parameter() -> None:
    losses = calibration.losses
    assert min(losses, key=lambda name: losses[name][0]) == "temperature"
    assert min(losses, key=lambda name: losses[name][1]) == "temperature"
    # one positive parameter (beta = 1 / T) per fold, fitted by log loss
    model = calibration.models["temperature"]
    betas = [c.calibrators[0].beta_ for c in model.calibrated_classifiers_]
    # T > 1 in every fold: the raw model was overconfident
    assert len(betas) == 5 and all(0 < beta < 1 for beta in betas)


def test_tuned_threshold_is_low_for_a_rare_class() -> None:
    assert round(calibration.tuned.best_threshold_, 2) == 0.07
    assert calibration.chosen == pytest.approx(0.801, abs=5e-4)
    assert calibration.default == pytest.approx(0.570, abs=5e-4)
    assert calibration.chosen > calibration.default + 0.2
