# --8<-- [start:compare]
import torch
from torch import optim

torch.manual_seed(0)
X = torch.randn(64, 5)
y = X @ torch.randn(5)


def final_loss(make_optimizer, steps=100):
    w = torch.zeros(5, requires_grad=True)
    opt = make_optimizer([w])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((X @ w - y) ** 2).mean()
        loss.backward()
        opt.step()
    return loss.item()


makers = {
    "SGD+momentum": lambda p: optim.SGD(p, lr=0.05, momentum=0.9),
    "Adam": lambda p: optim.Adam(p, lr=0.05),
    "RMSprop": lambda p: optim.RMSprop(p, lr=0.01, alpha=0.99),
    "Adagrad": lambda p: optim.Adagrad(p, lr=0.5),
    "Adadelta": lambda p: optim.Adadelta(p, lr=1.0),
    "NAdam": lambda p: optim.NAdam(p, lr=0.05),
    "RAdam": lambda p: optim.RAdam(p, lr=0.05),
}
for name, make in makers.items():
    print(f"{name:<13}{final_loss(make):.4f}")
#> SGD+momentum 0.0001
#> Adam         0.0001
#> RMSprop      0.0564
#> Adagrad      0.0000
#> Adadelta     2.4941
#> NAdam        0.0000
#> RAdam        0.2539
# --8<-- [end:compare]

# --8<-- [start:groups]
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.Linear(8, 1))
decay = [p for p in model.parameters() if p.ndim >= 2]
no_decay = [p for p in model.parameters() if p.ndim < 2]
opt = optim.AdamW(
    [{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
    lr=1e-3,
)
print([(len(g["params"]), g["weight_decay"], g["lr"]) for g in opt.param_groups])
#> [(2, 0.01, 0.001), (4, 0.0, 0.001)]
# --8<-- [end:groups]
