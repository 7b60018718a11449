# --8<-- [start:norm]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
x, target = torch.randn(32, 8), torch.randn(32, 1)
(1000 * nn.functional.mse_loss(model(x), target)).backward()
grads = [p.grad.clone() for p in model.parameters()]
# fr: la norme globale, avant écrêtage
# en: the global norm, before clipping
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print(total.item() > 1, round(after.item(), 4))
#> True 1.0
# --8<-- [end:norm]

# --8<-- [start:formula]
norm = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g) for g in grads]))
coef = min(1.0, 1.0 / (norm.item() + 1e-6))
clipped = zip([p.grad for p in model.parameters()], grads, strict=True)
print(
    torch.allclose(total, norm, rtol=1e-5),
    all(torch.allclose(c, g * coef, rtol=1e-5, atol=1e-7) for c, g in clipped),
)
#> True True
# --8<-- [end:formula]

# --8<-- [start:value]
for p, g in zip(model.parameters(), grads, strict=True):
    p.grad = g.clone()
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.5)
print(max(p.grad.abs().max().item() for p in model.parameters()))
#> 0.5
# --8<-- [end:value]
