# --8<-- [start:loop]
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

generator = torch.Generator().manual_seed(0)
X, y = torch.randn(64, 4, generator=generator), torch.randn(64, 1, generator=generator)
loader = DataLoader(TensorDataset(X, y), batch_size=8)
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
accum_steps = 4
steps = 0
for i, (xb, yb) in enumerate(loader):
    loss = nn.functional.mse_loss(model(xb), yb) / accum_steps
    loss.backward()
    if (i + 1) % accum_steps == 0:
        optimizer.step()
        optimizer.zero_grad()
        steps += 1
print(len(loader), steps)
#> 8 2
# --8<-- [end:loop]

# --8<-- [start:uneven]
X, y = X[:40], y[:40]
model.zero_grad()
nn.functional.mse_loss(model(X), y).backward()
big_batch = [p.grad.clone() for p in model.parameters()]
model.zero_grad()
for xb, yb in zip(X.split(12), y.split(12), strict=True):
    # fr: somme divisée par la taille du grand lot : exacte même si le dernier est plus petit
    # en: sum divided by the size of the big batch: exact even when the last one is smaller
    loss = nn.functional.mse_loss(model(xb), yb, reduction="sum") / len(X)
    loss.backward()
print([len(xb) for xb in X.split(12)])
#> [12, 12, 12, 4]
# --8<-- [end:uneven]

# --8<-- [start:check]
pairs = zip(model.parameters(), big_batch, strict=True)
print(all(torch.allclose(p.grad, g, rtol=1e-5, atol=1e-6) for p, g in pairs))
#> True
# --8<-- [end:check]
