# --8<-- [start:scores]
from pathlib import Path

import matplotlib.pyplot as plt
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import auc, roc_curve
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

data = load_breast_cancer(as_frame=True)
X, y = data.data[["mean texture", "mean smoothness"]], data.target
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
y_scores = model.predict_proba(X_test)[:, 1]
fpr, tpr, thresholds = roc_curve(y_test, y_scores)
roc_auc = auc(fpr, tpr)
print(f"{roc_auc:.4f}")
#> 0.8452
# --8<-- [end:scores]

# --8<-- [start:scores-check]
from sklearn.metrics import roc_auc_score

print(f"{roc_auc_score(y_test, y_scores):.4f}")
#> 0.8452
# --8<-- [end:scores-check]

# --8<-- [start:plot]
Path("figures").mkdir(exist_ok=True)
fig, ax = plt.subplots(figsize=(5.5, 5))
chance = "Hasard"  # [fr]
chance = "Chance"  # [en]
ax.plot(fpr, tpr, lw=2, color="darkorange", label=f"ROC (AUC = {roc_auc:.3f})")
ax.plot([0, 1], [0, 1], linestyle="--", color="gray", label=chance)
ax.set(xlim=(0, 1), ylim=(0, 1.05), aspect="equal")
ax.set(xlabel="Taux de faux positifs", ylabel="Taux de vrais positifs")  # [fr]
ax.set(xlabel="False positive rate", ylabel="True positive rate")  # [en]
ax.set_title("Courbe ROC")  # [fr]
ax.set_title("ROC curve")  # [en]
ax.legend(loc="lower right")
fig.savefig("figures/plotting-roc.png", dpi=80, bbox_inches="tight")
# --8<-- [end:plot]
