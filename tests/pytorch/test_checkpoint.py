from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest
import torch

from tests.tolerances import FLOAT32


@pytest.fixture
def checkpoint() -> ModuleType:
    return importlib.import_module("snippets.pytorch.checkpoint")


def test_restored_model_gives_the_same_outputs(checkpoint: ModuleType) -> None:
    assert checkpoint.checkpoint["epoch"] == 10
    with torch.no_grad():
        assert torch.allclose(
            checkpoint.restored(checkpoint.batch), checkpoint.model(checkpoint.batch), **FLOAT32
        )


def test_optimizer_state_is_restored(checkpoint: ModuleType) -> None:
    state = checkpoint.restored_optimizer.state_dict()["state"]
    assert state[0]["step"].item() == 1.0
    assert set(state[0]) == {"step", "exp_avg", "exp_avg_sq"}


def test_checkpoint_folder_is_removed(checkpoint: ModuleType) -> None:
    assert not Path(checkpoint.folder.name).exists()


def test_load_refuses_arbitrary_objects_by_default(tmp_path: Path) -> None:
    path = tmp_path / "bad.pt"
    torch.save({"callback": Path}, path)
    with pytest.raises(Exception, match="weights_only"):
        torch.load(path)  # weights_only=True is the default


def test_whole_model_needs_weights_only_false(checkpoint: ModuleType, tmp_path: Path) -> None:
    import pickle

    path = tmp_path / "whole.pt"
    torch.save(checkpoint.model, path)
    with pytest.raises(pickle.UnpicklingError) as error:
        torch.load(path)
    assert str(error.value).startswith("Weights only load failed.")
    assert type(error.value).__module__ == "_pickle"
    assert type(checkpoint.loaded) is type(checkpoint.model)
    with torch.no_grad():
        batch = torch.randn(3, 2, device=checkpoint.device)
        assert torch.equal(checkpoint.loaded(batch), checkpoint.model(batch))
