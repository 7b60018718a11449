# --8<-- [start:setup]
import numpy as np

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
y_pred = np.array([0, 0, 0, 0, 1, 1, 1, 1, 0, 1])
# fr: des scores (probabilités), pas des prédictions binaires
# en: scores (probabilities), not hard predictions
y_score = np.array([0.1, 0.2, 0.15, 0.3, 0.6, 0.55, 0.8, 0.7, 0.25, 0.9])
# --8<-- [end:setup]

# --8<-- [start:accuracy]
from sklearn.metrics import accuracy_score

accuracy = accuracy_score(y_true, y_pred)
print(accuracy, (y_true == y_pred).mean())
#> 0.7 0.7
# --8<-- [end:accuracy]

# --8<-- [start:prf]
from sklearn.metrics import f1_score, precision_score, recall_score

p, r = precision_score(y_true, y_pred), recall_score(y_true, y_pred)
f1 = f1_score(y_true, y_pred)
print(p, r, round(f1, 3))
#> 0.6 0.75 0.667
# --8<-- [end:prf]

# --8<-- [start:report]
from sklearn.metrics import classification_report

print(classification_report(y_true, y_pred, digits=3))
#>               precision    recall  f1-score   support
#>
#>            0      0.800     0.667     0.727         6
#>            1      0.600     0.750     0.667         4
#>
#>     accuracy                          0.700        10
#>    macro avg      0.700     0.708     0.697        10
#> weighted avg      0.720     0.700     0.703        10
# --8<-- [end:report]

# --8<-- [start:confusion]
from sklearn.metrics import confusion_matrix

# fr: lignes = vraies classes, colonnes = prédictions
# en: rows = true classes, columns = predictions
cm = confusion_matrix(y_true, y_pred)
print(cm.tolist())
#> [[4, 2], [1, 3]]
print(confusion_matrix(y_true, y_pred, normalize="true").round(2).tolist())
#> [[0.67, 0.33], [0.25, 0.75]]
# --8<-- [end:confusion]

# --8<-- [start:roc-auc]
from sklearn.metrics import roc_auc_score

roc_auc = roc_auc_score(y_true, y_score)
print(f"{roc_auc:.3f}")
#> 0.875
# --8<-- [end:roc-auc]

# --8<-- [start:average-precision]
from sklearn.metrics import average_precision_score

ap = average_precision_score(y_true, y_score)
# fr: référence (scores au hasard) = proportion de positifs
# en: baseline (random scores) = share of positives
print(f"{ap:.3f} {y_true.mean():.1f}")
#> 0.893 0.4
# --8<-- [end:average-precision]

# --8<-- [start:threshold]
from sklearn.linear_model import LogisticRegression

X, y = np.arange(10).reshape(-1, 1), np.array([0, 0, 0, 1, 0, 0, 1, 1, 0, 1])
proba = LogisticRegression().fit(X, y).predict_proba(X)[:, 1]
# fr: un seuil plus bas détecte plus de positifs (meilleur rappel)
# en: a lower threshold catches more positives (higher recall)
for t in (0.5, 0.3):
    print(t, (proba >= t).astype(int))
#> 0.5 [0 0 0 0 0 0 1 1 1 1]
#> 0.3 [0 0 0 0 1 1 1 1 1 1]
# --8<-- [end:threshold]

# --8<-- [start:log-loss]
from sklearn.metrics import log_loss

# fr: référence : prédire partout la proportion de positifs
# en: reference: predict the share of positives everywhere
loss, prior_loss = log_loss(y_true, y_score), log_loss(y_true, np.full(10, y_true.mean()))
print(f"{loss:.3f} {prior_loss:.3f}")
#> 0.463 0.673
# --8<-- [end:log-loss]

# --8<-- [start:imbalance]
from sklearn.metrics import accuracy_score, balanced_accuracy_score
from sklearn.utils.class_weight import compute_class_weight

y_rare, always_zero = np.array([0] * 8 + [1] * 2), np.zeros(10, dtype=int)
print(accuracy_score(y_rare, always_zero), balanced_accuracy_score(y_rare, always_zero))
#> 0.8 0.5
# fr: les poids qu'applique class_weight="balanced"
# en: the weights applied by class_weight="balanced"
print(compute_class_weight("balanced", classes=np.array([0, 1]), y=y_rare))
#> [0.625 2.5  ]
# --8<-- [end:imbalance]

# --8<-- [start:regression]
from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error

y_true_reg = np.array([3.0, 5.0, 2.5, 7.0])
y_hat = np.array([2.5, 5.0, 3.0, 8.0])
mae, rmse = mean_absolute_error(y_true_reg, y_hat), root_mean_squared_error(y_true_reg, y_hat)
r2 = r2_score(y_true_reg, y_hat)
print(mae, round(rmse, 3), round(r2, 3))
#> 0.5 0.612 0.882
# --8<-- [end:regression]

# --8<-- [start:cross-val]
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

X, y = load_iris(return_X_y=True)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
cv_scores = cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=cv)
print(cv_scores.round(3), f"{cv_scores.mean():.3f}")
#> [0.967 0.967 0.967 0.967 0.933] 0.960
# --8<-- [end:cross-val]
