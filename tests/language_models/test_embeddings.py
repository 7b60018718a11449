import math

import pytest
import torch
from torch import nn

from snippets.language_models import embeddings as em
from tests.tolerances import APPROX32


def test_padding_row_is_zero_and_gets_no_gradient() -> None:
    assert torch.equal(em.embedding.weight[0], torch.zeros(4))
    assert torch.equal(em.embedding.weight.grad[0], torch.zeros(4))
    # id 7 appears twice in the batch: its gradient row is two
    assert torch.equal(em.embedding.weight.grad[7], torch.full((4,), 2.0))


def test_padding_row_stays_zero_after_an_optimizer_step() -> None:
    torch.manual_seed(0)
    embedding = nn.Embedding(10, 4, padding_idx=0)
    optimizer = torch.optim.SGD(embedding.parameters(), lr=0.5)
    embedding(torch.tensor([[3, 0, 0]])).pow(2).sum().backward()
    optimizer.step()
    assert torch.equal(embedding.weight[0], torch.zeros(4))


def test_tied_weights_are_one_parameter() -> None:
    assert em.head.weight is em.embedding.weight
    # parameters() lists a shared parameter once
    assert sum(p.numel() for p in em.model.parameters()) == 40
    assert len(list(em.model.parameters())) == 1


def test_cosine_similarity_matches_its_formula() -> None:
    table = em.table
    for i, j in [(0, 1), (0, 2), (1, 2)]:
        a, b = table[i].tolist(), table[j].tolist()
        dot = sum(x * y for x, y in zip(a, b, strict=True))
        expected = dot / (math.dist(a, [0] * 3) * math.dist(b, [0] * 3))
        got = torch.nn.functional.cosine_similarity(table[i], table[j], dim=0).item()
        assert got == pytest.approx(expected, **APPROX32)
        assert (em.unit @ em.unit.T)[i, j].item() == pytest.approx(expected, **APPROX32)


def test_from_pretrained_freezes_the_table() -> None:
    assert em.lookup.weight.requires_grad is False
    assert torch.equal(em.lookup.weight, em.table)
