# --8<-- [start:stopper]
import copy
import math

import torch
from torch import nn


class EarlyStopping:
    def __init__(self, patience: int, min_delta: float = 0.0) -> None:
        self.patience, self.min_delta = patience, min_delta
        self.best_loss, self.best_epoch, self.best_state = math.inf, -1, None
        self.bad_epochs = 0

    def step(self, loss: float, epoch: int, model: nn.Module) -> bool:
        """Return True when training should stop."""
        if loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_epoch, self.bad_epochs = loss, epoch, 0
            # fr: une copie : state_dict() renvoie les tenseurs du modèle eux-mêmes
            # en: a copy: state_dict() returns the model's live tensors
            self.best_state = copy.deepcopy(model.state_dict())
        else:
            self.bad_epochs += 1
        return self.bad_epochs >= self.patience


# --8<-- [end:stopper]

# --8<-- [start:data]
generator = torch.Generator().manual_seed(0)
X = torch.randn(100, 20, generator=generator)
y = X[:, :1] + 0.5 * torch.randn(100, 1, generator=generator)
X_train, y_train, X_val, y_val = X[:30], y[:30], X[30:], y[30:]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
criterion = nn.MSELoss()
# --8<-- [end:data]

# --8<-- [start:loop]
stopper = EarlyStopping(patience=10)
for epoch in range(500):
    model.train()
    optimizer.zero_grad()
    criterion(model(X_train), y_train).backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        val_loss = criterion(model(X_val), y_val).item()
    if stopper.step(val_loss, epoch, model):
        break
model.load_state_dict(stopper.best_state)
print(stopper.best_epoch, epoch, round(stopper.best_loss, 3))
#> 28 38 0.859
# --8<-- [end:loop]

# --8<-- [start:check]
with torch.no_grad():
    restored = criterion(model(X_val), y_val).item()
live = model.state_dict()["0.weight"].data_ptr() == model[0].weight.data_ptr()
print(restored == stopper.best_loss, live)
#> True True
# --8<-- [end:check]
