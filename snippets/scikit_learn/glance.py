# --8<-- [start:setup]
from sklearn.datasets import load_breast_cancer

X, y = load_breast_cancer(return_X_y=True)
# --8<-- [end:setup]

# --8<-- [start:split]
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
print(X_train.shape, X_test.shape)
#> (455, 30) (114, 30)
# --8<-- [end:split]

# --8<-- [start:scale]
from sklearn.preprocessing import StandardScaler

scaler = StandardScaler().fit([[1.0], [2.0], [3.0]])
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
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

pipe = make_pipeline(StandardScaler(), LogisticRegression()).fit(X[:400], y[:400])
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
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score

scores = cross_val_score(RandomForestClassifier(random_state=0), X, y, cv=5)
print(f"{scores.mean():.3f} ± {scores.std():.3f}")
#> 0.963 ± 0.022
# --8<-- [end:cv]

# --8<-- [start:grid]
from sklearn.datasets import load_iris
from sklearn.model_selection import GridSearchCV
from sklearn.svm import SVC

X_iris, y_iris = load_iris(return_X_y=True)
grid = GridSearchCV(SVC(), {"C": [0.1, 1, 10]}, cv=5).fit(X_iris, y_iris)
print(grid.best_params_, f"{grid.best_score_:.3f}")
#> {'C': 10} 0.980
# --8<-- [end:grid]

# --8<-- [start:importance]
from sklearn.datasets import load_diabetes
from sklearn.ensemble import RandomForestRegressor
from sklearn.inspection import permutation_importance

data = load_diabetes()
X_d, y_d = data.data, data.target
rf = RandomForestRegressor(n_estimators=50, random_state=0).fit(X_d[:300], y_d[:300])
imp = permutation_importance(rf, X_d[300:], y_d[300:], n_repeats=5, random_state=0)
print([data.feature_names[i] for i in imp.importances_mean.argsort()[::-1][:2]])
#> ['bmi', 's5']
# --8<-- [end:importance]

# --8<-- [start:save]
import skops.io as sio
from sklearn.ensemble import RandomForestClassifier

model = RandomForestClassifier(n_estimators=10, random_state=0).fit(X, y)
sio.dump(model, "model.skops")
print(sio.get_untrusted_types(file="model.skops"))
#> ['sklearn.tree._tree.Tree']
# fr: la liste relue, écrite en toutes lettres : tout autre type est refusé
# en: the list you reviewed, written out: any other type is refused
loaded = sio.load("model.skops", trusted=["sklearn.tree._tree.Tree"])
# --8<-- [end:save]

# --8<-- [start:group-kfold]
import numpy as np
from sklearn.model_selection import GroupKFold

groups = np.array([1, 1, 2, 2, 3, 3])
for train, test in GroupKFold(n_splits=3).split(np.zeros((6, 1)), groups=groups):
    print("train", np.unique(groups[train]), "test", np.unique(groups[test]))
#> train [1 2] test [3]
#> train [1 3] test [2]
#> train [2 3] test [1]
# --8<-- [end:group-kfold]

# --8<-- [start:time-series]
import numpy as np
from sklearn.model_selection import TimeSeriesSplit

for train, test in TimeSeriesSplit(n_splits=3).split(np.arange(8)):
    print("train", train, "test", test)
#> train [0 1] test [2 3]
#> train [0 1 2 3] test [4 5]
#> train [0 1 2 3 4 5] test [6 7]
# --8<-- [end:time-series]

# --8<-- [start:calibrate]
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import brier_score_loss
from sklearn.naive_bayes import GaussianNB

calibrated = CalibratedClassifierCV(GaussianNB(), method="sigmoid", cv=5).fit(X[::2], y[::2])
proba = calibrated.predict_proba(X[1::2])[:, 1]
print(f"{brier_score_loss(y[1::2], proba):.3f}")
#> 0.060
# --8<-- [end:calibrate]

# --8<-- [start:threshold]
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TunedThresholdClassifierCV

X_im, y_im = make_classification(n_samples=1000, weights=[0.9], random_state=0)
tuned = TunedThresholdClassifierCV(LogisticRegression(), scoring="balanced_accuracy")
print(f"{tuned.fit(X_im, y_im).best_threshold_:.2f}")
#> 0.12
# --8<-- [end:threshold]

# --8<-- [start:column-selector]
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

people = pd.DataFrame({"age": [20.0, 40.0], "income": [1.0, 3.0], "city": ["Paris", "Lyon"]})
numbers = make_column_selector(dtype_include="number")
texts = make_column_selector(dtype_exclude="number")
by_type = make_column_transformer((StandardScaler(), numbers), (OneHotEncoder(), texts))
print(numbers(people), by_type.fit_transform(people).shape)
#> ['age', 'income'] (2, 4)
# --8<-- [end:column-selector]
