# --8<-- [start:merge]
import pandas as pd

customers = pd.DataFrame({"key": [1, 2, 3], "name": ["Ada", "Bob", "Chloé"]})
orders = pd.DataFrame({"key": [1, 1, 3, 4], "amount": [50, 20, 35, 10]})
for how in ["inner", "left", "right", "outer"]:
    result = pd.merge(customers, orders, on="key", how=how)
    print(how, result["key"].tolist())
#> inner [1, 1, 3]
#> left [1, 1, 2, 3]
#> right [1, 1, 3, 4]
#> outer [1, 1, 2, 3, 4]
check = pd.merge(customers, orders, on="key", how="outer", indicator=True)
print(check["_merge"].tolist())
#> ['both', 'both', 'left_only', 'both', 'right_only']
# --8<-- [end:merge]

# --8<-- [start:keys]
stock = pd.DataFrame(
    {"store": ["Lyon", "Lyon", "Paris"], "item": ["pen", "ink", "pen"], "qty": [5, 2, 7]}
)
prices = pd.DataFrame(
    {"store": ["Lyon", "Paris", "Paris"], "item": ["pen", "pen", "ink"], "qty": [1, 1, 3]}
)
both = pd.merge(stock, prices, on=["store", "item"], suffixes=("_stock", "_price"))
print(both)
#>    store item  qty_stock  qty_price
#> 0   Lyon  pen          5          1
#> 1  Paris  pen          7          1
# --8<-- [end:keys]

# --8<-- [start:join]
left = pd.DataFrame({"score": [0.9, 0.7]}, index=["a", "b"])
right = pd.DataFrame({"score": [0.5, 0.8], "rank": [2, 1]}, index=["b", "c"])
try:
    left.join(right)
except ValueError as error:
    print(error)
#> columns overlap but no suffix specified: Index(['score'], dtype='str')
print(left.join(right, how="left", suffixes=("_left", "_right")))
#>    score_left  score_right  rank
#> a         0.9          NaN   NaN
#> b         0.7          0.5   2.0
# --8<-- [end:join]

# --8<-- [start:concat]
january = pd.DataFrame({"day": [1, 2], "sales": [10, 12]})
february = pd.DataFrame({"day": [1, 2], "sales": [9, 15]})
stacked = pd.concat([january, february], keys=["jan", "feb"])
side_by_side = pd.concat([january, february], axis=1)
renumbered = pd.concat([january, february], ignore_index=True)
print(stacked.shape, side_by_side.shape, renumbered.index.tolist())
#> (4, 2) (2, 4) [0, 1, 2, 3]
print(stacked.loc["feb", "sales"].tolist())
#> [9, 15]
# --8<-- [end:concat]
