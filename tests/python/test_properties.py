from __future__ import annotations

import pytest

from snippets.python.properties import Model


def test_setter_accepts_a_valid_learning_rate() -> None:
    model = Model()
    model.learning_rate = 0.05
    assert model.learning_rate == 0.05


@pytest.mark.parametrize("value", [0, 1, 5, -0.1])
def test_setter_rejects_out_of_range_values(value: float) -> None:
    with pytest.raises(ValueError, match="must be in"):
        Model().learning_rate = value


def test_constructor_is_validated_too() -> None:
    with pytest.raises(ValueError):
        Model(learning_rate=2.0)
