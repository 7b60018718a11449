from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
import torch

from tests.imports import import_in


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fine-tuning")


@pytest.fixture(scope="module")
def tuning(folder: Path) -> ModuleType:
    return import_in(folder, "snippets.training.fine_tuning")


def test_pretrained_weights_are_saved_to_a_local_file(tuning: ModuleType, folder: Path) -> None:
    saved = torch.load(folder / "pretrained.pt", weights_only=True)
    assert list(saved) == list(tuning.state)
    assert saved["head.weight"].shape == (10, 32)


def test_new_head_has_three_outputs(tuning: ModuleType) -> None:
    assert tuning.model.head.out_features == 3
    assert tuning.model(tuning.X).shape == (64, 3)


def test_frozen_backbone_did_not_move_while_the_head_trained(tuning: ModuleType) -> None:
    for name, value in tuning.state.items():
        if name.startswith("backbone."):
            assert torch.equal(tuning.model.state_dict()[name], value), name
    assert tuning.model.backbone[0].weight.grad is None
    assert tuning.model.head.weight.grad is not None


def test_param_groups_carry_their_own_learning_rates(tuning: ModuleType) -> None:
    groups = tuning.optimizer.param_groups
    assert [g["lr"] for g in groups] == [1e-4, 1e-3]
    assert len(groups[0]["params"]) == 4 and len(groups[1]["params"]) == 2
    assert all(p.requires_grad for g in groups for p in g["params"])


def test_strict_false_reports_missing_and_unexpected_keys(tuning: ModuleType) -> None:
    assert tuning.result.missing_keys == ["classifier.weight", "classifier.bias"]
    assert tuning.result.unexpected_keys == ["head.weight", "head.bias"]
    loaded = tuning.renamed.backbone[0].weight
    assert torch.equal(loaded, tuning.state["backbone.0.weight"])


def test_shape_mismatch_raises_even_without_strict(tuning: ModuleType) -> None:
    with pytest.raises(RuntimeError, match="size mismatch"):
        tuning.Net(n_classes=3).load_state_dict(tuning.state, strict=False)


def test_the_hub_block_is_not_run_at_import(tuning: ModuleType) -> None:
    assert callable(tuning.real_weights)
