# --8<-- [start:basic]
import torch
from torch import nn

predictions = torch.tensor([2.5, 3.7, 1.2])
targets = torch.tensor([3.0, 4.0, 1.0])
for loss_fn in (nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(), nn.HuberLoss()):
    print(f"{type(loss_fn).__name__:<12} {loss_fn(predictions, targets).item():.4f}")
#> MSELoss      0.1267
#> L1Loss       0.3333
#> SmoothL1Loss 0.0633
#> HuberLoss    0.0633
# --8<-- [end:basic]

# --8<-- [start:outlier]
with_outlier = torch.tensor([2.5, 3.7, 11.0])
for loss_fn in (nn.MSELoss(), nn.L1Loss(), nn.HuberLoss(delta=1.0)):
    print(f"{type(loss_fn).__name__:<12} {loss_fn(with_outlier, targets).item():.4f}")
#> MSELoss      33.4467
#> L1Loss       3.6000
#> HuberLoss    3.2233
# --8<-- [end:outlier]

# --8<-- [start:huber-vs-smooth-l1]
delta = 2.0
huber = nn.HuberLoss(delta=delta)(with_outlier, targets)
smooth_l1 = nn.SmoothL1Loss(beta=delta)(with_outlier, targets)
print(f"{huber.item():.4f} {smooth_l1.item():.4f} {(delta * smooth_l1).item():.4f}")
#> 6.0567 3.0283 6.0567
# --8<-- [end:huber-vs-smooth-l1]

# --8<-- [start:target-shape]
output = torch.tensor([[1.0], [2.0], [3.0]])
labels = torch.tensor([1.0, 2.0, 3.0])
# fr: une colonne moins un vecteur diffuse en matrice : la perte que MSELoss calculerait
# en: a column minus a flat vector broadcasts to a matrix: the loss MSELoss would compute
print((output - labels).shape, f"{((output - labels) ** 2).mean().item():.4f}")
#> torch.Size([3, 3]) 1.3333
print(nn.MSELoss()(output.squeeze(1), labels).item())
#> 0.0
# --8<-- [end:target-shape]
