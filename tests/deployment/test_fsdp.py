"""DDP's no_sync under gradient accumulation, and FSDP2's fully_shard, on CPU processes (gloo)."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks import default_hooks
from torch.nn.parallel import DistributedDataParallel


@pytest.fixture(scope="module")
def fsdp() -> ModuleType:
    return importlib.import_module("snippets.deployment.fsdp")


def test_accumulated_gradients_equal_the_whole_batch_ones(fsdp: ModuleType) -> None:
    assert fsdp.accumulated.shape == (1, 4)
    torch.testing.assert_close(fsdp.accumulated, fsdp.whole)
    assert not hasattr(fsdp, "model")  # the DDP model is freed before its process group
    assert not dist.is_initialized()  # the page's last block leaves no process group behind


def reductions_under_no_sync() -> list[int]:
    """The buckets DDP all-reduces over four micro-batches, the first three under no_sync()."""
    model = DistributedDataParallel(nn.Linear(4, 1))
    reduced: list[int] = []

    # no annotations: DDP checks them, and this module's are strings
    def counting_hook(state, bucket):
        reduced.append(bucket.index())
        return default_hooks.allreduce_hook(state, bucket)

    model.register_comm_hook(None, counting_hook)
    for i in range(4):
        with model.no_sync() if i < 3 else contextlib.nullcontext():
            model(torch.randn(8, 4)).sum().backward()
    return reduced


def test_no_sync_skips_the_all_reduce_until_the_last_micro_batch() -> None:
    dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
    try:
        reduced = reductions_under_no_sync()
    finally:
        # the model goes before the group: freed after it, its reducer would destroy the gloo
        # group holding the GIL, while gloo's thread waits for the GIL (a fresh run hung so)
        gc.collect()
        dist.destroy_process_group()
    assert reduced == [0]  # one bucket, reduced once: on the last micro-batch only


def test_fully_shard_shards_dim_0_and_trains(fsdp: ModuleType) -> None:
    assert type(fsdp.net).__name__ == "FSDPSequential"
    assert str(fsdp.weight.placements) == "(Shard(dim=0),)"
    assert fsdp.weight.to_local().shape == fsdp.weight.shape == (8, 4)


SCRIPT = """
import torch, torch.distributed as dist
from torch import nn
from torch.distributed.fsdp import fully_shard
dist.init_process_group("gloo")
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
for layer in net:
    if isinstance(layer, nn.Linear):
        fully_shard(layer)
fully_shard(net)
net(torch.randn(6, 4)).sum().backward()
# one file per rank: two processes printing to one pipe interleave their lines
with open(f"rank{dist.get_rank()}.txt", "w") as out:
    print(tuple(net[0].weight.to_local().shape), tuple(net[0].weight.grad.shape), file=out)
dist.destroy_process_group()
"""


def test_with_two_processes_each_holds_half_of_the_rows(tmp_path: Path) -> None:
    (tmp_path / "shard.py").write_text(SCRIPT)
    env = os.environ | {"PYTHONWARNINGS": "error::DeprecationWarning,error::FutureWarning"}
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone",
               "--nproc-per-node", "2", "shard.py"]  # fmt: skip
    for _ in range(2):  # once more if the rendezvous lost a race for its free port (busy CI)
        done = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
            check=False,
        )  # fmt: skip
        if done.returncode == 0:
            break
    assert done.returncode == 0, done.stderr[-3000:]
    for rank in (0, 1):
        assert (tmp_path / f"rank{rank}.txt").read_text() == "(4, 4) (8, 4)\n"
