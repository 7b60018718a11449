# --8<-- [start:write]
import tempfile
from pathlib import Path

import pandas as pd

workdir = tempfile.TemporaryDirectory()
folder = Path(workdir.name)
sales = pd.DataFrame(
    {
        "date": pd.date_range("2024-01-01", periods=6, freq="D"),
        "store": ["Lyon", "Paris", "Lyon", "Paris", "Lyon", "Paris"],
        "amount": [120.5, 98.0, 130.25, 101.0, 88.75, 140.0],
        "units": [3, 2, 4, 2, 1, 5],
    }
)
sales.to_csv(folder / "sales.csv", index=False)
sales.to_csv(folder / "sales_fr.csv", sep=";", decimal=",", index=False, encoding="utf-8")
print(sorted(path.name for path in folder.iterdir()))
#> ['sales.csv', 'sales_fr.csv']
# --8<-- [end:write]

# --8<-- [start:read]
df = pd.read_csv(
    folder / "sales.csv",
    usecols=["date", "store", "amount"],
    dtype={"store": "category"},
    parse_dates=["date"],
    index_col="date",
)
print(df.dtypes.astype(str).to_dict(), df.index.dtype)
#> {'store': 'category', 'amount': 'float64'} datetime64[us]
# --8<-- [end:read]

# --8<-- [start:read-fr]
fr = pd.read_csv(folder / "sales_fr.csv", sep=";", decimal=",", parse_dates=["date"])
print(fr.dtypes.astype(str).to_dict())
#> {'date': 'datetime64[us]', 'store': 'str', 'amount': 'float64', 'units': 'int64'}
# --8<-- [end:read-fr]

# --8<-- [start:round-trip]
print(fr.equals(sales))
#> True
# --8<-- [end:round-trip]

# --8<-- [start:chunks]
total, sizes = 0.0, []
for chunk in pd.read_csv(folder / "sales.csv", chunksize=4):
    total += chunk["amount"].sum()
    sizes.append(len(chunk))
print(sizes, f"{total:.2f}")
#> [4, 2] 678.50
workdir.cleanup()
# --8<-- [end:chunks]
