"""Figures that `make bench` measured (benchmarks/results.json), put into the pages.

A measured float is shown with three significant figures, and a ratio is computed from the two
figures as shown (RATIOS), so that the ratio a reader works out from the page is the page's.
"""

from __future__ import annotations

import json
import math
import re

from cheatsheet.project import ROOT, PageError

MEASURED = re.compile(r"\[\[measured:(?P<key>[\w-]+)\.(?P<field>\w+)\]\]")
RESULTS = ROOT / "benchmarks" / "results.json"
# The machine a figure was measured on ("x86_64, 2 cores, Python 3.11.7"), in the page's words.
CORES = re.compile(r"\b(?P<count>\d+) cores?\b")
CORE_WORDS = {"en": ("core", "cores"), "fr": ("cœur", "cœurs")}
SIGNIFICANT = 3  # figures of a measured float
# claim -> {ratio field: (numerator field, denominator field)}, as benchmarks/speed_claims.py
# computes them; tests/test_measured.py checks that every ratio of results.json is here.
RATIOS: dict[str, dict[str, tuple[str, str]]] = {
    "numpy-vectorization": {"speedup": ("loop_s", "numpy_s")},
    "pandas-query": {"ratio": ("query_ms", "mask_ms")},
    "pandas-apply": {"ratio": ("apply_ms", "vectorised_ms")},
    "pandas-parquet-size": {"ratio": ("csv_mb", "parquet_mb")},
    "rnn-gru-vs-lstm": {"ratio": ("lstm_ms", "gru_ms")},
    "kv-cache": {"speedup": ("full_ms", "cached_ms")},
    "torch-compile": {"speedup": ("eager_ms", "compiled_ms")},
    "pin-memory": {"speedup": ("pageable_ms", "pinned_ms")},
    # benchmarks/gpu_claims.py, on a GPU machine (`make test-gpu-offline`)
    "gpu-pinned-memory": {"speedup": ("pageable_ms", "pinned_ms")},
    "gpu-tf32": {"speedup": ("fp32_ms", "tf32_ms"), "bf16_speedup": ("fp32_ms", "bf16_ms")},
    "gpu-bf16-training": {"speedup": ("fp32_ms", "bf16_ms")},
    "gpu-compile": {"speedup": ("eager_ms", "compiled_ms")},
    "gpu-kv-cache": {"speedup": ("full_ms", "cached_ms")},
}


def localize_machine(text: str, lang: str) -> str:
    """Return a machine's description with its count of cores in the words of `lang`."""
    one, many = CORE_WORDS[lang]
    return CORES.sub(lambda m: f"{m['count']} {one if m['count'] == '1' else many}", text)


def rounded(value: float) -> tuple[float, int]:
    """Return value to SIGNIFICANT figures, and the decimals that writing it takes."""
    if value == 0:
        return 0.0, 0
    decimals = SIGNIFICANT - 1 - math.floor(math.log10(abs(value)))
    if abs(round(value, decimals)) >= 10 ** (SIGNIFICANT - decimals):  # 9.996 -> 10.0
        decimals -= 1
    return round(value, decimals), max(decimals, 0)


def shown(claim: dict[str, object], field: str, key: str) -> float | int:
    """Return a figure as the page shows it: an int as it is, a float rounded, a ratio computed
    from its two figures as shown."""
    value = claim[field]
    if isinstance(value, int):
        return value
    if parts := RATIOS.get(key, {}).get(field):
        numerator, denominator = (shown(claim, part, key) for part in parts)
        value = numerator / denominator
    return rounded(value)[0]


def written(value: float | int, lang: str) -> str:
    """Write a figure the way `lang` writes numbers: 2,050 and 4.38, or 2 050 and 4,38."""
    number = f"{value:,}" if isinstance(value, int) else f"{value:,.{rounded(value)[1]}f}"
    return number.replace(",", "\u202f").replace(".", ",") if lang == "fr" else number


def measured(match: re.Match[str], lang: str, page: str, text: str) -> str:
    """Return a figure from benchmarks/results.json, written the way `lang` writes numbers."""
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    claim = results.get(match["key"], {})
    value = claim.get(match["field"])
    if value is None:
        line = text.count("\n", 0, match.start()) + 1
        raise PageError(
            f"{page}:{line}: no figure '{match['key']}.{match['field']}' in "
            "benchmarks/results.json. Run `make bench`, or fix the name."
        )
    if isinstance(value, str):
        return localize_machine(value, lang) if match["field"] == "machine" else value
    return written(shown(claim, match["field"], match["key"]), lang)


def fill_measured(markdown: str, lang: str, page: str) -> str:
    """Replace each `[[measured:key.field]]` of a page with its figure from results.json."""
    return MEASURED.sub(lambda m: measured(m, lang, page, markdown), markdown)
