from __future__ import annotations

import importlib
from types import ModuleType


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.split")


def test_stratified_split_keeps_the_class_share() -> None:
    mod = snippet()
    assert mod.X.shape == (569, 30)
    assert round(mod.y.mean(), 3) == 0.627


def test_three_way_split_is_seventy_fifteen_fifteen() -> None:
    mod = snippet()
    assert (len(mod.X_train), len(mod.X_val), len(mod.X_test)) == (398, 85, 86)
    assert len(mod.X_train) + len(mod.X_val) + len(mod.X_test) == len(mod.X)


def test_stratified_parts_have_the_same_positive_share() -> None:
    from sklearn.model_selection import train_test_split

    mod = snippet()
    _, _, y_train, y_test = train_test_split(
        mod.X, mod.y, test_size=0.2, stratify=mod.y, random_state=42
    )
    assert (len(y_train), len(y_test)) == (455, 114)
    assert (round(y_train.mean(), 3), round(y_test.mean(), 3)) == (0.626, 0.632)


def test_three_way_shares_round_to_seventy_fifteen_fifteen() -> None:
    mod = snippet()
    shares = [round(100 * len(part) / len(mod.X)) for part in (mod.X_train, mod.X_val, mod.X_test)]
    assert shares == [70, 15, 15]
