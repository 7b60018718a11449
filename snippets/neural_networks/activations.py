# --8<-- [start:values]
import torch
from torch import nn

activations = {
    "sigmoid": nn.Sigmoid(),
    "tanh": nn.Tanh(),
    "relu": nn.ReLU(),
    "leaky_relu": nn.LeakyReLU(negative_slope=0.01),
    "elu": nn.ELU(alpha=1.0),
    "gelu": nn.GELU(),
    "silu": nn.SiLU(),
}
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
for name, f in activations.items():
    print(f"{name:<10}", " ".join(f"{v:7.4f}" for v in f(x).tolist()))
#> sigmoid     0.0474  0.2689  0.5000  0.7311  0.9526
#> tanh       -0.9951 -0.7616  0.0000  0.7616  0.9951
#> relu        0.0000  0.0000  0.0000  1.0000  3.0000
#> leaky_relu -0.0300 -0.0100  0.0000  1.0000  3.0000
#> elu        -0.9502 -0.6321  0.0000  1.0000  3.0000
#> gelu       -0.0041 -0.1587  0.0000  0.8413  2.9959
#> silu       -0.1423 -0.2689  0.0000  0.7311  2.8577
# --8<-- [end:values]

# --8<-- [start:minimum]
grid = torch.linspace(-5, 5, 100_001)
for name in ("gelu", "silu"):
    values = activations[name](grid)
    print(f"{name} min {values.min().item():.4f} at x = {grid[values.argmin()].item():.2f}")
#> gelu min -0.1700 at x = -0.75
#> silu min -0.2785 at x = -1.28
# --8<-- [end:minimum]

# --8<-- [start:softmax]
logits = torch.tensor([2.0, 1.0, 0.1])
probs = nn.Softmax(dim=-1)(logits)
print(" ".join(f"{p:.4f}" for p in probs.tolist()), f"{probs.sum().item():.4f}")
#> 0.6590 0.2424 0.0986 1.0000
# --8<-- [end:softmax]

# --8<-- [start:softmax-check]
print(torch.allclose(probs, torch.softmax(logits + 100.0, dim=-1)))
#> True
# --8<-- [end:softmax-check]

# --8<-- [start:figure]
from pathlib import Path

import matplotlib.pyplot as plt

grid = torch.linspace(-4, 4, 401)
fig, ax = plt.subplots(figsize=(7, 4.5))
for name, f in activations.items():
    style = "--" if name == "leaky_relu" else "-"
    ax.plot(grid.numpy(), f(grid).numpy(), style, label=name)
ax.set_title("Fonctions d'activation")  # [fr]
ax.set_title("Activation functions")  # [en]
ax.set_xlabel("entrée x")  # [fr]
ax.set_xlabel("input x")  # [en]
ax.set_ylabel("sortie f(x)")  # [fr]
ax.set_ylabel("output f(x)")  # [en]
ax.set_ylim(-1.5, 3)
ax.grid(alpha=0.3)
ax.legend()
Path("figures").mkdir(exist_ok=True)
fig.savefig("figures/neural-networks-activations.png", dpi=100, bbox_inches="tight")
# --8<-- [end:figure]
