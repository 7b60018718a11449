from __future__ import annotations

import typing

import numpy as np
import numpy.typing as npt

from snippets.python import type_hints


def test_process_data_keeps_float32_and_reports_mean_and_std() -> None:
    processed, metrics = type_hints.process_data(np.arange(4, dtype=np.float32))
    assert processed.dtype == np.float32
    assert processed.tolist() == [0.0, 2.0, 4.0, 6.0]
    assert metrics == {"mean": 1.5, "std": float(np.float32(np.sqrt(1.25)))}


def test_annotations_use_the_modern_syntax() -> None:
    hints = typing.get_type_hints(type_hints.process_data)
    assert hints["data"] == npt.NDArray[np.float32]
    assert hints["labels"] == npt.NDArray[np.int64] | None
    assert hints["return"] == tuple[npt.NDArray[np.float32], dict[str, float]]
