import numpy as np
import pytest

from snippets.entropy.shannon import entropy, peaked, uniform
from tests.tolerances import APPROX64


def test_uniform_over_four_values_is_two_bits() -> None:
    assert entropy(uniform) == pytest.approx(2.0, **APPROX64)


def test_peaked_distribution_is_about_0_62_bits_not_0_64() -> None:
    assert round(entropy(peaked), 2) == 0.62


def test_zero_probabilities_are_ignored() -> None:
    assert entropy(np.array([0.5, 0.5, 0.0])) == pytest.approx(1.0, **APPROX64)
