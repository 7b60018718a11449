# --8<-- [start:correlation]
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import plotly.express as px
from sklearn.metrics import ConfusionMatrixDisplay, confusion_matrix

Path("figures").mkdir(exist_ok=True)
iris = px.data.iris()
corr = iris[["sepal_length", "sepal_width", "petal_length", "petal_width"]].corr()
fig, ax = plt.subplots(figsize=(6, 5))
image = ax.imshow(corr, cmap="coolwarm", vmin=-1, vmax=1)
ax.set_xticks(range(len(corr)), corr.columns, rotation=30, ha="right")
ax.set_yticks(range(len(corr)), corr.index)
for i, j in np.ndindex(corr.shape):
    ax.text(j, i, f"{corr.iloc[i, j]:.2f}", ha="center", va="center")
fig.colorbar(image, ax=ax)
ax.set_title("Matrice de corrélation (iris)")  # [fr]
ax.set_title("Correlation matrix (iris)")  # [en]
fig.savefig("figures/plotting-correlation.png", dpi=80, bbox_inches="tight")
print(f"{corr.loc['petal_length', 'petal_width']:.3f}")
#> 0.963
# --8<-- [end:correlation]

# --8<-- [start:confusion]
y_true = [0, 1, 2, 0, 1, 2]
y_pred = [0, 2, 1, 0, 1, 1]
print(confusion_matrix(y_true, y_pred))
#> [[2 0 0]
#>  [0 1 1]
#>  [0 2 0]]
fig_cm, ax_cm = plt.subplots(figsize=(5, 4))
ConfusionMatrixDisplay.from_predictions(y_true, y_pred, cmap="Blues", ax=ax_cm)
ax_cm.set(xlabel="Classe prédite", ylabel="Vraie classe", title="Matrice de confusion")  # [fr]
ax_cm.set(xlabel="Predicted label", ylabel="True label", title="Confusion matrix")  # [en]
fig_cm.savefig("figures/plotting-confusion-matrix.png", dpi=80, bbox_inches="tight")
# --8<-- [end:confusion]
