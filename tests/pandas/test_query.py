from __future__ import annotations

import json
from pathlib import Path

from snippets.pandas.query import filter_mask, filter_query, make_frame

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results.json"


def test_query_and_mask_select_the_same_rows() -> None:
    frame = make_frame(1_000, seed=1)
    assert filter_query(frame).equals(filter_mask(frame))


def test_query_reads_local_variables_with_at() -> None:
    frame = make_frame(1_000, seed=1)
    assert (filter_query(frame, max_qty=2)["qty"] < 2).all()


def test_benchmark_result_is_recorded_with_its_size() -> None:
    figures = json.loads(RESULTS.read_text())["pandas-query"]
    assert figures["size"] == 1_000_000
    assert abs(figures["ratio"] - figures["query_s"] / figures["mask_s"]) < 1e-9
    assert figures["engine"] in {"numexpr", "python"}
