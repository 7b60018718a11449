"""Softmax: definition, shift invariance, overflow of the naive form, log-softmax, temperature."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from scipy.special import log_softmax as scipy_log_softmax
from scipy.special import softmax as scipy_softmax

from snippets.probability import softmax as sm
from tests.tolerances import FLOAT64


def test_definition_matches_scipy_and_torch() -> None:
    z = sm.logits
    by_definition = np.exp(z) / np.exp(z).sum()
    assert np.allclose(sm.softmax(z), by_definition, **FLOAT64)
    assert np.allclose(sm.softmax(z), scipy_softmax(z), **FLOAT64)
    assert np.allclose(sm.softmax(z), F.softmax(torch.from_numpy(z), dim=0).numpy(), **FLOAT64)
    assert np.round(sm.probs, 3).tolist() == [0.659, 0.242, 0.099]


@pytest.mark.parametrize("shift", [-50.0, 0.0, 3.0, 1000.0])
def test_softmax_is_shift_invariant(shift: float) -> None:
    assert np.allclose(sm.softmax(sm.logits + shift), sm.probs, **FLOAT64)


def test_naive_softmax_overflows() -> None:
    assert np.all(np.isinf(sm.exp_big)) and np.all(np.isnan(sm.naive))
    assert np.all(np.isfinite(sm.softmax(sm.big)))


def test_log_softmax_formula_stays_finite() -> None:
    assert np.allclose(sm.log_softmax, scipy_log_softmax(sm.z), **FLOAT64)
    assert np.isfinite(sm.log_softmax).all()
    assert torch.isinf(torch.log(F.softmax(sm.t, dim=-1))).any()
    assert torch.isfinite(F.log_softmax(sm.t, dim=-1)).all()


def test_low_temperature_sharpens_high_temperature_flattens() -> None:
    maxima = [sm.softmax(sm.logits / t).max() for t in (0.5, 1.0, 2.0)]
    assert maxima[0] > maxima[1] > maxima[2]
    assert np.allclose(sm.softmax(sm.logits / 1e-3), [1.0, 0.0, 0.0], **FLOAT64)
