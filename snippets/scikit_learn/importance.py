# --8<-- [start:impurity]
import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

data = load_diabetes(as_frame=True)
X = data.data.copy()
# fr: une colonne de pur bruit, sans aucun lien avec la cible
# en: a column of pure noise, with no link at all to the target
X["noise"] = np.random.default_rng(1).normal(size=len(X))
X_train, X_test, y_train, y_test = train_test_split(X, data.target, random_state=0)
rf = RandomForestRegressor(random_state=0).fit(X_train, y_train)
impurity_order = X.columns[rf.feature_importances_.argsort()[::-1]].tolist()
noise_rank = impurity_order.index("noise") + 1
print(impurity_order[:3], f"noise {rf.feature_importances_[-1]:.3f}", "rank", noise_rank)
#> ['bmi', 's5', 'bp'] noise 0.052 rank 5
# --8<-- [end:impurity]

# --8<-- [start:permutation]
from sklearn.inspection import permutation_importance

perm = permutation_importance(rf, X_test, y_test, n_repeats=5, random_state=0)
permutation_order = X.columns[perm.importances_mean.argsort()[::-1]].tolist()
noise_mean, noise_std = perm.importances_mean[-1], perm.importances_std[-1]
print(permutation_order[:3], f"noise {noise_mean:.3f} ± {noise_std:.3f}")
#> ['bmi', 's5', 'bp'] noise -0.006 ± 0.013
# --8<-- [end:permutation]
