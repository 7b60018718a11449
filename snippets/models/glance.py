# --8<-- [start:fit]
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

X, y = load_iris(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X_train, y_train)
print(tree.predict(X_test[:3]).tolist(), f"{tree.score(X_test, y_test):.2f}")
#> [2, 1, 0] 0.89
# --8<-- [end:fit]

# --8<-- [start:boosting]
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import HistGradientBoostingClassifier

X, y = load_breast_cancer(return_X_y=True)
X_gaps = np.where(np.random.default_rng(0).random(X.shape) < 0.1, np.nan, X)
boost = HistGradientBoostingClassifier(random_state=0).fit(X_gaps[::2], y[::2])
print(f"{boost.score(X_gaps[1::2], y[1::2]):.3f}")
#> 0.937
# --8<-- [end:boosting]

# --8<-- [start:logistic]
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logistic = make_pipeline(StandardScaler(), LogisticRegression()).fit(X[::2], y[::2])
print(logistic.predict_proba(X[[13, 40]]).round(2))
#> [[0.6  0.4 ]
#>  [0.25 0.75]]
# --8<-- [end:logistic]

# --8<-- [start:tree-rules]
from sklearn.datasets import load_iris
from sklearn.tree import DecisionTreeClassifier, export_text

iris = load_iris()
rules = DecisionTreeClassifier(max_depth=2, random_state=0).fit(iris.data, iris.target)
print(export_text(rules, feature_names=["sl", "sw", "pl", "pw"]).strip())
#> |--- pw <= 0.80
#> |   |--- class: 0
#> |--- pw >  0.80
#> |   |--- pw <= 1.75
#> |   |   |--- class: 1
#> |   |--- pw >  1.75
#> |   |   |--- class: 2
# --8<-- [end:tree-rules]

# --8<-- [start:forest]
from sklearn.ensemble import RandomForestClassifier

forest = RandomForestClassifier(oob_score=True, random_state=0).fit(X, y)
# fr: sur les lignes que chaque arbre n'a pas vues ; le jeu de test reste nécessaire
# en: on the rows each tree did not see; a test set is still needed
print(f"{forest.oob_score_:.3f}")
#> 0.968
# --8<-- [end:forest]

# --8<-- [start:knn]
from sklearn.neighbors import KNeighborsClassifier

knn = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5))
print(f"{knn.fit(X[::2], y[::2]).score(X[1::2], y[1::2]):.3f}")
#> 0.954
# --8<-- [end:knn]

# --8<-- [start:ridge-cv]
from sklearn.datasets import load_diabetes
from sklearn.linear_model import RidgeCV

X_d, y_d = load_diabetes(return_X_y=True)
ridge = make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-3, 3, 13)))
ridge.fit(X_d, y_d)
# fr: best_score_ vaut moins l'erreur quadratique moyenne en leave-one-out
# en: best_score_ is minus the leave-one-out mean squared error
print(ridge[-1].alpha_, f"RMSE {(-ridge[-1].best_score_) ** 0.5:.1f}")
#> 1.0 RMSE 54.8
# --8<-- [end:ridge-cv]

# --8<-- [start:lasso]
from sklearn.datasets import load_diabetes
from sklearn.linear_model import Lasso

X, y = load_diabetes(return_X_y=True)
for alpha in (0.01, 1.0):
    lasso = Lasso(alpha=alpha).fit(X, y)
    print(alpha, int((lasso.coef_ == 0).sum()), "zeros")
#> 0.01 0 zeros
#> 1.0 7 zeros
# --8<-- [end:lasso]

# --8<-- [start:kmeans]
from sklearn.cluster import KMeans

X_iris = StandardScaler().fit_transform(iris.data)
kmeans = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X_iris)
print(np.bincount(kmeans.labels_), kmeans.cluster_centers_.shape)
#> [53 50 47] (3, 4)
# --8<-- [end:kmeans]

# --8<-- [start:dbscan]
from sklearn.cluster import DBSCAN

labels = DBSCAN(eps=0.8, min_samples=5).fit_predict(X_iris)
# fr: moins un marque le bruit
# en: minus one marks noise
print(sorted(set(labels.tolist())), int((labels == -1).sum()), "noise")
#> [-1, 0, 1] 4 noise
# --8<-- [end:dbscan]
