# --8<-- [start:setup]
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
# --8<-- [end:setup]

# --8<-- [start:fit]
from sklearn.tree import DecisionTreeClassifier

tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_train, y_train)
print(tree.predict(X_test[:5]), round(tree.score(X_test, y_test), 3))
#> [1 0 0 1 0] 0.916
# --8<-- [end:fit]

# --8<-- [start:boosting]
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

X_gaps = np.where(np.random.default_rng(0).random(X_train.shape) < 0.1, np.nan, X_train)
boost = HistGradientBoostingClassifier(random_state=0).fit(X_gaps, y_train)
print(round(boost.score(X_test, y_test), 3))
#> 0.93
# --8<-- [end:boosting]

# --8<-- [start:logistic]
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logistic = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
print(logistic.predict_proba(X_test[[30, 47]]).round(2))
#> [[0.41 0.59]
#>  [0.51 0.49]]
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

forest = RandomForestClassifier(oob_score=True, random_state=0).fit(X_train, y_train)
# fr: sur les lignes que chaque arbre n'a pas vues ; le jeu de test reste nécessaire
# en: on the rows each tree did not see; a test set is still needed
print(round(forest.oob_score_, 3), round(forest.score(X_test, y_test), 3))
#> 0.96 0.944
# --8<-- [end:forest]

# --8<-- [start:knn]
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

knn = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5))
print(round(knn.fit(X_train, y_train).score(X_test, y_test), 3))
#> 0.951
# --8<-- [end:knn]

# --8<-- [start:ridge-cv]
from sklearn.datasets import load_diabetes
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_d, y_d = load_diabetes(return_X_y=True)
ridge = make_pipeline(StandardScaler(), RidgeCV(alphas=[0.1, 1, 10])).fit(X_d, y_d)
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
from sklearn.datasets import load_iris
from sklearn.preprocessing import StandardScaler

X_iris = StandardScaler().fit_transform(load_iris().data)
kmeans = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X_iris)
print(kmeans.predict(X_iris[[0, 50, 100]]), kmeans.cluster_centers_.shape)
#> [1 2 2] (3, 4)
# --8<-- [end:kmeans]

# --8<-- [start:dbscan]
from sklearn.cluster import DBSCAN
from sklearn.datasets import load_iris
from sklearn.preprocessing import StandardScaler

X_iris = StandardScaler().fit_transform(load_iris().data)
labels = DBSCAN(eps=0.8, min_samples=5).fit_predict(X_iris)
# fr: moins un marque le bruit
# en: minus one marks noise
print(sorted(set(labels.tolist())), int((labels == -1).sum()), "noise")
#> [-1, 0, 1] 4 noise
# --8<-- [end:dbscan]

# --8<-- [start:tsne]
from sklearn.datasets import load_digits
from sklearn.manifold import TSNE

X_digits = load_digits().data[:500]
tsne = TSNE(n_components=2, perplexity=30, init="pca", random_state=0)
print(X_digits.shape, tsne.fit_transform(X_digits).shape)
#> (500, 64) (500, 2)
# --8<-- [end:tsne]
