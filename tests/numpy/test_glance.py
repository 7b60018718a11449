from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def glance(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """Import the cards in a folder of their own: the save card writes to the current folder."""
    folder = tmp_path_factory.mktemp("glance")
    glance = import_in(folder, "snippets.numpy.glance")
    glance.folder = folder
    return glance


def test_glance_cards_give_the_documented_values(glance: ModuleType) -> None:
    assert glance.z.shape == (2, 3) and glance.g[-1] == 1
    assert not np.shares_memory(glance.a, glance.c) and np.shares_memory(glance.a, glance.s)
    assert list(np.sort(glance.top2)) == [1, 3]
    assert list(glance.counts) == [1, 1, 3]


def test_sort_in_descending_order(glance: ModuleType) -> None:
    assert np.sort(glance.scores)[::-1].tolist() == sorted(glance.scores.tolist(), reverse=True)


def test_axis_zero_gives_one_result_per_column() -> None:
    m = np.array([[0, 1, 2], [3, 4, 5]])
    assert m.sum(axis=0).tolist() == [3, 5, 7] and m.sum(axis=1).tolist() == [3, 12]


def test_nan_helpers_skip_or_replace_the_missing_value(glance: ModuleType) -> None:
    assert np.isnan(glance.x).tolist() == [False, False, False]  # the print card's x: no NaN
    values = np.array([1.0, np.nan, 3.0])
    assert np.nanmean(values) == 2.0 and np.nan_to_num(values).tolist() == [1.0, 0.0, 3.0]


def test_floats_compare_with_a_tolerance() -> None:
    assert 0.1 + 0.2 != 0.3 and np.isclose(0.1 + 0.2, 0.3)


def test_repeat_and_tile(glance: ModuleType) -> None:
    assert np.repeat(glance.v, 2).tolist() == [1, 1, 2, 2]
    assert np.tile(glance.v, 2).tolist() == [1, 2, 1, 2]


def test_print_options_are_restored_after_the_with_block(glance: ModuleType) -> None:
    assert np.get_printoptions()["suppress"] is False


def test_save_card_round_trips_arrays_with_their_dtype(glance: ModuleType) -> None:
    assert np.array_equal(np.load(glance.folder / "x.npy"), np.arange(4))
    with np.load(glance.folder / "data.npz") as data:
        assert data["y"].dtype == np.array([0, 1]).dtype and data["X"].sum() == 6
    # .npz loads no pickled object unless asked: allow_pickle is False by default
    np.save(glance.folder / "objects.npy", np.array([{"a": 1}], dtype=object))
    try:
        np.load(glance.folder / "objects.npy")
    except ValueError as error:
        assert "allow_pickle" in str(error)
    else:
        raise AssertionError("np.load accepted pickled objects by default")
