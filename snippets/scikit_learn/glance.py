# --8<-- [start:split]
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
print(X_train.shape, X_test.shape)
#> (455, 30) (114, 30)
# --8<-- [end:split]

# --8<-- [start:fit]
from sklearn.datasets import load_iris
from sklearn.tree import DecisionTreeClassifier

X, y = load_iris(return_X_y=True)
tree = DecisionTreeClassifier(max_depth=2, random_state=0)
tree.fit(X, y)
print(tree.predict(X[:3]).tolist(), f"{tree.score(X, y):.2f}")
#> [0, 0, 0] 0.96
# --8<-- [end:fit]

# --8<-- [start:scale]
import numpy as np
from sklearn.preprocessing import StandardScaler

X_train = np.array([[1.0], [2.0], [3.0]])
scaler = StandardScaler().fit(X_train)
print(scaler.transform([[2.0], [4.0]]).round(3).ravel())
#> [0.    2.449]
# --8<-- [end:scale]

# --8<-- [start:onehot]
from sklearn.preprocessing import OneHotEncoder

enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
enc.fit([["red"], ["green"]])
print(enc.transform([["green"], ["blue"]]))
#> [[1. 0.]
#>  [0. 0.]]
# --8<-- [end:onehot]

# --8<-- [start:pipeline]
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_breast_cancer(return_X_y=True)
pipe = make_pipeline(StandardScaler(), LogisticRegression())
pipe.fit(X[:400], y[:400])
print(f"{pipe.score(X[400:], y[400:]):.3f}")
#> 0.970
# --8<-- [end:pipeline]

# --8<-- [start:columns]
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.DataFrame({"age": [20.0, 40.0], "city": ["Paris", "Lyon"]})
ohe = OneHotEncoder(sparse_output=False)
ct = ColumnTransformer([("num", StandardScaler(), ["age"]), ("cat", ohe, ["city"])])
print(ct.set_output(transform="pandas").fit_transform(df).columns.tolist())
#> ['num__age', 'cat__city_Lyon', 'cat__city_Paris']
# --8<-- [end:columns]

# --8<-- [start:cv]
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

X, y = load_iris(return_X_y=True)
clf = LogisticRegression(max_iter=1000)
scores = cross_val_score(clf, X, y, cv=5)
print(f"{scores.mean():.3f} ± {scores.std():.3f}")
#> 0.973 ± 0.025
# --8<-- [end:cv]

# --8<-- [start:grid]
from sklearn.datasets import load_iris
from sklearn.model_selection import GridSearchCV
from sklearn.svm import SVC

X, y = load_iris(return_X_y=True)
grid = GridSearchCV(SVC(), {"C": [0.1, 1, 10]}, cv=5)
grid.fit(X, y)
print(grid.best_params_, f"{grid.best_score_:.3f}")
#> {'C': 10} 0.980
# --8<-- [end:grid]

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

# --8<-- [start:importance]
from sklearn.datasets import load_diabetes
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import permutation_importance

data = load_diabetes()
X, y = data.data, data.target
rf = RandomForestRegressor(n_estimators=50, random_state=0).fit(X[:300], y[:300])
imp = permutation_importance(rf, X[300:], y[300:], n_repeats=5, random_state=0)
print([data.feature_names[i] for i in imp.importances_mean.argsort()[::-1][:2]])
#> ['bmi', 's5']
# --8<-- [end:importance]

# --8<-- [start:save]
import skops.io as sio
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

X, y = load_iris(return_X_y=True)
model = LogisticRegression(max_iter=1000).fit(X, y)
sio.dump(model, "model.skops")
unknown = sio.get_untrusted_types(file="model.skops")
loaded = sio.load("model.skops", trusted=unknown)
print(unknown, (loaded.predict(X) == model.predict(X)).all())
#> [] True
# --8<-- [end:save]
