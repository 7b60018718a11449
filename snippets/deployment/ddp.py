# --8<-- [start:script]
import gc
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def train(rank: int, world_size: int) -> list[float]:
    torch.manual_seed(0)
    X = torch.randn(64, 4)
    y = X @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])
    dataset = TensorDataset(X, y)
    sampler = DistributedSampler(dataset, shuffle=True, seed=0)
    loader = DataLoader(dataset, batch_size=8, sampler=sampler)
    model = DistributedDataParallel(nn.Linear(4, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(20):
        sampler.set_epoch(epoch)
        for xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.mse_loss(model(xb), yb).backward()
            optimizer.step()
    weights = model.module.weight.detach().flatten()
    everyone = [torch.empty_like(weights) for _ in range(world_size)]
    dist.all_gather(everyone, weights)
    if rank == 0:
        same = all(torch.equal(w, weights) for w in everyone)
        print(f"world_size={world_size}, {len(sampler)} samples per process, same weights: {same}")
        print([round(w, 2) for w in weights.tolist()])
    return weights.tolist()


def main() -> list[float]:
    if "RANK" in os.environ:
        # fr: lancé par torchrun, qui fixe RANK, WORLD_SIZE, MASTER_ADDR… ;
        # fr: backend "gloo" sur CPU, "nccl" sur GPU
        # en: launched by torchrun, which sets RANK, WORLD_SIZE, MASTER_ADDR…;
        # en: backend "gloo" on CPUs, "nccl" on GPUs
        dist.init_process_group("gloo")
    else:
        # fr: python ddp.py : un seul processus
        # en: python ddp.py: a single process
        dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
    weights = train(dist.get_rank(), dist.get_world_size())
    # fr: libérer le modèle DDP avant le groupe (gc.collect() défait les cycles qui le gardent
    # fr: après train()) : libéré après, il détruirait le groupe et pourrait bloquer la sortie
    # en: free the DDP model before the group (gc.collect() breaks the cycles that keep it
    # en: after train()): freed after it, it would destroy the group and could hang on exit
    gc.collect()
    dist.destroy_process_group()
    return weights


if __name__ == "__main__":
    main()
# --8<-- [end:script]
