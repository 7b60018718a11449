# --8<-- [start:apply]
import numpy as np
import pandas as pd


def make_orders(size: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "price": rng.uniform(1, 100, size).round(2),
            "qty": rng.integers(1, 10, size),
            "discount": rng.choice([0.0, 0.1, 0.25], size),
        }
    )


def total_apply(df: pd.DataFrame) -> pd.Series:
    # fr: une fonction Python appelée sur chaque ligne
    # en: a Python function called on each row
    return df.apply(lambda row: row["price"] * row["qty"] * (1 - row["discount"]), axis=1)


def total_vectorised(df: pd.DataFrame) -> pd.Series:
    # fr: une opération sur des colonnes entières
    # en: one operation on whole columns
    return df["price"] * df["qty"] * (1 - df["discount"])


orders = make_orders(5)
print(total_vectorised(orders).round(2).tolist())
#> [288.27, 224.45, 22.77, 14.26, 550.19]
# --8<-- [end:apply]

# --8<-- [start:same-totals]
print(np.allclose(total_apply(orders), total_vectorised(orders), rtol=1e-12, atol=0))
#> True
# --8<-- [end:same-totals]

# --8<-- [start:map]
# fr: map sur une Series : un dictionnaire (ou une Series) traduit chaque valeur
# en: map on a Series: a dictionary (or a Series) translates each value
labels = {0.0: "none", 0.1: "small", 0.25: "large"}
print(orders["discount"].map(labels).tolist())
#> ['large', 'small', 'small', 'small', 'large']
by_lambda = orders["price"].map(lambda p: "high" if p > 50 else "low")
by_where = pd.Series(np.where(orders["price"] > 50, "high", "low"), index=orders.index)
print(by_lambda.tolist(), by_lambda.equals(by_where))
#> ['high', 'low', 'low', 'low', 'high'] True
# --8<-- [end:map]

# --8<-- [start:replace]
cities = pd.Series(["Lyon", "Paris", "Nice"])
codes = {"Lyon": "ARA", "Paris": "IDF"}
# fr: map : une clé absente du dictionnaire donne NaN
# en: map: a key missing from the dictionary gives NaN
print(cities.map(codes).tolist())
#> ['ARA', 'IDF', nan]
# fr: replace : une clé absente garde sa valeur
# en: replace: a missing key keeps its value
print(cities.replace(codes).tolist())
#> ['ARA', 'IDF', 'Nice']
# --8<-- [end:replace]

# --8<-- [start:dataframe-map]
prices = pd.DataFrame({"pen": [1.5, 2.25], "ink": [4.0, 10.5]})
try:
    prices.applymap(lambda p: f"{p:.2f} €")
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
#> AttributeError: 'DataFrame' object has no attribute 'applymap'
# fr: DataFrame.map applique la fonction à chaque cellule
# en: DataFrame.map applies the function to every cell
print(prices.map(lambda p: f"{p:.2f} €"))
#>       pen      ink
#> 0  1.50 €   4.00 €
#> 1  2.25 €  10.50 €
# --8<-- [end:dataframe-map]
