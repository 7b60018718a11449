# --8<-- [start:object-api]
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(0, 10, 50)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(x, np.sin(x), label="sin")
ax.set(xlabel="x", ylabel="sin(x)", title="Sine")
ax.legend()
print(len(ax.lines), fig.get_size_inches())
#> 1 [6. 4.]
# --8<-- [end:object-api]

# --8<-- [start:grid]
import matplotlib.pyplot as plt

# fr: layout="constrained" évite que titres et graduations se chevauchent
# en: layout="constrained" keeps titles and tick labels from overlapping
fig, axes = plt.subplots(2, 3, figsize=(9, 5), sharex=True, layout="constrained")
for i, ax in enumerate(axes.flat):
    ax.plot([0, 1, 2], [0, i, 2 * i])
print(axes.shape, axes[0, 0].get_shared_x_axes().joined(axes[0, 0], axes[1, 2]))
#> (2, 3) True
# --8<-- [end:grid]

# --8<-- [start:savefig]
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([1, 3, 2])
out = Path(tempfile.mkdtemp()) / "plot.png"
fig.savefig(out, dpi=150, bbox_inches="tight")
print(out.name, out.is_file())
#> plot.png True
# --8<-- [end:savefig]

# --8<-- [start:hist]
import matplotlib.pyplot as plt
import numpy as np

data = np.random.default_rng(0).normal(size=1_000)
fig, ax = plt.subplots()
# fr: density=True ramène l'aire totale à un
# en: density=True scales the total area to one
counts, edges, bars = ax.hist(data, bins=30, edgecolor="black")
print(int(counts.sum()), len(edges), len(bars))
#> 1000 31 30
# --8<-- [end:hist]

# --8<-- [start:scatter]
import matplotlib.pyplot as plt
import numpy as np

x, y = np.random.default_rng(0).normal(size=(2, 200))
fig, ax = plt.subplots()
points = ax.scatter(x, y, c=x + y, cmap="viridis", s=10)
cbar = fig.colorbar(points, ax=ax, label="x + y")
print(points.get_cmap().name, len(fig.axes), cbar.ax.get_ylabel())
#> viridis 2 x + y
# --8<-- [end:scatter]

# --8<-- [start:log-scale]
import matplotlib.pyplot as plt
import numpy as np

epochs = np.arange(1, 101)
fig, ax = plt.subplots()
ax.plot(epochs, 1 / epochs)
# fr: ou ax.semilogy(...), ax.loglog(...)
# en: or ax.semilogy(...), ax.loglog(...)
ax.set_yscale("log")
print(ax.get_xscale(), ax.get_yscale())
#> linear log
# --8<-- [end:log-scale]

# --8<-- [start:heatmap]
import matplotlib.pyplot as plt
import numpy as np

m = np.array([[0.1, 0.5, 0.2], [0.9, 0.3, 0.7]])
fig, ax = plt.subplots()
im = ax.imshow(m, cmap="viridis")
fig.colorbar(im, ax=ax)
for (i, j), v in np.ndenumerate(m):
    ax.text(j, i, f"{v:.1f}", ha="center", va="center", color="white")
print(len(ax.texts), im.get_clim())
#> 6 (0.1, 0.9)
# --8<-- [end:heatmap]

# --8<-- [start:correlation]
import matplotlib.pyplot as plt
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
import matplotlib.pyplot as plt
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
import matplotlib.pyplot as plt
from sklearn.metrics import RocCurveDisplay

y_true = [0, 0, 1, 1, 0, 1]
y_score = [0.1, 0.4, 0.35, 0.8, 0.2, 0.9]
fig, ax = plt.subplots()
roc = RocCurveDisplay.from_predictions(y_true, y_score, ax=ax, plot_chance_level=True)
print(f"{roc.roc_auc:.3f}")
#> 0.889
# --8<-- [end:roc]

# --8<-- [start:plotly]
import tempfile
from pathlib import Path

import plotly.express as px

fig = px.scatter(px.data.iris(), x="sepal_width", y="sepal_length", color="species")
out = Path(tempfile.mkdtemp()) / "iris.html"
# fr: "cdn" : fichier léger mais il faut Internet ; True : autonome
# en: "cdn": a light file that needs the Internet; True: standalone
fig.write_html(out, include_plotlyjs="cdn")
print(len(fig.data), "cdn.plot.ly" in out.read_text(encoding="utf-8"))
#> 3 True
# --8<-- [end:plotly]
