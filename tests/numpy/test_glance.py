import numpy as np

from snippets.numpy import glance


def test_glance_cards_give_the_documented_values() -> None:
    assert glance.z.shape == (2, 3) and glance.g[-1] == 1
    assert not np.shares_memory(glance.a, glance.c) and np.shares_memory(glance.a, glance.s)
    assert list(np.sort(glance.top2)) == [1, 3]
    assert list(glance.counts) == [1, 1, 3]


def test_save_card_round_trips_arrays_with_their_dtype() -> None:
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
