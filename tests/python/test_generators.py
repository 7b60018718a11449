from __future__ import annotations

import sys

import torch

from snippets.python.generators import batches


def test_batches_cover_every_sample_once() -> None:
    sizes = [len(y) for _, y in batches(100, 32)]
    assert sizes == [32, 32, 32, 4]


def test_batches_are_reproducible_with_a_seed() -> None:
    (x1, y1), (x2, y2) = next(batches(10, 5, seed=3)), next(batches(10, 5, seed=3))
    assert torch.equal(x1, x2)
    assert torch.equal(y1, y2)


def test_generator_expression_is_far_smaller_than_the_list() -> None:
    as_list = sys.getsizeof([x**2 for x in range(1_000_000)])
    as_generator = sys.getsizeof(x**2 for x in range(1_000_000))
    assert as_list / as_generator > 10_000
    assert as_generator < 1_000
