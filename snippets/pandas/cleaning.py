# --8<-- [start:duplicates]
import pandas as pd

orders = pd.DataFrame(
    {
        "client": ["ada", "bob", "ada", "ada", "bob"],
        "item": ["pen", "ink", "pen", "cup", "ink"],
        "qty": [1, 2, 1, 3, 5],
    }
)
# fr: lignes identiques sur toutes les colonnes : la première est gardée
# en: rows identical in every column: the first one is kept
print(orders.drop_duplicates().index.tolist())
#> [0, 1, 3, 4]
# fr: subset choisit les colonnes comparées, keep le doublon conservé
# en: subset picks the columns to compare, keep which duplicate survives
print(orders.drop_duplicates(subset="client", keep="last").index.tolist())
#> [3, 4]
print(orders.drop_duplicates(subset=["client", "item"], keep=False).index.tolist())
#> [3]
# --8<-- [end:duplicates]

# --8<-- [start:flag-duplicates]
print(orders.duplicated(subset=["client", "item"]).tolist())
#> [False, False, True, False, True]
print(orders.duplicated(subset=["client", "item"], keep=False).sum())
#> 4
# --8<-- [end:flag-duplicates]

# --8<-- [start:astype]
raw = pd.Series(["12", "7", "n/a", "3.5"])
try:
    raw.astype("float64")
except ValueError as error:
    print(error)
#> could not convert string to float: 'n/a'
# --8<-- [end:astype]

# --8<-- [start:to-numeric]
numbers = pd.to_numeric(raw, errors="coerce")
print(numbers.tolist(), numbers.isna().sum())
#> [12.0, 7.0, nan, 3.5] 1
# fr: entiers avec valeurs manquantes : le type Int64 (nullable) reste entier
# en: integers with missing values: the nullable Int64 type keeps them integers
counts = pd.to_numeric(pd.Series(["4", "", "9"]), errors="coerce").astype("Int64")
print(counts.tolist(), counts.dtype)
#> [4, <NA>, 9] Int64
# --8<-- [end:to-numeric]

# --8<-- [start:astype-dict]
typed = orders.astype({"client": "category", "qty": "int32"})
print(typed.dtypes.astype(str).to_dict())
#> {'client': 'category', 'item': 'str', 'qty': 'int32'}
# --8<-- [end:astype-dict]

# --8<-- [start:cut-qcut]
ages = pd.Series([18, 29, 36, 41, 52, 64])
# fr: cut : des bornes choisies ; qcut : des classes de même effectif
# en: cut: bounds you choose; qcut: classes with the same count
print(pd.cut(ages, bins=[0, 30, 45, 100], labels=["young", "mid", "senior"]).tolist())
#> ['young', 'young', 'mid', 'mid', 'senior', 'senior']
print(pd.qcut(ages, q=3, labels=["low", "mid", "high"]).value_counts().to_dict())
#> {'low': 2, 'mid': 2, 'high': 2}
print(pd.qcut(ages, q=2).cat.categories.astype(str).tolist())
#> ['(17.999, 38.5]', '(38.5, 64.0]']
# --8<-- [end:cut-qcut]
