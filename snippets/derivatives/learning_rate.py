# --8<-- [start:rates]
def descend(lr: float, steps: int = 20, x: float = 1.0) -> float:
    for _ in range(steps):
        x = x - lr * 2 * x
    return x


for lr in (1.1, 0.001, 0.1):
    print(f"lr={lr}: x={descend(lr):.4f}")
#> lr=1.1: x=38.3376
#> lr=0.001: x=0.9608
#> lr=0.1: x=0.0115
# --8<-- [end:rates]

# --8<-- [start:closed-form]
for lr in (1.1, 0.001, 0.1):
    print(f"{(1 - 2 * lr) ** 20:.4f}")
#> 38.3376
#> 0.9608
#> 0.0115
# --8<-- [end:closed-form]

# --8<-- [start:figure]
from pathlib import Path

import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 3.5))
for lr in (1.1, 0.1, 0.001):
    x, losses = 1.0, []
    for _ in range(21):
        losses.append(x**2)
        x = x - lr * 2 * x
    ax.plot(losses, marker=".", label=f"lr = {lr}")
ax.set_yscale("log")
ax.set_xticks(range(0, 21, 5))
ax.set_title("Perte selon le taux d'apprentissage")  # [fr]
ax.set_title("Loss for each learning rate")  # [en]
ax.set_xlabel("pas")  # [fr]
ax.set_xlabel("step")  # [en]
ax.set_ylabel("perte x²")  # [fr]
ax.set_ylabel("loss x²")  # [en]
ax.legend()
Path("figures").mkdir(exist_ok=True)
fig.savefig("figures/derivatives-learning-rate.png", dpi=100, bbox_inches="tight")
# --8<-- [end:figure]
