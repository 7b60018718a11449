from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np
import pytest


@pytest.fixture
def perceptron() -> ModuleType:
    return importlib.import_module("snippets.neural_networks.perceptron")


def test_perceptron_converges_on_separable_data_in_five_epochs(perceptron: ModuleType) -> None:
    assert perceptron.epochs == 5
    assert (perceptron.perceptron.predict(perceptron.X) == perceptron.y).all()


def test_a_fresh_perceptron_reaches_zero_errors_in_the_same_number_of_epochs(
    perceptron: ModuleType,
) -> None:
    model = perceptron.Perceptron(n_inputs=2)
    assert model.fit(perceptron.X, perceptron.y) == 5
    assert int((model.predict(perceptron.X) != perceptron.y).sum()) == 0


def test_perceptron_rule_changes_nothing_on_a_correct_prediction(perceptron: ModuleType) -> None:
    model = perceptron.Perceptron(n_inputs=2)
    x = np.array([1.0, 1.0])
    target = int(model.predict(x))
    w, b = model.w.copy(), model.b
    model.fit(x[None, :], np.array([target]), max_epochs=1)
    assert np.array_equal(model.w, w) and model.b == b


def test_perceptron_never_converges_on_xor(perceptron: ModuleType) -> None:
    model = perceptron.Perceptron(n_inputs=2)
    assert model.fit(perceptron.X_xor, perceptron.y_xor, max_epochs=1000) is None
    assert int((model.predict(perceptron.X_xor) != perceptron.y_xor).sum()) > 0
    assert int((perceptron.xor_perceptron.predict(perceptron.X_xor) != perceptron.y_xor).sum()) == 3
