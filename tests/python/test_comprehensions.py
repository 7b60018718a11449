from __future__ import annotations

from snippets.python import comprehensions as c


def test_list_comprehension_filters_even_numbers() -> None:
    assert c.squares == [x * x for x in (0, 2, 4, 6, 8)]


def test_dict_comprehension_has_one_entry_per_layer() -> None:
    assert list(c.norms) == ["layer_0", "layer_1", "layer_2"]


def test_set_comprehension_flattens_the_batches() -> None:
    assert c.unique_labels == {0, 1, 2, 3}


def test_nested_comprehension_builds_a_multiplication_table() -> None:
    assert c.matrix[2][3] == 6
    assert c.flat == [1, 2, 3, 2, 4, 6]
