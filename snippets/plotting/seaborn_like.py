# --8<-- [start:matplotlib-side]
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from sklearn.datasets import load_iris

Path("figures").mkdir(exist_ok=True)
flowers = load_iris(as_frame=True).frame
flowers["species"] = flowers["target"].map(dict(enumerate(load_iris().target_names)))
groups = flowers.groupby("species")["petal length (cm)"]
fig_sns, (ax_hist, ax_box, ax_corr) = plt.subplots(1, 3, figsize=(12, 3.5), layout="constrained")
# fr: histplot(hue=...) : un histogramme par groupe, superposés
# en: histplot(hue=...): one histogram per group, overlaid
for name, values in groups:
    ax_hist.hist(values, bins=15, alpha=0.6, label=name)
ax_hist.legend()
# fr: boxplot(x=groupe, y=valeur) : une boîte par groupe
# en: boxplot(x=group, y=value): one box per group
ax_box.boxplot([values for _, values in groups], tick_labels=list(groups.groups))
# fr: heatmap(corr, annot=True) : imshow, colorbar, une étiquette par case
# en: heatmap(corr, annot=True): imshow, colorbar, one label per cell
corr = flowers.iloc[:, :4].corr()
image = ax_corr.imshow(corr, cmap="coolwarm", vmin=-1, vmax=1)
fig_sns.colorbar(image, ax=ax_corr)
ticks = [name.split(" (")[0] for name in corr.columns]
ax_corr.set_xticks(range(4), ticks, rotation=45, ha="right")
ax_corr.set_yticks(range(4), ticks)
for i in range(4):
    for j in range(4):
        ax_corr.text(j, i, f"{corr.iloc[i, j]:.2f}", ha="center", va="center")
fig_sns.savefig("figures/plotting-seaborn-like.png", dpi=80)
print(len(ax_hist.patches), len(ax_box.get_xticklabels()), len(ax_corr.texts))
#> 45 3 16
# --8<-- [end:matplotlib-side]

# --8<-- [start:pairplot]
# fr: pairplot : scatter_matrix, nuages par paires et histogrammes sur la diagonale
# en: pairplot: scatter_matrix, pairwise scatter plots and histograms on the diagonal
codes = flowers["target"]
grid = pd.plotting.scatter_matrix(flowers.iloc[:, :4], c=codes, figsize=(7, 7), diagonal="hist")
print(grid.shape)
#> (4, 4)
# --8<-- [end:pairplot]
