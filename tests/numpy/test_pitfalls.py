import sys

import numpy as np
import pytest

from snippets.numpy import pitfalls


def test_indexing_errors_name_the_axis_and_the_size() -> None:
    with pytest.raises(IndexError, match="index 10 is out of bounds for axis 0 with size 10"):
        pitfalls.a[10]
    with pytest.raises(IndexError, match="too many indices for array"):
        pitfalls.a[0, 1]


def test_numpy_2_has_no_float_alias() -> None:
    assert not hasattr(np, "float") and np.dtype(float) == np.float64


def test_a_large_array_prints_whole_only_with_a_higher_threshold() -> None:
    assert "..." in str(pitfalls.big)
    assert "..." not in pitfalls.shown and pitfalls.shown.split()[-1] == "1999]"
    assert np.get_printoptions()["threshold"] < sys.maxsize
