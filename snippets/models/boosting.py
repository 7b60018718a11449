# --8<-- [start:lightgbm]
import lightgbm as lgb
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

X, y = make_classification(n_samples=2000, n_features=20, n_informative=8, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
# fr: une part de l'entraînement sert de validation pour l'arrêt précoce
# en: part of the training set is the validation set for early stopping
X_tr, X_val, y_tr, y_val = train_test_split(
    X_train, y_train, test_size=0.2, stratify=y_train, random_state=0
)
lgbm = lgb.LGBMClassifier(
    n_estimators=1000, learning_rate=0.05, random_state=0, deterministic=True, verbose=-1
)
lgbm.fit(
    X_tr,
    y_tr,
    eval_X=X_val,
    eval_y=y_val,
    callbacks=[lgb.early_stopping(20, verbose=False)],
)
print(lgbm.best_iteration_, round(lgbm.score(X_test, y_test), 3))
#> 104 0.93
# --8<-- [end:lightgbm]

# --8<-- [start:hist]
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

hist = HistGradientBoostingClassifier(
    max_iter=1000,
    learning_rate=0.05,
    early_stopping=True,
    validation_fraction=0.2,
    n_iter_no_change=20,
    random_state=0,
)
hist.fit(X_train, y_train)
# fr: validation_score_ commence par le score avant le premier arbre
# en: validation_score_ starts with the score before the first tree
print(hist.n_iter_, np.argmax(hist.validation_score_), round(hist.score(X_test, y_test), 3))
#> 153 133 0.928
# --8<-- [end:hist]
