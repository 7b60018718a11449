# --8<-- [start:setup]
import pandas as pd

df = pd.DataFrame(
    {"city": ["Lyon", "Paris", "Lyon", "Nice"], "age": [36, 41, 29, 52], "score": [12, 15, 9, 15]}
)
print(df)
#>     city  age  score
#> 0   Lyon   36     12
#> 1  Paris   41     15
#> 2   Lyon   29      9
#> 3   Nice   52     15
# --8<-- [end:setup]

# --8<-- [start:inspect]
print(df.shape, df.columns.tolist())
#> (4, 3) ['city', 'age', 'score']
print(df.describe().loc[["mean", "min", "max"]])
#>        age  score
#> mean  39.5  12.75
#> min   29.0   9.00
#> max   52.0  15.00
# --8<-- [end:inspect]

# --8<-- [start:csv]
df.to_csv("people.csv", index=False)
back = pd.read_csv("people.csv")
print(back.head(2))
#>     city  age  score
#> 0   Lyon   36     12
#> 1  Paris   41     15
# --8<-- [end:csv]

# --8<-- [start:select]
# fr: loc par étiquettes, iloc par positions, at pour une seule case
# en: loc by labels, iloc by positions, at for a single cell
print(df.loc[df["age"] > 40, ["city", "age"]])
#>     city  age
#> 1  Paris   41
#> 3   Nice   52
print(df.iloc[0, 1], df.at[2, "city"])
#> 36 Lyon
# --8<-- [end:select]

# --8<-- [start:filter]
# fr: bornes incluses pour between ; & et | avec des parenthèses
# en: between includes both bounds; & and | with parentheses
kept = df[df["city"].isin(["Lyon", "Nice"]) & df["age"].between(30, 60)]
print(kept)
#>    city  age  score
#> 0  Lyon   36     12
#> 3  Nice   52     15
print(kept.reset_index(drop=True).index.tolist())
#> [0, 1]
# --8<-- [end:filter]

# --8<-- [start:columns]
wide = df.assign(total=df["score"] * 2 + df["age"])
slim = wide.rename(columns={"city": "town"}).drop(columns=["age"])
print(slim.columns.tolist())
#> ['town', 'score', 'total']
# --8<-- [end:columns]

# --8<-- [start:to-numpy]
numbers = df.select_dtypes("number")
print(numbers.columns.tolist())
#> ['age', 'score']
print(df["age"].tolist(), df["age"].to_numpy())
#> [36, 41, 29, 52] [36 41 29 52]
# --8<-- [end:to-numpy]

# --8<-- [start:sort]
ranked = df.sort_values(["score", "age"], ascending=False)
print(ranked.head(3))
#>     city  age  score
#> 3   Nice   52     15
#> 1  Paris   41     15
#> 0   Lyon   36     12
print(df.nlargest(2, "age")["age"].tolist())
#> [52, 41]
# --8<-- [end:sort]

# --8<-- [start:counts]
shares = df["city"].value_counts(normalize=True)
print(shares)
#> city
#> Lyon     0.50
#> Paris    0.25
#> Nice     0.25
#> Name: proportion, dtype: float64
# --8<-- [end:counts]

# --8<-- [start:groupby]
print(df.groupby("city")["score"].mean().to_dict())
#> {'Lyon': 10.5, 'Nice': 15.0, 'Paris': 15.0}
# fr: nom_du_résultat=(colonne, fonction)
# en: result_name=(column, function)
summary = df.groupby("city").agg(n=("age", "size"), mean_score=("score", "mean"))
print(summary)
#>        n  mean_score
#> city
#> Lyon   2        10.5
#> Nice   1        15.0
#> Paris  1        15.0
# --8<-- [end:groupby]

# --8<-- [start:merge]
regions = pd.DataFrame({"city": ["Lyon", "Paris"], "region": ["ARA", "IDF"]})
merged = df.merge(regions, on="city", how="left")
print(merged)
#>     city  age  score region
#> 0   Lyon   36     12    ARA
#> 1  Paris   41     15    IDF
#> 2   Lyon   29      9    ARA
#> 3   Nice   52     15    NaN
# --8<-- [end:merge]

# --8<-- [start:pivot]
sales = pd.DataFrame(
    {"month": ["jan", "jan", "feb", "feb"], "shop": ["A", "B", "A", "A"], "qty": [3, 5, 2, 4]}
)
table = sales.pivot_table(index="month", columns="shop", values="qty", aggfunc="sum")
print(table)
#> shop     A    B
#> month
#> feb    6.0  NaN
#> jan    3.0  5.0
# --8<-- [end:pivot]

# --8<-- [start:missing]
gaps = pd.DataFrame({"age": [36, None, 29], "city": ["Lyon", "Paris", None]})
print(gaps.isna().sum().to_dict())
#> {'age': 1, 'city': 1}
filled = gaps.fillna({"age": gaps["age"].mean()}).dropna()
print(filled)
#>     age   city
#> 0  36.0   Lyon
#> 1  32.5  Paris
# --8<-- [end:missing]

# --8<-- [start:category]
towns = pd.DataFrame({"city": ["Lyon", "Paris", "Lyon", "Nice"] * 1000})
before = towns.memory_usage(deep=True)["city"]
towns["city"] = towns["city"].astype("category")
after = towns.memory_usage(deep=True)["city"]
print(before, after, towns["city"].cat.categories.tolist())
#> 49000 4038 ['Lyon', 'Nice', 'Paris']
# --8<-- [end:category]

# --8<-- [start:bins]
ages = pd.cut(df["age"], bins=[0, 30, 45, 100], labels=["young", "mid", "senior"])
print(ages.tolist())
#> ['mid', 'mid', 'young', 'senior']
print(pd.get_dummies(df["city"], dtype=int))
#>    Lyon  Nice  Paris
#> 0     1     0      0
#> 1     0     0      1
#> 2     1     0      0
#> 3     0     1      0
# --8<-- [end:bins]

# --8<-- [start:text-dates]
raw = pd.DataFrame({"when": ["2024-03-01", "2024-12-25"], "who": [" ada ", "BOB"]})
when = pd.to_datetime(raw["when"])
print(when.dt.month.tolist(), when.dt.day_name().tolist())
#> [3, 12] ['Friday', 'Wednesday']
print(raw["who"].str.strip().str.title().tolist())
#> ['Ada', 'Bob']
# --8<-- [end:text-dates]

# --8<-- [start:chain]
result = (
    df.assign(points=lambda t: t["score"] * 2)
    .query("age > 30")
    .pipe(lambda t: t.sort_values("points", ascending=False))
)
print(result)
#>     city  age  score  points
#> 1  Paris   41     15      30
#> 3   Nice   52     15      30
#> 0   Lyon   36     12      24
# --8<-- [end:chain]

# --8<-- [start:parquet]
# fr: Parquet garde les types des colonnes, contrairement au CSV
# en: Parquet keeps the column types, unlike CSV
df.to_parquet("people.parquet", index=False)
back = pd.read_parquet("people.parquet")
print(back.dtypes.astype(str).to_dict())
#> {'city': 'str', 'age': 'int64', 'score': 'int64'}
# --8<-- [end:parquet]

# --8<-- [start:duplicates]
visits = pd.DataFrame({"who": ["ada", "bob", "ada"], "day": [1, 1, 2]})
print(visits.drop_duplicates(subset="who", keep="last").index.tolist())
#> [1, 2]
# --8<-- [end:duplicates]

# --8<-- [start:to-numeric]
# fr: astype(float) lèverait ValueError sur "n/a"
# en: astype(float) would raise ValueError on "n/a"
raw_numbers = pd.Series(["12", "n/a", "3.5"])
print(pd.to_numeric(raw_numbers, errors="coerce").tolist())
#> [12.0, nan, 3.5]
# --8<-- [end:to-numeric]

# --8<-- [start:vectorise]
fast = df["score"] * 2 + df["age"]
# fr: même résultat, mais ligne par ligne en Python
# en: same result, but row by row in Python
slow = df.apply(lambda row: row["score"] * 2 + row["age"], axis=1)
print(fast.tolist())
#> [60, 71, 47, 82]
# --8<-- [end:vectorise]

# --8<-- [start:resample]
days = pd.date_range("2024-03-04", periods=14, freq="D")
daily = pd.Series(range(1, 15), index=days)
print(daily.resample("W").sum().tolist())
#> [28, 77]
# --8<-- [end:resample]

# --8<-- [start:rolling]
prices = pd.Series([10.0, 12.0, 11.0, 15.0])
print(prices.rolling(window=2).mean().tolist())
#> [nan, 11.0, 11.5, 13.0]
# --8<-- [end:rolling]

# --8<-- [start:excel]
df.to_excel("people.xlsx", index=False)
back = pd.read_excel("people.xlsx")
print(back.equals(df))
#> True
# --8<-- [end:excel]
