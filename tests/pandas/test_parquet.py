from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from snippets.pandas import parquet

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results.json"


def test_default_backend_mixes_numpy_and_nullable_types() -> None:
    assert parquet.numpy_types.dtypes.astype(str).tolist() == ["str", "Int64", "float64"]


def test_pyarrow_backend_gives_arrow_types_and_na() -> None:
    arrow = parquet.arrow_types
    assert all(isinstance(dtype, pd.ArrowDtype) for dtype in arrow.dtypes)
    assert arrow.isna().sum().tolist() == [1, 1, 1]
    assert arrow["age"].dropna().tolist() == [36, 29]


def test_columns_and_filters_read_less() -> None:
    assert parquet.adults.columns.tolist() == ["city"]
    assert parquet.adults["city"].tolist() == ["Lyon"]


def test_parquet_is_smaller_than_csv(tmp_path: Path) -> None:
    sizes = parquet.file_sizes(parquet.make_table(1_000), tmp_path)
    assert sizes["parquet"] < sizes["csv"]
    assert not parquet.folder.exists()


def test_benchmark_result_is_recorded_with_its_size() -> None:
    figures = json.loads(RESULTS.read_text())["pandas-parquet-size"]
    assert figures["rows"] == 1_000_000
    assert abs(figures["ratio"] - figures["csv_mb"] / figures["parquet_mb"]) < 1e-9
    assert figures["ratio"] > 1
