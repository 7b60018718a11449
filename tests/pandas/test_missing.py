from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

from snippets.pandas import missing


def fresh() -> pd.DataFrame:
    return pd.DataFrame({"age": [36.0, np.nan, 29.0, np.nan], "city": ["a", None, "b", "c"]})


def test_fillna_method_was_removed() -> None:
    with pytest.raises(TypeError, match="method"):
        fresh().fillna(method="ffill")


def test_ffill_and_bfill_propagate_neighbours() -> None:
    assert fresh()["age"].ffill().tolist() == [36.0, 36.0, 29.0, 29.0]
    assert fresh()["age"].bfill().isna().tolist() == [False, False, False, True]


CHAINED_FILLNA = """
import warnings
import numpy as np
import pandas as pd
df = pd.DataFrame({"age": [36.0, np.nan, 29.0, np.nan]})
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    df["age"].fillna(0, inplace=True)
print(caught[0].category.__name__, df["age"].isna().sum())
"""


def test_chained_inplace_fillna_leaves_the_frame_unchanged() -> None:
    # In a fresh interpreter, as a reader runs it: pandas tells a chained assignment from
    # reference counts, which what other tests left in this worker's process can change.
    done = subprocess.run(
        [sys.executable, "-c", CHAINED_FILLNA], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["ChainedAssignmentError", "2"]


def test_chained_item_assignment_leaves_the_frame_unchanged() -> None:
    df = fresh()
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        df["age"][1] = 40.0
    assert np.isnan(df.loc[1, "age"])


def test_assigning_the_column_and_loc_do_change_the_frame() -> None:
    assert missing.df["age"].tolist() == [36.0, 40.0, 29.0, 32.5]


def test_dropna_variants() -> None:
    df = missing.df.copy()
    assert missing.filled.isna().sum()[["age", "city"]].tolist() == [0, 0]
    assert df.dropna(axis=1).columns.tolist() == ["name", "age"]


def test_missing_markers_depend_on_the_dtype() -> None:
    assert missing.df["city"].isna().tolist() == [False, False, False, True]
    assert missing.dates[1] is pd.NaT
    assert missing.counts[1] is pd.NA
    assert str(missing.counts.dtype) == "Int64"


def test_chained_assignment_warns_and_leaves_the_frame_unchanged() -> None:
    frame = pd.DataFrame({"price": [1.5, 4.0, 120.0]})
    with pytest.warns(pd.errors.ChainedAssignmentError, match="through chained assignment"):
        frame["price"][frame["price"] < 5] = 0.0
    assert frame["price"].tolist() == [1.5, 4.0, 120.0]


def test_loc_assigns_and_setting_with_copy_warning_is_gone() -> None:
    assert missing.prices["price"].tolist() == [0.0, 0.0, 120.0]
    assert missing.subset["price"].tolist() == [99.0]
    assert not hasattr(pd.errors, "SettingWithCopyWarning")
