# --8<-- [start:classifiers]
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
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
accuracy = {}
for name, model in classifiers.items():
    accuracy[name] = model.fit(X_train, y_train).score(X_test, y_test)
    print(f"{name:<9} {accuracy[name]:.3f}")
#> logistic  0.958
#> svc       0.965
#> knn       0.951
#> tree      0.881
#> forest    0.972
#> boosting  0.986
# --8<-- [end:classifiers]

# --8<-- [start:multiclass]
from sklearn.datasets import load_digits, load_wine

multiclass = {}
for load in (load_wine, load_digits):
    X, y = load(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
    for name in ("logistic", "svc", "forest"):
        model = classifiers[name].fit(X_train, y_train)
        multiclass[load.__name__, name] = score = model.score(X_test, y_test)
        print(load.__name__, X.shape, f"{name:<8} {score:.3f}")
#> load_wine (178, 13) logistic 1.000
#> load_wine (178, 13) svc      1.000
#> load_wine (178, 13) forest   0.978
#> load_digits (1797, 64) logistic 0.967
#> load_digits (1797, 64) svc      0.984
#> load_digits (1797, 64) forest   0.976
# --8<-- [end:multiclass]

# --8<-- [start:regressors]
from sklearn.datasets import load_diabetes
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import ElasticNet, Lasso, Ridge

X, y = load_diabetes(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
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
    r2[name] = model.fit(X_train, y_train).score(X_test, y_test)
    print(f"{name:<8} {r2[name]:.3f}")
#> ridge    0.358
#> lasso    0.356
#> elastic  0.361
#> forest   0.219
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
