# --8<-- [start:range-test]
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(512, 20)
y = x @ torch.randn(20, 1) + 0.1 * torch.randn(512, 1)
start = nn.Linear(20, 1).state_dict()


def loss_after(lr: float, steps: int = 30) -> float:
    model = nn.Linear(20, 1)
    model.load_state_dict(start)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


lrs = [1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1.0, 1.5]
losses = [loss_after(lr) for lr in lrs]
print(" ".join(f"{loss:.2g}" for loss in losses))
#> 8.8 8 3 0.39 0.011 0.01 1.2e+13 4.4e+27
best = lrs[losses.index(min(losses))]
print(best)
#> 0.3
# --8<-- [end:range-test]
