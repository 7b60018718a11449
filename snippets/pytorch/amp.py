# --8<-- [start:autocast]
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
amp_dtype = torch.float16 if device == "cuda" else torch.bfloat16
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 4)).to(device)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
scaler = torch.amp.GradScaler(device, enabled=device == "cuda")
# --8<-- [end:autocast]

# --8<-- [start:step]
for _ in range(5):
    xb = torch.randn(32, 16, device=device)
    yb = torch.randint(0, 4, (32,), device=device)
    optimizer.zero_grad()
    with torch.autocast(device_type=device, dtype=amp_dtype):
        logits = model(xb)
        loss = criterion(logits, yb)
    scaler.scale(loss).backward()
    scaler.unscale_(optimizer)
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)
    scaler.update()
print(logits.dtype == amp_dtype, loss.dtype, model[0].weight.dtype, model[0].weight.grad.dtype)
#> True torch.float32 torch.float32 torch.float32
# --8<-- [end:step]
