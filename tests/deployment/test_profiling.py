"""Profiling and timing: the profiler's op counts and the benchmark Timer's stable facts."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


@pytest.fixture(scope="module")
def prof() -> ModuleType:
    return importlib.import_module("snippets.deployment.profiling")


def test_each_linear_runs_as_one_addmm_per_forward(prof: ModuleType) -> None:
    # two Linear layers, five forward passes
    assert prof.calls["aten::linear"] == prof.calls["aten::addmm"] == 2 * 5
    assert prof.calls["aten::gelu"] == 5


def test_the_table_has_the_columns_the_page_describes_and_five_rows(prof: ModuleType) -> None:
    lines = prof.table.splitlines()
    for column in ("Name", "Self CPU %", "Self CPU", "CPU total %", "CPU total", "# of Calls"):
        assert column in lines[1]
    rows = [line for line in lines[3:] if line.strip().startswith("aten::")]
    assert len(rows) == 5
    # sorted by total CPU time; which op comes first depends on the machine's load
    averages = sorted(prof.prof.key_averages(), key=lambda e: e.cpu_time_total, reverse=True)
    assert [row.split()[0] for row in rows] == [e.key for e in averages[:5]]
    totals = {e.key: e.cpu_time_total for e in averages}
    assert totals["aten::linear"] >= totals["aten::addmm"]  # linear holds addmm


def test_shapes_are_recorded_per_layer(prof: ModuleType) -> None:
    assert sorted(e.input_shapes[1:3] for e in prof.by_shape if e.key == "aten::addmm") == [
        [[64, 256], [256, 1024]],
        [[64, 1024], [1024, 256]],
    ]


def test_timer_measures_on_one_thread_by_default(prof: ModuleType) -> None:
    assert prof.m_small.task_spec.num_threads == 1
    assert prof.m_small.number_per_run >= 1 and len(prof.m_small.times) >= 1
    assert prof.m_big.median > prof.m_small.median
    threads = torch.get_num_threads()
    assert threads >= 1  # the Timer restores the process's own setting afterwards
