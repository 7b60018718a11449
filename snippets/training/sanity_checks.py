# --8<-- [start:init-loss]
import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
x, y = torch.randn(256, 20), torch.randint(0, 10, (256,))
init_loss = F.cross_entropy(model(x), y).item()
# fr: C classes à peu près équiprobables : une perte proche de ln C
# en: C roughly equiprobable classes: a loss close to ln C
print(round(init_loss, 2), round(math.log(10), 2))
#> 2.32 2.3
# --8<-- [end:init-loss]

# --8<-- [start:overfit-batch]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
xb, yb = torch.randn(16, 20), torch.randint(0, 10, (16,))
batch_losses = []
for _ in range(200):
    optimizer.zero_grad()
    loss = F.cross_entropy(model(xb), yb)
    loss.backward()
    optimizer.step()
    batch_losses.append(loss.item())
print(round(batch_losses[0], 2), batch_losses[-1] < 0.01)
#> 2.28 True
# --8<-- [end:overfit-batch]

# --8<-- [start:lr-finder]
torch.manual_seed(0)
X = torch.randn(512, 20)
y = (X @ torch.randn(20, 10)).argmax(dim=1)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
optimizer = torch.optim.SGD(model.parameters())
# fr: un taux multiplié par le même facteur à chaque pas
# en: a rate multiplied by the same factor at each step
lrs, losses, smooth = torch.logspace(-5, 1, steps=100).tolist(), [], 0.0
for step, lr in enumerate(lrs):
    optimizer.param_groups[0]["lr"] = lr
    batch = torch.randint(0, len(X), (32,))
    optimizer.zero_grad()
    loss = F.cross_entropy(model(X[batch]), y[batch])
    loss.backward()
    optimizer.step()
    smooth = 0.9 * smooth + 0.1 * loss.item()
    losses.append(smooth / (1 - 0.9 ** (step + 1)))
    if losses[-1] > 4 * min(losses):
        break
best_lr = lrs[losses.index(min(losses))]
print(len(losses) < len(lrs), 10 ** math.floor(math.log10(best_lr / 10)))
#> True 0.1
# --8<-- [end:lr-finder]

# --8<-- [start:grad-norm]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
norms = []
for _ in range(100):
    optimizer.zero_grad()
    F.cross_entropy(model(X), y).backward()
    norms.append(nn.utils.get_total_norm([p.grad for p in model.parameters()]).item())
    optimizer.step()
print(round(norms[0], 2), round(norms[-1], 2))
#> 0.45 0.31
# --8<-- [end:grad-norm]

# --8<-- [start:nan]
p = torch.tensor([0.0, 1.0])
print(torch.log(p), (p * torch.log(p)).sum())
#> tensor([-inf, 0.]) tensor(nan)
# fr: x · log y, nul quand x est nul
# en: x · log y, zero where x is zero
print(torch.special.xlogy(p, p).sum())
#> tensor(0.)
logits = torch.tensor([0.0, 200.0])
print(torch.log(torch.softmax(logits, dim=0)), torch.log_softmax(logits, dim=0))
#> tensor([-inf, 0.]) tensor([-200.,    0.])
print(torch.tensor(70000.0).half(), torch.finfo(torch.float16).max)
#> tensor(inf, dtype=torch.float16) 65504.0
# --8<-- [end:nan]


# --8<-- [start:diverge]
def first_bad_step(lr: float) -> int | None:
    torch.manual_seed(0)
    X, w = torch.randn(64, 4), torch.zeros(4, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    for step in range(200):
        optimizer.zero_grad()
        loss = (X @ w - X.sum(dim=1)).pow(2).mean()
        if not torch.isfinite(loss):
            return step
        loss.backward()
        optimizer.step()
    return None


print(first_bad_step(lr=10.0), first_bad_step(lr=0.1))
#> 14 None
# --8<-- [end:diverge]

# --8<-- [start:batch-noise]
torch.manual_seed(0)
X = torch.randn(4096, 1)
y = 3 * X + torch.randn(4096, 1)
w = torch.zeros(1, requires_grad=True)


def gradient_std(batch_size: int, draws: int = 200) -> float:
    grads = []
    for _ in range(draws):
        batch = torch.randint(0, len(X), (batch_size,))
        loss = (X[batch] * w - y[batch]).pow(2).mean()
        grads.append(torch.autograd.grad(loss, w)[0])
    return torch.cat(grads).std().item()


# fr: un lot k fois plus grand divise le bruit par √k
# en: a batch k times larger divides the noise by √k
print(round(gradient_std(8) / gradient_std(128)))
#> 4
# --8<-- [end:batch-noise]
