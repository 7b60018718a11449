# --8<-- [start:plateau]
import torch
from torch import optim
from torch.optim import lr_scheduler

opt = optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
plateau = lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2)
lrs = []
for val_loss in [1.0, 0.8, 0.7, 0.71, 0.72, 0.73, 0.69, 0.70, 0.71, 0.72]:
    opt.step()
    plateau.step(val_loss)
    lrs.append(plateau.get_last_lr()[0])
print(" ".join(f"{lr:.3f}" for lr in lrs))
#> 0.100 0.100 0.100 0.100 0.100 0.050 0.050 0.050 0.050 0.025
# --8<-- [end:plateau]

# --8<-- [start:loop]
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(32, 4), torch.randn(32, 1))
loader = DataLoader(data, batch_size=8, shuffle=True)
model = nn.Linear(4, 1)
opt = optim.AdamW(model.parameters(), lr=1e-3)
epochs = 3
scheduler = lr_scheduler.OneCycleLR(opt, max_lr=1e-2, epochs=epochs, steps_per_epoch=len(loader))
for _epoch in range(epochs):
    for xb, yb in loader:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
        scheduler.step()
print(len(loader), scheduler.last_epoch, scheduler.total_steps)
#> 4 12 12
# --8<-- [end:loop]
