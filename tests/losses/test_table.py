from __future__ import annotations

import copy
import importlib
import re

import pytest
import torch
from torch import nn

from cheatsheet.project import ROOT
from tests.tolerances import FLOAT32

table = importlib.import_module("snippets.losses.table")
TASKS = [task for task, *_ in table.ROWS]


def page_rows(lang: str) -> list[list[str]]:
    """Return the cells of the page's task table, header and separator left out."""
    text = (ROOT / "docs" / lang / "losses.md").read_text(encoding="utf-8")
    section = text[text.index("{ #which-loss }") :]
    lines = [line for line in section.splitlines() if line.startswith("|")][2:]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_table_lists_the_losses_of_the_code_in_order(lang: str) -> None:
    shown = [re.search(r"`nn\.(\w+)", row[3])[1] for row in page_rows(lang)]
    assert shown == [type(loss_fn).__name__ for *_, loss_fn in table.ROWS]


@pytest.mark.parametrize("task", TASKS)
def test_row_trains_its_output_layer(task: str) -> None:
    _, layer, target, loss_fn = next(row for row in table.ROWS if row[0] == task)
    layer = copy.deepcopy(layer)
    optimizer = torch.optim.SGD(layer.parameters(), lr=0.5)
    losses = []
    for _ in range(20):
        loss = loss_fn(layer(table.features), target)
        assert torch.isfinite(loss) and loss.item() >= 0
        optimizer.zero_grad()
        loss.backward()
        assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in layer.parameters())
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]


@pytest.mark.parametrize("task", TASKS)
def test_row_target_matches_the_table(task: str) -> None:
    _, layer, target, loss_fn = next(row for row in table.ROWS if row[0] == task)
    output = layer(table.features)
    if isinstance(loss_fn, (nn.CrossEntropyLoss, nn.NLLLoss)):
        assert target.dtype == torch.int64 and target.shape == (table.n,)
    else:
        assert target.dtype == torch.float32 and target.shape == output.shape
    if isinstance(loss_fn, nn.BCELoss):
        assert ((output >= 0) & (output <= 1)).all()
    if isinstance(loss_fn, (nn.NLLLoss, nn.KLDivLoss)):
        assert torch.allclose(output.exp().sum(dim=1), torch.ones(table.n), **FLOAT32)
    if isinstance(loss_fn, nn.KLDivLoss):
        assert torch.allclose(target.sum(dim=1), torch.ones(table.n), **FLOAT32)


def test_float_targets_are_refused_where_indices_are_expected() -> None:
    _, layer, _, loss_fn = next(row for row in table.ROWS if row[0] == "multiclass-log")
    with pytest.raises(RuntimeError):
        loss_fn(layer(table.features), torch.zeros(table.n))
