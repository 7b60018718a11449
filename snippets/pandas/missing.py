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
