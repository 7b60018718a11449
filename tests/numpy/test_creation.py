import numpy as np

from snippets.numpy import creation


def test_creation_helpers_give_the_documented_shapes() -> None:
    assert creation.zeros.shape == (3, 4)
    assert creation.ones.shape == (2, 3, 4)
    assert creation.steps.size == 20
    assert creation.grid[0] == 0 and creation.grid[-1] == 1 and creation.grid.size == 100
    assert creation.sevens.sum() == 63


def test_seeded_generator_is_reproducible() -> None:
    again = np.random.default_rng(seed=0).standard_normal((5, 5))
    assert np.array_equal(creation.normal, again)


def test_astype_changes_the_item_size() -> None:
    assert creation.x.itemsize == 4
