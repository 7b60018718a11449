# --8<-- [start:pca-pipeline]
from sklearn.datasets import load_breast_cancer
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42
)
pipe = Pipeline(
    [
        ("scaler", StandardScaler()),
        ("pca", PCA(n_components=0.95)),
        ("classifier", LogisticRegression(max_iter=1000)),
    ]
)
pipe.fit(X_train, y_train)
print(pipe.named_steps["pca"].n_components_, f"{pipe.score(X_test, y_test):.3f}")
#> 10 0.974
# --8<-- [end:pca-pipeline]

# --8<-- [start:pca-check]
cumulative = pipe.named_steps["pca"].explained_variance_ratio_.cumsum()
print(f"{cumulative[-2]:.4f} {cumulative[-1]:.4f}")
#> 0.9412 0.9527
# --8<-- [end:pca-check]

# --8<-- [start:grid]
from sklearn.model_selection import GridSearchCV

param_grid = {"pca__n_components": [5, 0.95], "classifier__C": [0.1, 1.0, 10.0]}
grid = GridSearchCV(pipe, param_grid, cv=3, scoring="f1", n_jobs=1)
grid.fit(X_train, y_train)
print(grid.best_params_, len(grid.cv_results_["params"]))
print(f"{grid.best_score_:.4f} {grid.score(X_test, y_test):.4f}")
#> {'classifier__C': 0.1, 'pca__n_components': 0.95} 6
#> 0.9845 0.9793
# --8<-- [end:grid]

# --8<-- [start:random]
from scipy.stats import loguniform
from sklearn.model_selection import RandomizedSearchCV

distributions = {"pca__n_components": [5, 10, 15], "classifier__C": loguniform(1e-3, 1e2)}
search = RandomizedSearchCV(
    pipe, distributions, n_iter=6, cv=3, scoring="f1", random_state=0, n_jobs=1
)
search.fit(X_train, y_train)
best = search.best_params_
print(best["pca__n_components"], f"{best['classifier__C']:.3f} {search.best_score_:.4f}")
#> 15 0.154 0.9845
# --8<-- [end:random]
