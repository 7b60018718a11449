from __future__ import annotations

import importlib
from types import ModuleType

import numpy as np


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.preprocessing")


def test_robust_scaler_ignores_the_outlier_standard_scaler_does_not() -> None:
    from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

    mod = snippet()
    shown = {
        StandardScaler: [-0.5, -0.461],
        MinMaxScaler: [0.015, 0.03],
        RobustScaler: [-0.25, 0.5],
    }
    for scaler, values in shown.items():
        scaled = scaler().fit(mod.X_train).transform(mod.X_test).ravel()
        assert np.round(scaled, 3).tolist() == values


def test_median_imputer_fills_each_column_with_its_median() -> None:
    mod = snippet()
    assert mod.imputer.statistics_.tolist() == [3.0, 6.0]
    assert mod.imputer.transform(mod.X).tolist() == [[1, 6], [3, 4], [3, 8], [10, 6]]


def test_one_hot_encodes_unknown_categories_as_zeros() -> None:
    mod = snippet()
    assert mod.onehot.get_feature_names_out(["color"]).tolist() == [
        "color_blue",
        "color_green",
        "color_red",
    ]
    out = mod.onehot.transform(np.array([["green"], ["purple"]]))
    assert out.tolist() == [[0, 1, 0], [0, 0, 0]]


def test_ordinal_and_label_encoders() -> None:
    mod = snippet()
    assert mod.ordinal.transform(mod.sizes).ravel().tolist() == [0, 2, 1]
    assert mod.labels.classes_.tolist() == ["ham", "spam"]


def test_one_hot_encoder_no_longer_accepts_sparse() -> None:
    import pytest
    from sklearn.preprocessing import OneHotEncoder

    with pytest.raises(TypeError):
        OneHotEncoder(sparse=False)  # type: ignore[call-arg]
