from __future__ import annotations

import importlib
from types import ModuleType


def snippet() -> ModuleType:
    return importlib.import_module("snippets.optimizers.plateau")


def test_plateau_halves_the_lr_after_patience_plus_one_bad_epochs() -> None:
    lrs = [round(lr, 3) for lr in snippet().lrs]
    assert lrs == [0.1] * 5 + [0.05] * 4 + [0.025]


def test_one_cycle_is_stepped_once_per_batch() -> None:
    mod = snippet()
    assert len(mod.loader) == 4
    assert mod.scheduler.last_epoch == mod.scheduler.total_steps == 12
