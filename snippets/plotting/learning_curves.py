# --8<-- [start:compute]
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import learning_curve
from sklearn.svm import SVC

X, y = load_digits(return_X_y=True)
sizes, train_scores, val_scores = learning_curve(
    SVC(gamma=0.001), X, y, train_sizes=np.linspace(0.1, 1.0, 5), cv=5
)
print(sizes, train_scores.shape)
#> [ 143  467  790 1113 1437] (5, 5)
print(f"{val_scores[0].mean():.3f} -> {val_scores[-1].mean():.3f}")
#> 0.818 -> 0.972
# --8<-- [end:compute]

# --8<-- [start:plot]
Path("figures").mkdir(exist_ok=True)
fig, ax = plt.subplots(figsize=(6, 4))
names = {"train": "Entraînement", "val": "Validation croisée"}  # [fr]
names = {"train": "Training", "val": "Cross-validation"}  # [en]
for key, scores in (("train", train_scores), ("val", val_scores)):
    mean, std = scores.mean(axis=1), scores.std(axis=1)
    ax.plot(sizes, mean, "o-", label=names[key])
    ax.fill_between(sizes, mean - std, mean + std, alpha=0.2)
ax.set(xlabel="Exemples d'entraînement", ylabel="Exactitude")  # [fr]
ax.set(xlabel="Training examples", ylabel="Accuracy")  # [en]
ax.set_title("Courbes d'apprentissage (SVC, chiffres)")  # [fr]
ax.set_title("Learning curves (SVC, digits)")  # [en]
ax.legend(loc="lower right")
fig.savefig("figures/plotting-learning-curves.png", dpi=80, bbox_inches="tight")
# --8<-- [end:plot]
