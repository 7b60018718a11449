# --8<-- [start:setup]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
# --8<-- [end:setup]

# --8<-- [start:sgd]
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
print(opt.defaults["momentum"], opt.defaults["nesterov"])
#> 0.9 True
# --8<-- [end:sgd]

# --8<-- [start:adam]
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
print(opt.defaults["betas"], opt.defaults["eps"])
#> (0.9, 0.999) 1e-08
# --8<-- [end:adam]

# --8<-- [start:adamw]
# fr: décroissance des poids découplée (valeur par défaut affichée)
# en: decoupled weight decay (its default printed)
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
print(opt.defaults["weight_decay"])
#> 0.01
# --8<-- [end:adamw]

# --8<-- [start:loop]
X, y = torch.randn(32, 3), torch.randn(32, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
print(f"{loss.item():.2f}")
#> 0.80
# --8<-- [end:loop]

# --8<-- [start:cosine]
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=10)
for _ in range(5):
    opt.step()
    sched.step()
print(f"{sched.get_last_lr()[0]:.3f}")
#> 0.050
# --8<-- [end:cosine]

# --8<-- [start:one-cycle]
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
# fr: un sched.step() par lot
# en: one sched.step() per batch
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=100)
print(f"{sched.get_last_lr()[0]:.4f}")
#> 0.0040
# --8<-- [end:one-cycle]

# --8<-- [start:warmup]
from torch.optim import lr_scheduler as ls

opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
warm = ls.LinearLR(opt, start_factor=0.1, total_iters=10)
cos = ls.CosineAnnealingLR(opt, T_max=90)
sched = ls.SequentialLR(opt, [warm, cos], milestones=[10])
print(f"{sched.get_last_lr()[0]:.0e}")
#> 1e-04
# --8<-- [end:warmup]

# --8<-- [start:clip]
model.zero_grad()
(model(torch.ones(1, 3)) * 100).sum().backward()
# fr: entre backward() et step() ; renvoie la norme d'avant l'écrêtage
# en: between backward() and step(); returns the norm before clipping
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print(f"{norm.item():.0f} {after.item():.2f}")
#> 200 1.00
# --8<-- [end:clip]

# --8<-- [start:weight-decay]
w = torch.ones(1, requires_grad=True)
opt = torch.optim.AdamW([w], lr=0.1, weight_decay=0.5)
w.grad = torch.zeros(1)
opt.step()
# fr: AdamW : w est multiplié par (un moins lr fois weight_decay)
# en: AdamW: w is scaled by (one minus lr times weight_decay)
print(f"{w.item():.2f}")
#> 0.95
# --8<-- [end:weight-decay]

# --8<-- [start:param-groups]
net = nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 1))
body = {"params": net[0].parameters(), "lr": 1e-4}
opt = torch.optim.AdamW([body, {"params": net[1].parameters()}], lr=1e-3)
print([g["lr"] for g in opt.param_groups])
#> [0.0001, 0.001]
# --8<-- [end:param-groups]
