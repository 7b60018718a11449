# --8<-- [start:data]
import pandas as pd

df = pd.DataFrame(
    {
        "date": ["2024-01", "2024-01", "2024-01", "2024-02", "2024-02"],
        "category": ["books", "books", "games", "books", "games"],
        "sales": [100, 50, 80, 120, 60],
    }
)
pivot = df.pivot_table(values="sales", index="date", columns="category", aggfunc="sum")
print(pivot)
#> category  books  games
#> date
#> 2024-01     150     80
#> 2024-02     120     60
# --8<-- [end:data]

# --8<-- [start:multi]
multi = df.pivot_table(
    values="sales",
    index="date",
    columns="category",
    aggfunc=["sum", "mean", "count"],
    fill_value=0,
    margins=True,
    margins_name="total",
)
print(multi["sum"])
#> category  books  games  total
#> date
#> 2024-01     150     80    230
#> 2024-02     120     60    180
#> total       270    140    410
print(multi.columns.nlevels, multi.shape)
#> 2 (3, 9)
# --8<-- [end:multi]

# --8<-- [start:pivot]
monthly = df.groupby(["date", "category"], as_index=False)["sales"].sum()
wide = monthly.pivot(index="date", columns="category", values="sales")
try:
    df.pivot(index="date", columns="category", values="sales")
except ValueError as error:
    print(error)
#> Index contains duplicate entries, cannot reshape
long = wide.reset_index().melt(id_vars="date", value_name="sales")
print(long.shape)
#> (4, 3)
# --8<-- [end:pivot]

# --8<-- [start:pivot-check]
print(wide.equals(pivot))
#> True
# --8<-- [end:pivot-check]
