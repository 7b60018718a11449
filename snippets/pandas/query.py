# --8<-- [start:query-vs-mask]
import numpy as np
import pandas as pd


def make_frame(size: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"price": rng.uniform(0, 100, size), "qty": rng.integers(0, 10, size)})


def filter_mask(df: pd.DataFrame) -> pd.DataFrame:
    return df[(df["price"] > 50) & (df["qty"] < 5)]


def filter_query(df: pd.DataFrame, max_qty: int = 5) -> pd.DataFrame:
    return df.query("price > 50 and qty < @max_qty")


frame = make_frame(10_000)
print(len(filter_query(frame)), len(frame))
#> 2549 10000
# --8<-- [end:query-vs-mask]

# --8<-- [start:same-rows]
print(filter_mask(frame).equals(filter_query(frame)))
#> True
# --8<-- [end:same-rows]
