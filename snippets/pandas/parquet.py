# --8<-- [start:arrow-types]
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

workdir = tempfile.TemporaryDirectory()
folder = Path(workdir.name)
people = pd.DataFrame(
    {
        "city": ["Lyon", "Paris", None],
        "age": pd.array([36, None, 29], dtype="Int64"),
        "score": [1.5, None, 2.0],
    }
)
people.to_parquet(folder / "people.parquet", index=False)
numpy_types = pd.read_parquet(folder / "people.parquet")
print(numpy_types.dtypes.astype(str).to_dict())
#> {'city': 'str', 'age': 'Int64', 'score': 'float64'}
arrow_types = pd.read_parquet(folder / "people.parquet", dtype_backend="pyarrow")
print(arrow_types.dtypes.astype(str).to_dict())
#> {'city': 'large_string[pyarrow]', 'age': 'int64[pyarrow]', 'score': 'double[pyarrow]'}
print(arrow_types)
#>     city   age  score
#> 0   Lyon    36    1.5
#> 1  Paris  <NA>   <NA>
#> 2   <NA>    29    2.0
# --8<-- [end:arrow-types]

# --8<-- [start:columns-filters]
# fr: ne lire que certaines colonnes et les lignes qui passent le filtre
# en: read only some columns, and the rows that pass the filter
adults = pd.read_parquet(folder / "people.parquet", columns=["city"], filters=[("age", ">", 30)])
print(adults)
#>    city
#> 0  Lyon
# --8<-- [end:columns-filters]


# --8<-- [start:sizes]
def make_table(size: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "date": pd.date_range("2024-01-01", periods=size, freq="min"),
            "store": rng.choice(["Lyon", "Paris", "Nice", "Lille"], size),
            "amount": rng.uniform(0, 500, size).round(2),
            "units": rng.integers(1, 20, size),
        }
    )


def file_sizes(df: pd.DataFrame, folder: Path) -> dict[str, int]:
    df.to_csv(folder / "table.csv", index=False)
    df.to_parquet(folder / "table.parquet", index=False)
    return {kind: (folder / f"table.{kind}").stat().st_size for kind in ("csv", "parquet")}


sizes = file_sizes(make_table(1_000), folder)
print(sizes["csv"] > sizes["parquet"])
#> True
workdir.cleanup()
# --8<-- [end:sizes]
