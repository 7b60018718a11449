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
