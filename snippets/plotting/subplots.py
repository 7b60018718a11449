# --8<-- [start:grid]
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

Path("figures").mkdir(exist_ok=True)
rng = np.random.default_rng(0)
x = np.linspace(0, 10, 100)
fig, axes = plt.subplots(2, 2, figsize=(9, 6), layout="constrained")
axes[0, 0].plot(x, np.sin(x))
axes[0, 1].scatter(x, np.sin(x) + rng.normal(0, 0.2, x.size), alpha=0.5)
axes[1, 0].hist(rng.normal(size=1_000), bins=30, edgecolor="black")
axes[1, 1].bar(["A", "B", "C", "D"], [3, 7, 5, 2])
titles = ["Courbe", "Nuage de points", "Histogramme", "Diagramme en barres"]  # [fr]
titles = ["Line plot", "Scatter plot", "Histogram", "Bar chart"]  # [en]
for ax, title in zip(axes.flat, titles, strict=True):
    ax.set_title(title)
fig.savefig("figures/plotting-subplots.png", dpi=80)
# fr: pyplot garde chaque figure ouverte : la fermer libère sa mémoire
# en: pyplot keeps every figure open: closing it frees its memory
plt.close(fig)
print(axes.shape, len(fig.axes))
#> (2, 2) 4
# --8<-- [end:grid]

# --8<-- [start:shared]
fig_shared, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5), sharey=True)
left.plot(x, np.sin(x), label="sin")
right.plot(x, np.cos(x), color="tab:orange", label="cos")
for ax in (left, right):
    ax.set_xlabel("Temps (s)")  # [fr]
    ax.set_xlabel("Time (s)")  # [en]
    ax.legend()
left.set_ylabel("Amplitude")
fig_shared.suptitle("Axes des ordonnées partagés")  # [fr]
fig_shared.suptitle("Shared y axes")  # [en]
fig_shared.savefig("figures/plotting-shared-axes.png", dpi=80, bbox_inches="tight")
# --8<-- [end:shared]

# --8<-- [start:shared-check]
print(left.get_shared_y_axes().joined(left, right), right.get_ylim() == left.get_ylim())
#> True True
# --8<-- [end:shared-check]
