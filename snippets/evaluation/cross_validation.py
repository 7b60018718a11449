# --8<-- [start:kfold]
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
model = make_pipeline(StandardScaler(), LogisticRegression())
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
print([f"{y[test].mean():.3f}" for _, test in skf.split(X, y)])
scores = cross_val_score(model, X, y, cv=skf, scoring="f1")
print(np.round(scores, 3), f"{scores.mean():.4f} ± {scores.std():.4f}")
#> ['0.623', '0.623', '0.632', '0.632', '0.628']
#> [0.979 0.959 0.973 0.993 0.993] 0.9794 ± 0.0127
# --8<-- [end:kfold]

# --8<-- [start:cross-validate]
from sklearn.model_selection import cross_validate

scoring = ["accuracy", "precision", "recall", "f1", "roc_auc"]
results = cross_validate(model, X, y, cv=skf, scoring=scoring, return_train_score=True)
for name in scoring:
    test, train = results[f"test_{name}"], results[f"train_{name}"]
    print(f"{name:<10}{test.mean():.4f} (train {train.mean():.4f})")
#> accuracy  0.9737 (train 0.9881)
#> precision 0.9683 (train 0.9861)
#> recall    0.9916 (train 0.9951)
#> f1        0.9794 (train 0.9906)
#> roc_auc   0.9953 (train 0.9977)
# --8<-- [end:cross-validate]
