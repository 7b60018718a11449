# --8<-- [start:setup]
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
generator = torch.Generator().manual_seed(0)
points = torch.rand(2000, 2, generator=generator) * 2 - 1
points = points[(points.abs() > 0.1).all(dim=1)][:600]
labels = (points[:, 0] * points[:, 1] > 0).long()
train_set, val_set = random_split(TensorDataset(points, labels), [0.8, 0.2], generator=generator)
train_loader = DataLoader(train_set, batch_size=32, shuffle=True, generator=generator)
val_loader = DataLoader(val_set, batch_size=256)
print(len(train_set), len(val_set), len(train_loader))
#> 480 120 15
# --8<-- [end:setup]


# --8<-- [start:model]
def make_model() -> nn.Module:
    return nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 2)).to(device)


torch.manual_seed(0)
model = make_model()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
# --8<-- [end:model]

# --8<-- [start:clip]
xb, yb = next(iter(train_loader))
loss = 100 * criterion(model(xb.to(device)), yb.to(device))
loss.backward()
before = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print(before.item() > 1.0, f"{after.item():.4f}")
#> True 1.0000
optimizer.zero_grad()
# --8<-- [end:clip]


# --8<-- [start:train]
def train_one_epoch(loader: DataLoader) -> float:
    model.train()
    total = torch.zeros((), device=device)
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        optimizer.step()
        # fr: détaché et sur l'appareil : pas de synchronisation à chaque pas
        # en: detached and on the device: no synchronisation at every step
        total += loss.detach() * len(xb)
    return total.item() / len(loader.dataset)


# --8<-- [end:train]


# --8<-- [start:evaluate]
@torch.no_grad()
def evaluate(loader: DataLoader) -> tuple[float, float]:
    model.eval()
    total, correct = 0.0, 0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        logits = model(xb)
        total += criterion(logits, yb).item() * len(xb)
        correct += (logits.argmax(dim=1) == yb).sum().item()
    return total / len(loader.dataset), correct / len(loader.dataset)


# --8<-- [end:evaluate]


# --8<-- [start:fit]
history = []
for _ in range(10):
    train_loss = train_one_epoch(train_loader)
    val_loss, val_acc = evaluate(val_loader)
    history.append(val_loss)
print(f"val_loss {history[0]:.2f} -> {history[-1]:.2f}, val_acc {val_acc:.2f}")
#> val_loss 0.55 -> 0.03, val_acc 1.00
# --8<-- [end:fit]
