# --8<-- [start:data]
import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

X, y = make_classification(
    n_samples=4000,
    n_features=10,
    n_informative=2,
    weights=[0.95, 0.05],
    flip_y=0.0,
    class_sep=1.0,
    random_state=0,
)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, stratify=y, random_state=0)
print(np.bincount(y_test), f"{y_test.mean():.3f}")
#> [1900  100] 0.050
# --8<-- [end:data]

# --8<-- [start:dummy]
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, recall_score


def summary(y_pred):
    acc, bal = accuracy_score(y_test, y_pred), balanced_accuracy_score(y_test, y_pred)
    rec, f1 = recall_score(y_test, y_pred), f1_score(y_test, y_pred, zero_division=0)
    return f"acc={acc:.3f} bal_acc={bal:.3f} recall={rec:.3f} f1={f1:.3f}"


dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print(summary(dummy.predict(X_test)))
#> acc=0.950 bal_acc=0.500 recall=0.000 f1=0.000
# --8<-- [end:dummy]

# --8<-- [start:models]
from sklearn.linear_model import LogisticRegression

plain = LogisticRegression().fit(X_train, y_train)
balanced = LogisticRegression(class_weight="balanced").fit(X_train, y_train)
print(summary(plain.predict(X_test)))
print(summary(balanced.predict(X_test)))
#> acc=0.955 bal_acc=0.607 recall=0.220 f1=0.326
#> acc=0.884 bal_acc=0.863 recall=0.840 f1=0.421
# --8<-- [end:models]

# --8<-- [start:auc-vs-ap]
from sklearn.metrics import average_precision_score, roc_auc_score

scores = plain.predict_proba(X_test)[:, 1]
prior = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
for name, s in (("logistic", scores), ("prior", prior)):
    roc, ap = roc_auc_score(y_test, s), average_precision_score(y_test, s)
    print(f"{name:<9}ROC AUC={roc:.3f} AP={ap:.3f}")
#> logistic ROC AUC=0.939 AP=0.519
#> prior    ROC AUC=0.500 AP=0.050
# --8<-- [end:auc-vs-ap]

# --8<-- [start:operating-point]
from sklearn.metrics import confusion_matrix, precision_recall_curve, roc_curve

fpr, tpr, thresholds = roc_curve(y_test, scores)
threshold = thresholds[np.argmax(tpr >= 0.8)]
tn, fp, fn, tp = confusion_matrix(y_test, scores >= threshold).ravel().tolist()
print(f"recall={tp / (tp + fn):.2f} fpr={fp / (fp + tn):.3f} tp={tp} fp={fp}")
print(f"precision={tp / (tp + fp):.3f}")
# fr: la meilleure précision parmi les seuils qui trouvent au moins la moitié des positifs
# en: the best precision among the thresholds that find at least half of the positives
precision, recall, _ = precision_recall_curve(y_test, scores)
print(f"best precision at recall >= 0.5: {precision[recall >= 0.5].max():.3f}")
#> recall=0.80 fpr=0.075 tp=80 fp=143
#> precision=0.359
#> best precision at recall >= 0.5: 0.491
# --8<-- [end:operating-point]

# --8<-- [start:prevalence]
# fr: les mêmes scores, chaque négatif compté dix fois
# en: the same scores, every negative counted ten times
negatives = y_test == 0
y_rarer = np.concatenate([y_test, np.repeat(y_test[negatives], 9)])
scores_rarer = np.concatenate([scores, np.repeat(scores[negatives], 9)])
for y_true, s in ((y_test, scores), (y_rarer, scores_rarer)):
    roc, ap = roc_auc_score(y_true, s), average_precision_score(y_true, s)
    print(f"positives={y_true.mean():.3f} ROC AUC={roc:.3f} AP={ap:.3f}")
#> positives=0.050 ROC AUC=0.939 AP=0.519
#> positives=0.005 ROC AUC=0.939 AP=0.134
# --8<-- [end:prevalence]

# --8<-- [start:figure]
from pathlib import Path

import matplotlib.pyplot as plt
from sklearn.metrics import precision_recall_curve

fig, (ax_roc, ax_pr) = plt.subplots(1, 2, figsize=(10, 4))
precision, recall, _ = precision_recall_curve(y_test, scores)
ax_roc.plot(fpr, tpr, label="LogisticRegression")
ax_roc.plot([0, 1], [0, 1], "--", label="DummyClassifier")
ax_pr.plot(recall, precision, label="LogisticRegression")
ax_pr.axhline(y_test.mean(), linestyle="--", color="C1", label="DummyClassifier")
ylabel = "Taux de vrais positifs (rappel)"  # [fr]
ylabel = "True positive rate (recall)"  # [en]
ax_roc.set(title="Courbe ROC", xlabel="Taux de faux positifs", ylabel=ylabel)  # [fr]
ax_roc.set(title="ROC curve", xlabel="False positive rate", ylabel=ylabel)  # [en]
ax_pr.set(title="Courbe précision-rappel", xlabel="Rappel", ylabel="Précision")  # [fr]
ax_pr.set(title="Precision-recall curve", xlabel="Recall", ylabel="Precision")  # [en]
for ax in (ax_roc, ax_pr):
    ax.legend()
Path("figures").mkdir(exist_ok=True)
fig.savefig("figures/evaluation-imbalanced-curves.png", dpi=100, bbox_inches="tight")
# --8<-- [end:figure]
