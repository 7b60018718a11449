# --8<-- [start:data]
import pandas as pd

df = pd.DataFrame(
    {
        "product": ["pen", "ink", "desk", "chair", "lamp", "paper"],
        "category": ["office", "office", "furniture", "furniture", "furniture", "office"],
        "subcategory": ["writing", "writing", "tables", "seats", "lighting", "paper"],
        "value": [10.0, 14.0, 30.0, 50.0, 40.0, 12.0],
        "price": [1.5, 4.0, 120.0, 80.0, 35.0, 6.0],
    }
)
print(df.groupby("category")["value"].mean().to_dict())
#> {'furniture': 40.0, 'office': 12.0}
# --8<-- [end:data]

# --8<-- [start:text-columns]
try:
    df.groupby("category").mean()
except TypeError as error:
    print(error)
#> dtype 'str' does not support operation 'mean'
print(df.groupby("category").mean(numeric_only=True).columns.tolist())
#> ['value', 'price']
# --8<-- [end:text-columns]

# --8<-- [start:agg]
stats = df.groupby("category").agg({"value": ["mean", "std", "count"], "price": ["min", "max"]})
print(stats.round(2))
#>           value             price
#>            mean   std count   min    max
#> category
#> furniture  40.0  10.0     3  35.0  120.0
#> office     12.0   2.0     3   1.5    6.0
# --8<-- [end:agg]

# --8<-- [start:named]
summary = df.groupby("category").agg(
    mean_value=("value", "mean"),
    max_price=("price", "max"),
    n_products=("product", "count"),
)
print(summary)
#>            mean_value  max_price  n_products
#> category
#> furniture        40.0      120.0           3
#> office           12.0        6.0           3
# --8<-- [end:named]


# --8<-- [start:custom]
def relative_range(x: pd.Series) -> float:
    return (x.max() - x.min()) / x.mean()


print(df.groupby("category")["value"].agg(relative_range).round(3).to_dict())
#> {'furniture': 0.5, 'office': 0.333}
# --8<-- [end:custom]

# --8<-- [start:keys]
by_two = df.groupby(["category", "subcategory"])[["value", "price"]].sum()
print(by_two.loc["furniture"])
#>              value  price
#> subcategory
#> lighting      40.0   35.0
#> seats         50.0   80.0
#> tables        30.0  120.0
# --8<-- [end:keys]

# --8<-- [start:transform]
grouped = df.groupby("category")["value"]
df["normalized"] = (df["value"] - grouped.transform("mean")) / grouped.transform("std")
df["share"] = df["value"] / grouped.transform("sum")
print(df[["product", "normalized", "share"]].round(3))
#>   product  normalized  share
#> 0     pen        -1.0  0.278
#> 1     ink         1.0  0.389
#> 2    desk        -1.0  0.250
#> 3   chair         1.0  0.417
#> 4    lamp         0.0  0.333
#> 5   paper         0.0  0.333
# --8<-- [end:transform]

# --8<-- [start:shift-diff]
visits = pd.DataFrame(
    {"shop": ["A", "B", "A", "B", "A"], "day": [1, 1, 2, 2, 3], "qty": [3, 5, 4, 9, 8]}
)
# fr: shift, diff et rolling restent à l'intérieur de chaque groupe
# en: shift, diff and rolling stay inside each group
by_shop = visits.sort_values("day").groupby("shop")["qty"]
visits["previous"] = by_shop.shift()
visits["change"] = by_shop.diff()
visits["mean_2"] = by_shop.rolling(2).mean().droplevel("shop")
print(visits)
#>   shop  day  qty  previous  change  mean_2
#> 0    A    1    3       NaN     NaN     NaN
#> 1    B    1    5       NaN     NaN     NaN
#> 2    A    2    4       3.0     1.0     3.5
#> 3    B    2    9       5.0     4.0     7.0
#> 4    A    3    8       4.0     4.0     6.0
# --8<-- [end:shift-diff]
