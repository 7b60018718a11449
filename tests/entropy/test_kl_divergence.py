import numpy as np
import pytest

from snippets.entropy import kl_divergence as kl
from tests.tolerances import APPROX64, FLOAT64


def test_kl_is_not_symmetric() -> None:
    assert kl.kl_divergence(kl.p, kl.r) != pytest.approx(kl.kl_divergence(kl.r, kl.p), **APPROX64)


def test_cross_entropy_is_entropy_plus_kl() -> None:
    assert np.isclose(kl.h_pq, kl.h_p + kl.kl_divergence(kl.p, kl.q), **FLOAT64)


def test_kldivloss_batchmean_matches_the_formula() -> None:
    assert kl.loss.item() == pytest.approx(kl.kl_divergence(kl.p, kl.q), abs=1e-6)
