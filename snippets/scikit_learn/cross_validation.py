# --8<-- [start:kfold]
import numpy as np
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score

# fr: iris est trié par classe : un découpage sans mélange met une classe entière en test
# en: iris is sorted by class: a split without shuffling puts a whole class in the test fold
X, y = load_iris(return_X_y=True)
model = LogisticRegression(max_iter=1000)
splitters = {
    "KFold": KFold(n_splits=3),
    "StratifiedKFold": StratifiedKFold(n_splits=3, shuffle=True, random_state=0),
}
cv_scores = {}
for name, cv in splitters.items():
    first_test = next(iter(cv.split(X, y)))[1]
    cv_scores[name] = cross_val_score(model, X, y, cv=cv)
    print(f"{name:<15}", np.bincount(y[first_test], minlength=3), cv_scores[name].round(3))
#> KFold           [50  0  0] [0. 0. 0.]
#> StratifiedKFold [17 17 16] [0.96 0.98 0.94]
# --8<-- [end:kfold]

# --8<-- [start:cross-validate]
from sklearn.datasets import load_wine
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_wine(return_X_y=True)
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["accuracy", "f1_macro", "neg_log_loss"]
results = cross_validate(model, X, y, cv=cv, scoring=scoring, return_train_score=True)
for metric in scoring:
    test, train = results[f"test_{metric}"], results[f"train_{metric}"]
    print(f"{metric:<13} test {test.mean():.3f}  train {train.mean():.3f}")
#> accuracy      test 0.983  train 1.000
#> f1_macro      test 0.983  train 1.000
#> neg_log_loss  test -0.063  train -0.034
# --8<-- [end:cross-validate]
