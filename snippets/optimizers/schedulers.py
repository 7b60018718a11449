# --8<-- [start:step-cosine]
import torch
from torch import optim
from torch.optim import lr_scheduler


def lr_curve(make_scheduler, steps=100, lr=0.1):
    opt = optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr, momentum=0.9)
    scheduler = make_scheduler(opt)
    lrs = []
    for _ in range(steps):
        lrs.append(scheduler.get_last_lr()[0])
        opt.step()
        scheduler.step()
    return lrs


step = lr_curve(lambda o: lr_scheduler.StepLR(o, step_size=30, gamma=0.1))
cosine = lr_curve(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=100))
print(" ".join(f"{step[i]:.4f}" for i in (0, 29, 30, 60, 99)))
print(" ".join(f"{cosine[i]:.4f}" for i in (0, 25, 50, 75, 99)))
#> 0.1000 0.1000 0.0100 0.0010 0.0001
#> 0.1000 0.0854 0.0500 0.0146 0.0000
# --8<-- [end:step-cosine]

# --8<-- [start:one-cycle]
one_cycle = lr_curve(lambda o: lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=100))
peak = max(range(100), key=one_cycle.__getitem__)
print(f"{one_cycle[0]:.4f} {peak} {one_cycle[peak]:.4f} {one_cycle[-1]:.2e}")
#> 0.0040 29 0.1000 4.00e-07
# --8<-- [end:one-cycle]


# --8<-- [start:warmup-cosine]
def warmup_cosine(opt, warmup=10, total=100):
    warm = lr_scheduler.LinearLR(opt, start_factor=0.01, end_factor=1.0, total_iters=warmup)
    decay = lr_scheduler.CosineAnnealingLR(opt, T_max=total - warmup)
    return lr_scheduler.SequentialLR(opt, schedulers=[warm, decay], milestones=[warmup])


warm_cos = lr_curve(warmup_cosine)
print(" ".join(f"{warm_cos[i]:.4f}" for i in (0, 5, 10, 55, 99)))
#> 0.0010 0.0505 0.1000 0.0500 0.0000
# --8<-- [end:warmup-cosine]

# --8<-- [start:figure]
from pathlib import Path

import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(7, 4))
curves = {"StepLR": step, "CosineAnnealingLR": cosine, "OneCycleLR": one_cycle}
curves["LinearLR + CosineAnnealingLR"] = warm_cos
for name, lrs in curves.items():
    ax.plot(lrs, label=name)
ax.set_title("Planification du taux d'apprentissage")  # [fr]
ax.set_title("Learning-rate schedules")  # [en]
ax.set_xlabel("Pas d'optimisation")  # [fr]
ax.set_xlabel("Optimizer step")  # [en]
ax.set_ylabel("Taux d'apprentissage")  # [fr]
ax.set_ylabel("Learning rate")  # [en]
ax.legend(loc="center left", bbox_to_anchor=(1, 0.5))
Path("figures").mkdir(exist_ok=True)
fig.savefig("figures/optimizers-schedules.png", dpi=100, bbox_inches="tight")
# --8<-- [end:figure]
