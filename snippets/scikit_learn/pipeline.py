# --8<-- [start:data]
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)
n = 400
df = pd.DataFrame(
    {
        "age": rng.integers(18, 70, n).astype(float),
        "income": rng.normal(40_000, 12_000, n).round(),
        "city": rng.choice(["Paris", "Lyon", "Lille"], n),
        "plan": rng.choice(["free", "pro"], n, p=[0.7, 0.3]),
    }
)
score = 0.05 * (df["age"] - 45) + 2.0 * (df["plan"] == "pro") - 1.0 * (df["city"] == "Lille")
y = (rng.random(n) < 1 / (1 + np.exp(-score))).astype(int)
df.loc[rng.choice(n, 30, replace=False), "age"] = np.nan
df.loc[rng.choice(n, 15, replace=False), "city"] = None
print(df.dtypes.astype(str).tolist(), df.isna().sum().tolist())
#> ['float64', 'float64', 'str', 'str'] [30, 0, 15, 0]
# --8<-- [end:data]

# --8<-- [start:column-transformer]
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
categorical = Pipeline(
    [
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
    ]
)
preprocess = ColumnTransformer(
    [
        ("num", numeric, ["age", "income"]),
        ("cat", categorical, ["city", "plan"]),
    ]
)
model = Pipeline([("preprocess", preprocess), ("classifier", LogisticRegression())])
X_train, X_test, y_train, y_test = train_test_split(
    df, y, test_size=0.25, stratify=y, random_state=0
)
model.fit(X_train, y_train)
print(f"{model.score(X_test, y_test):.3f}")
#> 0.710
names = model.named_steps["preprocess"].get_feature_names_out()
print(len(names), names[:2].tolist())
print(names[2:].tolist())
#> 7 ['num__age', 'num__income']
#> ['cat__city_Lille', 'cat__city_Lyon', 'cat__city_Paris', 'cat__plan_free', 'cat__plan_pro']
# --8<-- [end:column-transformer]

# --8<-- [start:predict-new]
new = pd.DataFrame(
    {
        "age": [30.0, np.nan],
        "income": [52_000.0, 31_000.0],
        "city": ["Nice", "Lille"],
        "plan": ["pro", "free"],
    }
)
print(model.predict(new).tolist(), model.predict_proba(new)[:, 1].round(3).tolist())
#> [1, 0] [0.613, 0.386]
# --8<-- [end:predict-new]

# --8<-- [start:selector]
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.pipeline import make_pipeline

numbers = make_column_selector(dtype_include="number")
others = make_column_selector(dtype_exclude="number")
print(numbers(df), others(df))
#> ['age', 'income'] ['city', 'plan']
by_dtype = make_column_transformer((numeric, numbers), (categorical, others))
selected = make_pipeline(by_dtype, LogisticRegression()).fit(X_train, y_train)
print(f"{selected.score(X_test, y_test):.3f}")
#> 0.710
# --8<-- [end:selector]

# --8<-- [start:pandas-output]
from sklearn import set_config
from sklearn.preprocessing import StandardScaler

# fr: toutes les transformations rendent un DataFrame, jusqu'au retour au défaut
# en: every transformer returns a DataFrame, until the default comes back
set_config(transform_output="pandas")
scaled = StandardScaler().fit_transform(X_train[["age", "income"]])
print(type(scaled).__name__, scaled.columns.tolist())
#> DataFrame ['age', 'income']
set_config(transform_output="default")
# --8<-- [end:pandas-output]

# --8<-- [start:target-encoder]
from sklearn.model_selection import KFold
from sklearn.preprocessing import TargetEncoder

encoder = TargetEncoder(cv=KFold(5, shuffle=True, random_state=0))
crossed = encoder.fit_transform(X_train[["city", "plan"]], y_train)
print(encoder.categories_[0].tolist(), encoder.encodings_[0].round(3))
#> ['Lille', 'Lyon', 'Paris', nan] [0.457 0.662 0.593 0.464]
print(crossed[:2, 0].round(3), encoder.transform(X_train[["city", "plan"]])[:2, 0].round(3))
#> [0.674 0.554] [0.662 0.593]
# --8<-- [end:target-encoder]

# --8<-- [start:hgb-categorical]
from sklearn.ensemble import HistGradientBoostingClassifier

as_category = {"city": "category", "plan": "category"}
hgb = HistGradientBoostingClassifier(
    categorical_features="from_dtype", early_stopping=True, random_state=0
)
hgb.fit(X_train.astype(as_category), y_train)
print(hgb.is_categorical_, hgb.n_iter_, f"{hgb.score(X_test.astype(as_category), y_test):.3f}")
#> [False False  True  True] 23 0.690
# --8<-- [end:hgb-categorical]
