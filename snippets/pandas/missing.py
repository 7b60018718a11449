# --8<-- [start:detect]
import warnings

import numpy as np
import pandas as pd

df = pd.DataFrame(
    {
        "name": ["Ada", "Bob", "Chloé", "Dan"],
        "age": [36.0, np.nan, 29.0, np.nan],
        "city": ["Lyon", "Paris", "Nice", None],
        "score": [np.nan, 12.0, 15.0, 18.0],
    }
)
print(df.isna().sum().to_dict())
#> {'name': 0, 'age': 2, 'city': 1, 'score': 1}
print(df.columns[df.isna().any()].tolist(), int(df.isna().sum().sum()))
#> ['age', 'city', 'score'] 4
# --8<-- [end:detect]

# --8<-- [start:markers]
dates = pd.to_datetime(pd.Series(["2024-01-01", None]))
counts = pd.Series([3, None], dtype="Int64")
print(repr(df["city"][3]), repr(dates[1]), repr(counts[1]))
#> nan NaT <NA>
print(dates.isna().tolist(), counts.isna().tolist())
#> [False, True] [False, True]
# --8<-- [end:markers]

# --8<-- [start:fill]
print(df["age"].fillna(0).tolist())
#> [36.0, 0.0, 29.0, 0.0]
print(df["age"].ffill().tolist(), df["age"].bfill().tolist())
#> [36.0, 36.0, 29.0, 29.0] [36.0, 29.0, 29.0, nan]
print(df.fillna(df.mean(numeric_only=True))["score"].tolist())
#> [15.0, 12.0, 15.0, 18.0]
filled = df.fillna({"age": df["age"].median(), "city": "unknown"})
print(filled["age"].tolist(), filled["city"].tolist())
#> [36.0, 32.5, 29.0, 32.5] ['Lyon', 'Paris', 'Nice', 'unknown']
# --8<-- [end:fill]

# --8<-- [start:drop]
print(df.dropna().index.tolist(), df.dropna(axis=1).columns.tolist())
#> [2] ['name']
print(df.dropna(thresh=3).index.tolist(), df.dropna(subset=["age"]).index.tolist())
#> [0, 1, 2] [0, 2]
# --8<-- [end:drop]

# --8<-- [start:copy-on-write]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    df["age"].fillna(0, inplace=True)
    df["age"][1] = 40.0
print([w.category.__name__ for w in caught], df["age"].isna().sum())
#> ['ChainedAssignmentError', 'ChainedAssignmentError'] 2
df["age"] = df["age"].fillna(df["age"].median())
df.loc[1, "age"] = 40.0
print(df["age"].tolist())
#> [36.0, 40.0, 29.0, 32.5]
# --8<-- [end:copy-on-write]

# --8<-- [start:setting-with-copy]
prices = pd.DataFrame({"item": ["pen", "ink", "desk"], "price": [1.5, 4.0, 120.0]})
cheap = prices["price"] < 5
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    prices["price"][cheap] = 0.0
print(caught[0].category.__name__, prices["price"].tolist())
#> ChainedAssignmentError [1.5, 4.0, 120.0]
print(str(caught[0].message).splitlines()[0])
#> A value is being set on a copy of a DataFrame or Series through chained assignment.
# fr: une seule étape, loc[lignes, colonne] : modifie bien prices
# en: one step, loc[rows, column]: does change prices
prices.loc[cheap, "price"] = 0.0
print(prices["price"].tolist())
#> [0.0, 0.0, 120.0]
# fr: un sous-tableau se comporte comme une copie : plus d'avertissement
# en: a subset behaves as a copy: no warning any more
subset = prices[prices["price"] > 0]
subset["price"] = 99.0
print(prices["price"].tolist(), hasattr(pd.errors, "SettingWithCopyWarning"))
#> [0.0, 0.0, 120.0] False
# --8<-- [end:setting-with-copy]
