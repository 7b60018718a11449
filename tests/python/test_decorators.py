from __future__ import annotations

import importlib
from types import ModuleType

import pytest


@pytest.fixture
def decorators() -> ModuleType:
    return importlib.import_module("snippets.python.decorators")


def test_wraps_keeps_name_and_docstring(decorators: ModuleType) -> None:
    assert decorators.train_model.__name__ == "train_model"
    assert decorators.train_model.__doc__ == "Pretend to train for a few epochs."


def test_without_wraps_the_name_is_lost(decorators: ModuleType) -> None:
    assert decorators.bare(len).__name__ == "wrapper"


def test_timer_records_each_call_with_perf_counter(decorators: ModuleType) -> None:
    before = len(decorators.timings["train_model"])
    assert decorators.train_model(2) == "trained for 2 epochs"
    durations = decorators.timings["train_model"]
    assert len(durations) == before + 1
    assert durations[-1] >= 0.02


def test_timer_records_even_when_the_function_raises(decorators: ModuleType) -> None:
    @decorators.timer
    def fails() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fails()
    assert len(decorators.timings["fails"]) == 1
