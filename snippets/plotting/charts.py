# --8<-- [start:loss-curves]
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

Path("figures").mkdir(exist_ok=True)
history = {"train": [0.9, 0.6, 0.45, 0.36, 0.3, 0.26], "val": [0.95, 0.7, 0.58, 0.55, 0.56, 0.6]}
epochs = range(1, len(history["train"]) + 1)
names = {"train": "Entraînement", "val": "Validation", "best": "meilleure époque"}  # [fr]
names = {"train": "Training", "val": "Validation", "best": "best epoch"}  # [en]
fig, ax_loss = plt.subplots(figsize=(6, 3.5))
# fr: un appel à plot par courbe, sur les mêmes axes ; label alimente la légende
# en: one plot call per curve, on the same axes; label feeds the legend
ax_loss.plot(epochs, history["train"], "o-", label=names["train"])
ax_loss.plot(epochs, history["val"], "s--", label=names["val"])
best = int(np.argmin(history["val"])) + 1
ax_loss.annotate(
    names["best"],
    xy=(best, history["val"][best - 1]),
    xytext=(best - 1.5, 0.8),
    arrowprops={"arrowstyle": "->"},
)
ax_loss.set(xlabel="Époque", ylabel="Perte")  # [fr]
ax_loss.set(xlabel="Epoch", ylabel="Loss")  # [en]
ax_loss.legend()
fig.savefig("figures/plotting-loss-curves.png", dpi=80, bbox_inches="tight")
print(len(ax_loss.lines), best)
#> 2 4
# --8<-- [end:loss-curves]

# --8<-- [start:categories]
import plotly.express as px

iris = px.data.iris()
fig, ax_cat = plt.subplots(figsize=(5, 3.5))
for species, group in iris.groupby("species"):
    ax_cat.scatter(group["sepal_length"], group["petal_length"], label=species, s=12)
ax_cat.legend(title="species")
fig.savefig("figures/plotting-categories.png", dpi=80, bbox_inches="tight")
print([t.get_text() for t in ax_cat.get_legend().get_texts()])
#> ['setosa', 'versicolor', 'virginica']
# --8<-- [end:categories]

# --8<-- [start:codes]
# fr: une seule série : des codes entiers, une palette qualitative
# en: one series: integer codes and a qualitative colormap
codes = iris["species"].astype("category").cat.codes
fig, ax = plt.subplots()
points = ax.scatter(iris["sepal_length"], iris["petal_length"], c=codes, cmap="tab10", s=12)
print(points.get_cmap().name, sorted(set(codes)))
#> tab10 [0, 1, 2]
plt.close(fig)
# --8<-- [end:codes]

# --8<-- [start:box-violin]
rng = np.random.default_rng(0)
scores = [rng.normal(0.80, 0.03, 50), rng.normal(0.85, 0.02, 50), rng.normal(0.83, 0.05, 50)]
names = ["SVC", "RF", "MLP"]
fig, axes = plt.subplot_mosaic([["box", "violin"], ["hist", "hist"]], figsize=(7, 5))
axes["box"].boxplot(scores, tick_labels=names)
axes["violin"].violinplot(scores, showmedians=True)
axes["violin"].set_xticks([1, 2, 3], names)
for name, values in zip(names, scores, strict=True):
    axes["hist"].hist(values, bins=15, alpha=0.5, label=name)
axes["hist"].legend()
fig.savefig("figures/plotting-box-violin.png", dpi=80, bbox_inches="tight")
print(sorted(axes), [t.get_text() for t in axes["box"].get_xticklabels()])
#> ['box', 'hist', 'violin'] ['SVC', 'RF', 'MLP']
# --8<-- [end:box-violin]

# --8<-- [start:pandas-plot]
import pandas as pd

df = pd.DataFrame(history, index=pd.Index(epochs, name="epoch"))
# fr: une courbe par colonne, l'index en abscisse ; renvoie les axes matplotlib
# en: one line per column, the index on the x axis; returns the matplotlib axes
ax = df.plot(figsize=(5, 3), style=["o-", "s--"], title="loss")
print(len(ax.lines), ax.get_xlabel(), [t.get_text() for t in ax.get_legend().get_texts()])
#> 2 epoch ['train', 'val']
ax = iris.plot.scatter(x="sepal_length", y="petal_length", c="petal_width", colormap="viridis")
print(type(ax).__name__, len(ax.figure.axes))
#> Axes 2
# --8<-- [end:pandas-plot]
