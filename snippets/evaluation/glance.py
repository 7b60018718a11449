# --8<-- [start:accuracy]
import numpy as np
from sklearn.metrics import accuracy_score

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
y_pred = np.array([0, 0, 0, 0, 1, 1, 1, 1, 0, 1])
accuracy = accuracy_score(y_true, y_pred)
print(accuracy, (y_true == y_pred).mean())
#> 0.7 0.7
# --8<-- [end:accuracy]

# --8<-- [start:prf]
import numpy as np
from sklearn.metrics import precision_recall_fscore_support

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
y_pred = np.array([0, 0, 0, 0, 1, 1, 1, 1, 0, 1])
p, r, f1, _ = precision_recall_fscore_support(y_true, y_pred, average="binary")
print(f"P={p:.3f} R={r:.3f} F1={f1:.3f}")
#> P=0.600 R=0.750 F1=0.667
# --8<-- [end:prf]

# --8<-- [start:confusion]
import numpy as np
from sklearn.metrics import confusion_matrix

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
y_pred = np.array([0, 0, 0, 0, 1, 1, 1, 1, 0, 1])
# fr: lignes = vraies classes, colonnes = prédictions
# en: rows = true classes, columns = predictions
cm = confusion_matrix(y_true, y_pred)
print(cm.tolist(), confusion_matrix(y_true, y_pred, normalize="true").round(2).tolist())
#> [[4, 2], [1, 3]] [[0.67, 0.33], [0.25, 0.75]]
# --8<-- [end:confusion]

# --8<-- [start:roc-auc]
import numpy as np
from sklearn.metrics import roc_auc_score

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
# fr: des scores (probabilités), pas des prédictions binaires
# en: scores (probabilities), not hard predictions
y_score = np.array([0.1, 0.2, 0.15, 0.3, 0.6, 0.55, 0.8, 0.7, 0.25, 0.9])
roc_auc = roc_auc_score(y_true, y_score)
print(f"{roc_auc:.3f}")
#> 0.875
# --8<-- [end:roc-auc]

# --8<-- [start:average-precision]
import numpy as np
from sklearn.metrics import average_precision_score

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
y_score = np.array([0.1, 0.2, 0.15, 0.3, 0.6, 0.55, 0.8, 0.7, 0.25, 0.9])
ap = average_precision_score(y_true, y_score)
# fr: référence (scores au hasard) = proportion de positifs
# en: baseline (random scores) = share of positives
print(f"{ap:.3f} {y_true.mean():.1f}")
#> 0.893 0.4
# --8<-- [end:average-precision]

# --8<-- [start:threshold]
import numpy as np
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
import numpy as np
from sklearn.metrics import log_loss

y_true = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
y_score = np.array([0.1, 0.2, 0.15, 0.3, 0.6, 0.55, 0.8, 0.7, 0.25, 0.9])
# fr: référence : prédire partout la proportion de positifs
# en: reference: predict the share of positives everywhere
loss, prior_loss = log_loss(y_true, y_score), log_loss(y_true, np.full(10, y_true.mean()))
print(f"{loss:.3f} {prior_loss:.3f}")
#> 0.463 0.673
# --8<-- [end:log-loss]

# --8<-- [start:imbalance]
import numpy as np
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
import numpy as np
from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error

y_true_reg = np.array([3.0, 5.0, 2.5, 7.0])
y_hat = np.array([2.5, 5.0, 3.0, 8.0])
mae, rmse = mean_absolute_error(y_true_reg, y_hat), root_mean_squared_error(y_true_reg, y_hat)
r2 = r2_score(y_true_reg, y_hat)
print(f"MAE={mae:.3f} RMSE={rmse:.3f} R2={r2:.3f}")
#> MAE=0.500 RMSE=0.612 R2=0.882
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
