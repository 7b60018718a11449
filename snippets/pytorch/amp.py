# --8<-- [start:autocast]
import torch
from torch import nn

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
# fr: bfloat16 par défaut (GPU Ampere et plus récents ; rapide sur CPU avec AVX512-BF16 ou AMX) ;
# fr: float16 + GradScaler seulement sur les GPU plus anciens
# en: bfloat16 by default (Ampere and newer GPUs; fast on CPUs with AVX512-BF16 or AMX);
# en: float16 + GradScaler only on older GPUs
old_gpu = device.type == "cuda" and not torch.cuda.is_bf16_supported(including_emulation=False)
amp_dtype = torch.float16 if old_gpu else torch.bfloat16
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 4)).to(device)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
criterion = nn.CrossEntropyLoss()
scaler = torch.amp.GradScaler(device.type, enabled=old_gpu)
# --8<-- [end:autocast]

# --8<-- [start:step]
for _ in range(5):
    xb = torch.randn(32, 16, device=device)
    yb = torch.randint(0, 4, (32,), device=device)
    optimizer.zero_grad()
    with torch.autocast(device_type=device.type, dtype=amp_dtype):
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
