# --8<-- [start:seed]
import os
import random

import numpy as np
import torch


def seed_everything(seed: int) -> torch.Generator:
    random.seed(seed)
    np.random.seed(seed)
    # fr: graine du CPU et de tous les GPU
    # en: seeds the CPU and every GPU
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


# --8<-- [end:seed]

# --8<-- [start:loader-order]
from torch.utils.data import DataLoader


def order(seed: int) -> list[int]:
    g = torch.Generator().manual_seed(seed)
    loader = DataLoader(range(8), batch_size=4, shuffle=True, generator=g)
    return torch.cat(list(loader)).tolist()


print(order(0) == order(0), order(0) == order(1))
#> True False
# --8<-- [end:loader-order]

# --8<-- [start:deterministic]
previous = (
    torch.are_deterministic_algorithms_enabled(),
    torch.backends.cudnn.benchmark,
    torch.backends.cudnn.deterministic,
)
# fr: cuBLAS (CUDA) l'exige en mode déterministe ; à fixer avant le premier appel CUDA
# en: cuBLAS (CUDA) needs it in deterministic mode; set it before the first CUDA call
os.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"
torch.use_deterministic_algorithms(True)
torch.backends.cudnn.benchmark = False
torch.backends.cudnn.deterministic = True
print(torch.are_deterministic_algorithms_enabled())
#> True
# --8<-- [end:deterministic]

# --8<-- [start:train-twice]
from torch import nn
from torch.utils.data import TensorDataset


def train_once(seed: int) -> nn.Module:
    generator = seed_everything(seed)
    X = torch.randn(256, 8)
    y = (X.sum(dim=1) > 0).long()
    loader = DataLoader(
        TensorDataset(X, y),
        batch_size=32,
        shuffle=True,
        generator=generator,
    )
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 2))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        for xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            optimizer.step()
    return model


first, second, other = train_once(0), train_once(0), train_once(1)
# --8<-- [end:train-twice]

# --8<-- [start:check]
same = all(torch.equal(p, q) for p, q in zip(first.parameters(), second.parameters(), strict=True))
differs = not torch.equal(first[0].weight, other[0].weight)
print(same, differs)
#> True True
# --8<-- [end:check]

# --8<-- [start:restore]
torch.use_deterministic_algorithms(previous[0])
torch.backends.cudnn.benchmark, torch.backends.cudnn.deterministic = previous[1:]
print(torch.are_deterministic_algorithms_enabled())
#> False
# --8<-- [end:restore]
