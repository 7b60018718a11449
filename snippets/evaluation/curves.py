# --8<-- [start:scores]
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X, y = make_classification(n_samples=1000, n_features=10, class_sep=0.8, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
clf = LogisticRegression().fit(X_train, y_train)
scores = clf.predict_proba(X_test)[:, 1]
print(scores.shape, f"{y_test.mean():.2f}")
#> (300,) 0.50
# --8<-- [end:scores]

# --8<-- [start:roc]
from sklearn.metrics import roc_auc_score, roc_curve

fpr, tpr, thresholds = roc_curve(y_test, scores)
print(f"{roc_auc_score(y_test, scores):.4f}")
#> 0.9486
# --8<-- [end:roc]

# --8<-- [start:roc-check]
from sklearn.metrics import auc

print(f"{auc(fpr, tpr):.4f}")
print(f"{fpr[0]:.1f} {tpr[0]:.1f} {fpr[-1]:.1f} {tpr[-1]:.1f}")
#> 0.9486
#> 0.0 0.0 1.0 1.0
# --8<-- [end:roc-check]

# --8<-- [start:pr]
from sklearn.metrics import average_precision_score, precision_recall_curve

precision, recall, pr_thresholds = precision_recall_curve(y_test, scores)
print(f"{average_precision_score(y_test, scores):.4f}")
#> 0.9503
# --8<-- [end:pr]

# --8<-- [start:pr-check]
print(len(precision) == len(pr_thresholds) + 1, precision[-1], recall[-1])
#> True 1.0 0.0
# --8<-- [end:pr-check]

# --8<-- [start:multiclass]
from sklearn.datasets import load_wine
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_wine, y_wine = load_wine(return_X_y=True)
Xw_train, Xw_test, yw_train, yw_test = train_test_split(
    X_wine[:, :2], y_wine, test_size=0.3, stratify=y_wine, random_state=0
)
wine = make_pipeline(StandardScaler(), LogisticRegression()).fit(Xw_train, yw_train)
proba = wine.predict_proba(Xw_test)
print(proba.shape, f"{roc_auc_score(yw_test, proba, multi_class='ovr'):.4f}")
#> (54, 3) 0.9571
# --8<-- [end:multiclass]

# --8<-- [start:multiclass-check]
import numpy as np

per_class = [roc_auc_score(yw_test == k, proba[:, k]) for k in range(3)]
print(" ".join(f"{a:.4f}" for a in per_class), f"{np.mean(per_class):.4f}")
#> 0.9506 0.9942 0.9265 0.9571
# --8<-- [end:multiclass-check]

# --8<-- [start:displays]
from pathlib import Path

import matplotlib.pyplot as plt
from sklearn.calibration import CalibrationDisplay
from sklearn.metrics import ConfusionMatrixDisplay, PrecisionRecallDisplay, RocCurveDisplay

y_pred = (scores >= 0.5).astype(int)
fig, axes = plt.subplots(2, 2, figsize=(9, 8))
roc = RocCurveDisplay.from_predictions(y_test, scores, ax=axes[0, 0], plot_chance_level=True)
pr = PrecisionRecallDisplay.from_predictions(y_test, scores, ax=axes[0, 1], plot_chance_level=True)
calibration = CalibrationDisplay.from_predictions(y_test, scores, n_bins=10, ax=axes[1, 0])
labels = ["négatif", "positif"]  # [fr]
labels = ["negative", "positive"]  # [en]
matrix = ConfusionMatrixDisplay.from_predictions(
    y_test, y_pred, display_labels=labels, ax=axes[1, 1], colorbar=False
)
Path("figures").mkdir(exist_ok=True)
fig.savefig("figures/evaluation-displays.png", dpi=80, bbox_inches="tight")
print(f"{roc.roc_auc:.4f} {pr.average_precision:.4f}", matrix.confusion_matrix.tolist())
#> 0.9486 0.9503 [[144, 6], [15, 135]]
# --8<-- [end:displays]

# --8<-- [start:bootstrap]
import numpy as np
from sklearn.metrics import roc_auc_score

rng = np.random.default_rng(0)
n = len(y_test)
resampled = []
for _ in range(1000):
    rows = rng.integers(0, n, n)
    resampled.append(roc_auc_score(y_test[rows], scores[rows]))
low, high = np.percentile(resampled, [2.5, 97.5])
print(f"{roc_auc_score(y_test, scores):.3f} [{low:.3f}, {high:.3f}]")
#> 0.949 [0.920, 0.974]
# --8<-- [end:bootstrap]
