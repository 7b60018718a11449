# --8<-- [start:no-sync]
import contextlib
import gc

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel

# fr: un seul processus, sans torchrun : de quoi exécuter DDP ici
# en: a single process, without torchrun: enough to run DDP here
dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
torch.manual_seed(0)
model = DistributedDataParallel(nn.Linear(4, 1))
X, y = torch.randn(32, 4), torch.randn(32, 1)
k = 4
for i, (xb, yb) in enumerate(zip(X.chunk(k), y.chunk(k), strict=True)):
    # fr: no_sync() : pas d'all-reduce, les gradients s'accumulent sur place
    # en: no_sync(): no all-reduce, the gradients add up locally
    with model.no_sync() if i < k - 1 else contextlib.nullcontext():
        (nn.functional.mse_loss(model(xb), yb) / k).backward()
accumulated = model.module.weight.grad.clone()
model.zero_grad()
nn.functional.mse_loss(model(X), y).backward()
whole = model.module.weight.grad
print(torch.allclose(accumulated, whole, rtol=1e-5, atol=1e-6))
#> True
# fr: libérer le modèle DDP avant que le groupe ne soit détruit (sinon, blocage possible)
# en: free the DDP model before the group is destroyed (otherwise it may hang)
del model
gc.collect()
# --8<-- [end:no-sync]

# --8<-- [start:fully-shard]
from torch.distributed.fsdp import fully_shard

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
# fr: de bas en haut : chaque couche, puis le modèle entier
# en: bottom-up: each layer, then the whole model
for layer in net:
    if isinstance(layer, nn.Linear):
        fully_shard(layer)
fully_shard(net)
# fr: l'optimiseur après fully_shard : les paramètres sont devenus des DTensor
# en: the optimiser after fully_shard: the parameters are now DTensors
optimizer = torch.optim.AdamW(net.parameters(), lr=1e-2)
nn.functional.mse_loss(net(X), y).backward()
optimizer.step()
weight = net[0].weight
print(type(net).__name__, type(weight).__name__, weight.placements)
#> FSDPSequential DTensor (Shard(dim=0),)
print(weight.shape, weight.to_local().shape)
#> torch.Size([8, 4]) torch.Size([8, 4])
dist.destroy_process_group()
# --8<-- [end:fully-shard]
