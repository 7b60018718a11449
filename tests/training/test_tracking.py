"""TensorBoard: what SummaryWriter writes is read back from the event file."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tracking")


@pytest.fixture(scope="module")
def tracking(folder: Path) -> ModuleType:
    # imported in a folder of its own: the writer creates runs/ there
    return import_in(folder, "snippets.training.tracking")


def test_the_writer_leaves_one_event_file_in_the_run_folder(
    tracking: ModuleType, folder: Path
) -> None:
    files = list((folder / "runs" / "adam-lr0.01").iterdir())
    assert len(files) == 1 and files[0].name.startswith("events.out.tfevents.")


def test_every_logged_step_is_read_back(tracking: ModuleType) -> None:
    assert tracking.events.Tags()["scalars"] == ["loss/train", "grad_norm"]
    assert [e.step for e in tracking.logged] == list(range(50))
    assert [e.step for e in tracking.events.Scalars("grad_norm")] == list(range(50))
    assert "config" in " ".join(tracking.events.Tags()["tensors"])


def test_the_logged_loss_starts_near_ln_10_and_decreases(tracking: ModuleType) -> None:
    first, last = tracking.logged[0].value, tracking.logged[-1].value
    assert round(first, 2) == 2.31
    assert last < first / 2
    assert last == pytest.approx(tracking.loss.item(), rel=1e-6)
