"""Measure the speed claims that pages show, and store them in benchmarks/results.json.

Run by `make bench`. Pages read the figures with `[[measured:<claim>.<field>]]` (hooks.py).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results.json"

from snippets.numpy.vectorization import sum_of_squares_loop, sum_of_squares_numpy  # noqa: E402


def machine() -> str:
    """Describe the machine in a few words, for the pages."""
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def median_seconds(func: Callable[[], object], repeat: int = 5) -> float:
    """Time one call of func, median of `repeat` runs."""
    return statistics.median(timeit.repeat(func, number=1, repeat=repeat))


def numpy_vectorization(size: int = 1_000_000) -> dict[str, object]:
    values = np.arange(size, dtype=np.float64)
    as_list = values.tolist()
    loop = median_seconds(lambda: sum_of_squares_loop(as_list))
    vector = median_seconds(lambda: sum_of_squares_numpy(values))
    return {"size": size, "loop_s": loop, "numpy_s": vector, "speedup": loop / vector}


CLAIMS: dict[str, Callable[[], dict[str, object]]] = {
    "numpy-vectorization": numpy_vectorization,
}


def main() -> None:
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for name, measure in CLAIMS.items():
        figures = measure() | {"machine": machine()}
        results[name] = figures
        print(f"{name}: " + ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                      for k, v in figures.items()))
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
