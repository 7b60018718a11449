# --8<-- [start:setup]
import matplotlib.pyplot as plt
import numpy as np

# --8<-- [end:setup]

# --8<-- [start:object-api]
x = np.linspace(0, 10, 50)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(x, np.sin(x), label="sin")
ax.set(xlabel="x", ylabel="sin(x)", title="Sine")
ax.legend()
# --8<-- [end:object-api]

# --8<-- [start:grid]
# fr: layout="constrained" évite que titres et graduations se chevauchent
# en: layout="constrained" keeps titles and tick labels from overlapping
fig, axes = plt.subplots(2, 3, figsize=(9, 5), sharex=True, layout="constrained")
for i, ax in enumerate(axes.flat):
    ax.plot([0, 1, 2], [0, i, 2 * i])
# --8<-- [end:grid]

# --8<-- [start:savefig]
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([1, 3, 2])
# fr: bbox_inches="tight" évite de couper étiquettes et légende
# en: bbox_inches="tight" keeps labels and legend from being cut off
fig.savefig("plot.png", dpi=150, bbox_inches="tight")
# --8<-- [end:savefig]

# --8<-- [start:hist]
data = np.random.default_rng(0).normal(size=1_000)
fig, ax = plt.subplots()
# fr: density=True ramène l'aire totale à un
# en: density=True scales the total area to one
counts, edges, bars = ax.hist(data, bins=30, edgecolor="black")
print(int(counts.sum()), len(edges), len(bars))
#> 1000 31 30
# --8<-- [end:hist]

# --8<-- [start:scatter]
x, y = np.random.default_rng(0).normal(size=(2, 200))
fig, ax = plt.subplots()
points = ax.scatter(x, y, c=x + y, cmap="viridis", s=10)
cbar = fig.colorbar(points, ax=ax, label="x + y")
# --8<-- [end:scatter]

# --8<-- [start:log-scale]
epochs = np.arange(1, 101)
fig, ax = plt.subplots()
ax.plot(epochs, 1 / epochs)
# fr: ou ax.semilogy(...), ax.loglog(...)
# en: or ax.semilogy(...), ax.loglog(...)
ax.set_yscale("log")
# --8<-- [end:log-scale]

# --8<-- [start:heatmap]
m = np.array([[0.1, 0.5, 0.2], [0.9, 0.3, 0.7]])
fig, ax = plt.subplots()
im = ax.imshow(m, cmap="viridis")
fig.colorbar(im, ax=ax)
for (i, j), v in np.ndenumerate(m):
    ax.text(j, i, f"{v:.1f}", ha="center", va="center", color="white")
# --8<-- [end:heatmap]

# --8<-- [start:correlation]
import plotly.express as px

# fr: numeric_only=True ignore la colonne de texte species
# en: numeric_only=True skips the text column species
corr = px.data.iris().corr(numeric_only=True)
fig, ax = plt.subplots()
ax.imshow(corr, cmap="coolwarm", vmin=-1, vmax=1)
ax.set_xticks(range(len(corr)), corr.columns, rotation=90)
ax.set_yticks(range(len(corr)), corr.index)
print(corr.shape, f"{corr.loc['petal_length', 'petal_width']:.3f}")
#> (5, 5) 0.963
# --8<-- [end:correlation]

# --8<-- [start:confusion]
from sklearn.metrics import ConfusionMatrixDisplay

y_true = [0, 1, 2, 2, 1, 0, 2]
y_pred = [0, 2, 2, 2, 1, 0, 1]
fig, ax = plt.subplots()
# fr: `normalize="true"` donne des proportions par ligne
# en: `normalize="true"` gives proportions per row
disp = ConfusionMatrixDisplay.from_predictions(y_true, y_pred, cmap="Blues", ax=ax)
print(disp.confusion_matrix.tolist())
#> [[2, 0, 0], [0, 1, 1], [0, 1, 2]]
# --8<-- [end:confusion]

# --8<-- [start:roc]
from sklearn.metrics import RocCurveDisplay

y_true = [0, 0, 1, 1, 0, 1]
y_score = [0.1, 0.4, 0.35, 0.8, 0.2, 0.9]
fig, ax = plt.subplots()
roc = RocCurveDisplay.from_predictions(y_true, y_score, ax=ax, plot_chance_level=True)
print(f"{roc.roc_auc:.3f}")
#> 0.889
# --8<-- [end:roc]

# --8<-- [start:plotly]
import plotly.express as px

fig = px.scatter(px.data.iris(), x="sepal_width", y="sepal_length", color="species")
# fr: "cdn" : fichier léger mais il faut Internet ; True : autonome
# en: "cdn": a light file that needs the Internet; True: standalone
fig.write_html("iris.html", include_plotlyjs="cdn")
# --8<-- [end:plotly]

# --8<-- [start:limits]
fig, ax = plt.subplots()
ax.plot([0, 1, 2], [0, 1, 4])
ax.set_xlim(0, 2)
ax.set_ylim(bottom=0)
ax.axhline(1, color="gray", linestyle="--")
ax.axvline(1, color="gray", linestyle=":")
# --8<-- [end:limits]

# --8<-- [start:legend-outside]
fig, ax = plt.subplots(layout="constrained")
ax.plot([0, 1, 2], label="train")
ax.plot([2, 1, 0], label="validation")
ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
# --8<-- [end:legend-outside]

# --8<-- [start:several-lines]
fig, ax = plt.subplots()
ax.plot([1, 2, 3], [0.9, 0.5, 0.3], "o-", label="train")
ax.plot([1, 2, 3], [1.0, 0.7, 0.6], "s--", label="validation")
ax.legend()
print(len(ax.lines))
#> 2
# --8<-- [end:several-lines]

# --8<-- [start:by-category]
x, y = np.array([1, 2, 3, 4]), np.array([2, 1, 4, 3])
labels = np.array(["cat", "dog", "cat", "bird"])
fig, ax = plt.subplots()
for name in np.unique(labels):
    ax.scatter(x[labels == name], y[labels == name], label=name)
ax.legend()
# --8<-- [end:by-category]

# --8<-- [start:style-font]
plt.rcParams["font.size"] = 12
with plt.style.context("ggplot"):
    fig, ax = plt.subplots()
    ax.set_title("MSE", fontsize=16)
print(ax.title.get_fontsize(), ax.xaxis.label.get_fontsize())
#> 16.0 12.0
# --8<-- [end:style-font]

# --8<-- [start:twinx]
fig, ax = plt.subplots()
ax.plot([1.0, 0.6, 0.4], color="tab:blue")
right = ax.twinx()
right.plot([0.1, 0.05, 0.01], color="tab:red")
print(len(fig.axes))
#> 2
# --8<-- [end:twinx]

# --8<-- [start:image-tensor]
import torch

img = torch.rand(3, 32, 32)
fig, ax = plt.subplots()
# fr: (C, H, W) -> (H, W, C), sinon TypeError: Invalid shape
# en: (C, H, W) -> (H, W, C), otherwise TypeError: Invalid shape
shown = ax.imshow(img.permute(1, 2, 0).numpy())
print(shown.get_array().shape)
#> (32, 32, 3)
# --8<-- [end:image-tensor]
