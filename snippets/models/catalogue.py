# --8<-- [start:classifiers]
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

X, y = load_breast_cancer(return_X_y=True)
# fr: distances ou coefficients pénalisés : ces modèles demandent des variables standardisées
# en: distances or penalised coefficients: these models need standardised features
classifiers = {
    "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "svc": make_pipeline(StandardScaler(), SVC()),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier()),
    "tree": DecisionTreeClassifier(random_state=0),
    "forest": RandomForestClassifier(random_state=0),
    "boosting": HistGradientBoostingClassifier(random_state=0),
}
# fr: cinq plis, les mêmes pour chaque modèle : la moyenne et l'écart type de l'exactitude
# en: five folds, the same for every model: the accuracy's mean and standard deviation
accuracy = {}
for name, model in classifiers.items():
    accuracy[name] = cross_val_score(model, X, y, cv=5)
    print(f"{name:<9} {accuracy[name].mean():.3f} ± {accuracy[name].std():.3f}")
#> logistic  0.981 ± 0.007
#> svc       0.974 ± 0.015
#> knn       0.965 ± 0.010
#> tree      0.917 ± 0.016
#> forest    0.963 ± 0.022
#> boosting  0.965 ± 0.018
# --8<-- [end:classifiers]

# --8<-- [start:multiclass]
from sklearn.datasets import load_digits, load_wine

multiclass = {}
for load in (load_wine, load_digits):
    X, y = load(return_X_y=True)
    for name in ("logistic", "svc", "forest"):
        score = cross_val_score(classifiers[name], X, y, cv=5)
        multiclass[load.__name__, name] = score
        print(load.__name__, X.shape, f"{name:<8} {score.mean():.3f} ± {score.std():.3f}")
#> load_wine (178, 13) logistic 0.983 ± 0.014
#> load_wine (178, 13) svc      0.983 ± 0.022
#> load_wine (178, 13) forest   0.983 ± 0.022
#> load_digits (1797, 64) logistic 0.920 ± 0.030
#> load_digits (1797, 64) svc      0.946 ± 0.012
#> load_digits (1797, 64) forest   0.937 ± 0.026
# --8<-- [end:multiclass]

# --8<-- [start:regressors]
from sklearn.datasets import load_diabetes
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import ElasticNet, Lasso, Ridge

X, y = load_diabetes(return_X_y=True)
regressors = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "lasso": make_pipeline(StandardScaler(), Lasso(alpha=1.0)),
    "elastic": make_pipeline(StandardScaler(), ElasticNet(alpha=0.1, l1_ratio=0.5)),
    "forest": RandomForestRegressor(random_state=0),
}
r2 = {}
for name, model in regressors.items():
    # fr: score d'un régresseur : le coefficient de détermination
    # en: a regressor's score: the coefficient of determination
    r2[name] = cross_val_score(model, X, y, cv=5)
    print(f"{name:<8} {r2[name].mean():.3f} ± {r2[name].std():.3f}")
#> ridge    0.482 ± 0.049
#> lasso    0.482 ± 0.048
#> elastic  0.481 ± 0.048
#> forest   0.423 ± 0.055
# --8<-- [end:regressors]

# --8<-- [start:clustering]
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import load_iris
from sklearn.metrics import adjusted_rand_score

X, y = load_iris(return_X_y=True)
X_scaled = StandardScaler().fit_transform(X)
kmeans = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X_scaled)
dbscan = DBSCAN(eps=0.8, min_samples=5).fit(X_scaled)
# fr: DBSCAN trouve lui-même le nombre de groupes et marque le bruit par moins un
# en: DBSCAN finds the number of clusters itself and marks noise with minus one
n_clusters = len(set(dbscan.labels_) - {-1})
n_noise = int((dbscan.labels_ == -1).sum())
ari = {
    name: adjusted_rand_score(y, m.labels_) for name, m in [("kmeans", kmeans), ("dbscan", dbscan)]
}
print(f"kmeans {ari['kmeans']:.3f}", f"dbscan {ari['dbscan']:.3f}", n_clusters, n_noise)
#> kmeans 0.620 dbscan 0.552 2 4
# --8<-- [end:clustering]

# --8<-- [start:hdbscan]
from sklearn.cluster import HDBSCAN

# fr: la largeur des pétales en millimètres plutôt qu'en centimètres
# en: petal width in millimetres instead of centimetres
X_mm = X * [1, 1, 1, 10]
for data in (X, X_mm, StandardScaler().fit_transform(X_mm)):
    labels = HDBSCAN(copy=True).fit_predict(data)
    print(len(set(labels.tolist()) - {-1}), "clusters", int((labels == -1).sum()), "noise")
#> 2 clusters 0 noise
#> 4 clusters 9 noise
#> 2 clusters 2 noise
# --8<-- [end:hdbscan]

# --8<-- [start:dbscan-eps]
import numpy as np
from sklearn.neighbors import NearestNeighbors

# fr: distance de chaque point à son min_samples-ième voisin, lui-même compris comme DBSCAN
# en: each point's distance to its min_samples-th neighbour, itself included as in DBSCAN
distances, _ = NearestNeighbors(n_neighbors=5).fit(X_scaled).kneighbors(X_scaled)
k_distance = np.sort(distances[:, -1])
print(np.percentile(k_distance, [50, 90, 95, 98]).round(2))
#> [0.46 0.76 0.99 1.22]
print(int((k_distance > 0.8).sum()), int((dbscan.labels_ == -1).sum()))
#> 12 4
# --8<-- [end:dbscan-eps]
