# --8<-- [start:modern]
import numpy as np
import numpy.typing as npt


def process_data(
    data: npt.NDArray[np.float32],
    labels: npt.NDArray[np.int64] | None = None,
    batch_size: int = 32,
) -> tuple[npt.NDArray[np.float32], dict[str, float]]:
    processed = data * np.float32(2.0)
    metrics = {"mean": float(data.mean()), "std": float(data.std())}
    return processed, metrics


processed, metrics = process_data(np.arange(4, dtype=np.float32))
print(processed.dtype, {name: round(value, 4) for name, value in metrics.items()})
#> float32 {'mean': 1.5, 'std': 1.118}
# --8<-- [end:modern]

# --8<-- [start:tensors]
from typing import TypeAlias

import torch
from torch import nn

Batch: TypeAlias = tuple[torch.Tensor, torch.Tensor]


def train_step(model: nn.Module, optimizer: torch.optim.Optimizer, batch: Batch) -> float:
    x, y = batch
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    return loss.item()


torch.manual_seed(0)
model = nn.Linear(4, 3)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
batch = (torch.randn(8, 4), torch.zeros(8, dtype=torch.long))
print(f"{train_step(model, optimizer, batch):.4f}")
#> 1.2713
# --8<-- [end:tensors]
