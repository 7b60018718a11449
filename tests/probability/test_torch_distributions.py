"""torch.distributions agree with scipy.stats."""

from __future__ import annotations

import pytest
import torch
from scipy import stats

from snippets.probability import torch_distributions as td
from tests.tolerances import APPROX32


def test_torch_normal_matches_scipy() -> None:
    x = torch.tensor([-1.0, 0.0, 1.96])
    assert td.normal.log_prob(x).exp().tolist() == pytest.approx(
        stats.norm.pdf(x.numpy()).tolist(), rel=1e-5
    )
    assert td.normal.cdf(x).tolist() == pytest.approx(stats.norm.cdf(x.numpy()).tolist(), rel=1e-5)


def test_sampling_follows_manual_seed() -> None:
    torch.manual_seed(0)
    first = td.Normal(0.0, 1.0).sample((3,))
    torch.manual_seed(0)
    assert torch.equal(first, td.Normal(0.0, 1.0).sample((3,)))


def test_exponential_mean_is_one_over_rate() -> None:
    assert td.Exponential(rate=torch.tensor(1.5)).mean.item() == pytest.approx(1 / 1.5, **APPROX32)
