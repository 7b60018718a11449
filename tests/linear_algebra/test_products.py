"""Products: the page's operations table and the dot/matrix/batch products."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import torch

from snippets.linear_algebra import products
from tests.tolerances import FLOAT64

ROOT = Path(__file__).resolve().parents[2]
PAGES = {lang: ROOT / "docs" / lang / "linear-algebra.md" for lang in ("fr", "en")}
SIZES = {"m": 2, "n": 3, "p": 4, "batch": 5}


def table_rows(text: str) -> list[list[str]]:
    """Return the body rows of the page's tables, cells stripped of spaces and backticks."""
    rows = [line for line in text.splitlines() if line.startswith("|")]
    cells = [[c.strip().strip("`") for c in row.strip("|").split("|")] for row in rows]
    return [row for row in cells if not set("".join(row)) <= {"-"}][1:]


def parse_shape(text: str) -> tuple[int, ...]:
    return tuple(SIZES[d.strip()] for d in text.strip("() ").split(",") if d.strip())


def operation_rows() -> list[tuple[str, str, str, str]]:
    rows = table_rows(PAGES["en"].read_text(encoding="utf-8"))
    return [tuple(row) for row in rows if "→" in row[3]]


def run_call(call: str, shapes: str, lib: str) -> tuple[int, ...]:
    """Evaluate a table call on random operands of the shapes the table gives."""
    inputs, output = shapes.split("\N{RIGHTWARDS ARROW}")
    names = re.findall(r"\b([AaBb])\b", call)
    rng = np.random.default_rng(0)
    arrays = [rng.normal(size=parse_shape(s)) for s in inputs.split("\N{MULTIPLICATION SIGN}")]
    if lib == "torch":
        arrays = [torch.from_numpy(x) for x in arrays]
    namespace = {"np": np, "torch": torch, **dict(zip(names, arrays, strict=True))}
    result = eval(call, namespace)
    assert tuple(result.shape) == parse_shape(output), f"{call}: {shapes}"
    return tuple(result.shape)


@pytest.mark.parametrize("row", operation_rows(), ids=lambda r: r[0])
def test_each_table_row_gives_the_shape_it_claims(row: tuple[str, str, str, str]) -> None:
    _, numpy_call, torch_calls, shapes = row
    for torch_call in torch_calls.split("`, `"):  # a cell may give several equivalent calls
        assert run_call(numpy_call, shapes, "numpy") == run_call(torch_call, shapes, "torch")


def test_operations_table_is_the_same_in_both_languages() -> None:
    fr = table_rows(PAGES["fr"].read_text(encoding="utf-8"))
    en = table_rows(PAGES["en"].read_text(encoding="utf-8"))
    assert len(operation_rows()) == 7
    assert [r[1:] for r in fr] == [r[1:] for r in en]


def test_dot_product_is_sum_of_products_and_norms_times_cosine() -> None:
    assert products.np.dot(products.a, products.b) == 32
    assert np.isclose(np.degrees(products.theta), 45.0, **FLOAT64)
    norms = np.linalg.norm(products.u) * np.linalg.norm(products.w)
    assert np.isclose(products.u @ products.w, norms * np.cos(products.theta), **FLOAT64)


def test_matrix_product_matches_the_index_formula() -> None:
    a, b = products.A, products.B
    by_loops = [[sum(a[i, k] * b[k, j] for k in range(4)) for j in range(5)] for i in range(3)]
    assert np.allclose(products.C, by_loops, **FLOAT64)


def test_batch_product_multiplies_each_pair() -> None:
    for i in range(10):
        assert np.allclose(
            products.batch_C[i], products.batch_A[i] @ products.batch_B[i], **FLOAT64
        )


def test_outer_product_is_a_i_times_b_j() -> None:
    assert np.array_equal(np.outer(products.a, products.b), products.a[:, None] * products.b)


def test_page_shows_its_12_display_formulas() -> None:
    """Parity between languages is tests/test_consistency.py's; this guards the count."""
    for path in PAGES.values():
        assert path.read_text(encoding="utf-8").count("\n$$\n") == 2 * 12


def test_a_product_with_mismatched_inner_sizes_raises_the_message_the_page_quotes() -> None:
    message = (
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
        "(n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)"
    )
    with pytest.raises(ValueError, match=re.escape(message)):
        np.ones((2, 3)) @ np.ones((2, 3))
    for page in ("en", "fr"):
        text = (ROOT / "docs" / page / "linear-algebra.md").read_text(encoding="utf-8")
        assert f"ValueError: {message}" in text
    assert (products.A @ products.A.T).shape == (3, 3)
