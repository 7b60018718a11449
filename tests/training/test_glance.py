"""The training quick-reference cards: each card's claim, checked beyond its printed line."""

from __future__ import annotations

import importlib
import math
from types import ModuleType

import pytest
import torch
from torch import Generator, nn
from torch.utils.data import DataLoader

from tests.tolerances import APPROX32, FLOAT32


@pytest.fixture(scope="module")
def glance() -> ModuleType:
    return importlib.import_module("snippets.training.glance")


def test_seed_card_shuffles_in_the_generator_order(glance: ModuleType) -> None:
    assert glance.g.initial_seed() == 0 and glance.loader.generator is glance.g
    again = DataLoader(range(8), batch_size=4, shuffle=True, generator=Generator().manual_seed(0))
    assert [b.tolist() for b in again] == [[5, 3, 1, 7], [2, 6, 4, 0]]


def test_deterministic_card_sets_cublas_workspace_and_turns_the_flag_back_off(
    glance: ModuleType,
) -> None:
    assert glance.os.environ["CUBLAS_WORKSPACE_CONFIG"] == ":4096:8"
    assert not torch.are_deterministic_algorithms_enabled()


def test_rmsnorm_card_divides_by_the_root_mean_square(glance: ModuleType) -> None:
    rms = math.sqrt((3.0**2 + 4.0**2) / 2)
    expected = torch.tensor([[3.0 / rms, 4.0 / rms]])
    assert torch.allclose(nn.RMSNorm(2)(glance.x), expected, **FLOAT32)


def test_dropout_card_keeps_values_times_two_and_is_identity_in_eval(glance: ModuleType) -> None:
    out = nn.Dropout(p=0.5)(torch.ones(1000))
    assert set(out.unique().tolist()) == {0.0, 2.0}
    assert not glance.dropout.training


def test_early_stopping_card_keeps_the_best_epoch(glance: ModuleType) -> None:
    assert (glance.best_epoch, glance.epoch, glance.best_loss) == (1, 4, 0.7)
    assert glance.epoch - glance.best_epoch == glance.patience


def test_accumulation_card_steps_twice_and_clears_the_gradients() -> None:
    model, accum_steps = nn.Linear(4, 1), 4
    start = model.weight.detach().clone()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    steps = 0
    for i, xb in enumerate(torch.randn(8, 16, 4)):
        (model(xb).pow(2).mean() / accum_steps).backward()
        if (i + 1) % accum_steps == 0:
            optimizer.step()
            optimizer.zero_grad()
            steps += 1
    assert steps == 2 and model.weight.grad is None
    assert not torch.equal(model.weight, start)


def test_accumulation_card_prints_the_effective_batch(glance: ModuleType) -> None:
    assert glance.accum_steps * len(glance.xb) == 4 * 16


def test_clip_card_returns_the_norm_before_and_leaves_max_norm(glance: ModuleType) -> None:
    assert glance.norm.item() == pytest.approx(100 * math.sqrt(5), **APPROX32)
    model = nn.Linear(4, 1)
    (100 * model(torch.ones(1, 4))).sum().backward()
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
    assert after.item() == pytest.approx(1.0, **APPROX32)


def test_augment_card_flip_reverses_the_columns(glance: ModuleType) -> None:
    assert torch.equal(glance.image.flip(-1)[0, 0], glance.image[0, 0].flip(0))
    assert glance.padded.shape == (1, 5, 5)
    # reflect mirrors without repeating the edge: row 0 [0, 1, 2] becomes [1, 0, 1, 2, 1]
    assert glance.padded[0, 1].tolist() == [1.0, 0.0, 1.0, 2.0, 1.0]
    assert torch.equal(glance.padded[:, 1:4, 1:4], glance.image)


def test_freeze_card_trains_only_the_new_head() -> None:
    model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 10))
    model[:-1].requires_grad_(False)
    model[-1] = nn.Linear(32, 3)
    trainable = [p for p in model.parameters() if p.requires_grad]
    assert trainable == list(model[-1].parameters())
    assert sum(p.numel() for p in trainable) == 32 * 3 + 3


def test_param_groups_card_gives_each_group_its_rate(glance: ModuleType) -> None:
    assert [g["lr"] for g in glance.optimizer.param_groups] == [1e-4, 1e-3]
    assert glance.optimizer.param_groups[0]["params"] == list(glance.model[0].parameters())


def test_init_loss_card_is_close_to_ln_10(glance: ModuleType) -> None:
    assert glance.math.log(10) == pytest.approx(2.302585, rel=1e-6)
    # the cross-entropy of a uniform prediction over 10 classes is exactly ln 10
    uniform = nn.functional.cross_entropy(torch.zeros(4, 10), torch.tensor([0, 3, 5, 9]))
    assert uniform.item() == pytest.approx(math.log(10), **APPROX32)


def test_grad_norm_card_is_the_norm_of_all_gradients() -> None:
    model = nn.Linear(4, 1)
    model(torch.ones(2, 4)).sum().backward()
    norm = nn.utils.get_total_norm([p.grad for p in model.parameters()])
    # weight gradient [2, 2, 2, 2], bias gradient 2: sqrt(4 * 4 + 4)
    assert norm.item() == pytest.approx(math.sqrt(20), **APPROX32)
