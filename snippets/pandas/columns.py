from pathlib import Path

import pandas as pd

# --8<-- [start:keyerror]
Path("scores.csv").write_text("city, age\nLyon, 36\nNice, 52\n")
people = pd.read_csv("scores.csv")
print(people.columns.tolist())
#> ['city', ' age']
try:
    people["age"]
except KeyError as error:
    print(repr(error))
#> KeyError('age')
people.columns = people.columns.str.strip()
print(people["age"].tolist())
#> [36, 52]
# --8<-- [end:keyerror]

# --8<-- [start:display]
tall = pd.DataFrame({"n": range(100)})
print(len(str(tall).splitlines()))
#> 14
with pd.option_context("display.max_rows", None, "display.max_columns", None):
    print(len(str(tall).splitlines()))
#> 101
# --8<-- [end:display]
