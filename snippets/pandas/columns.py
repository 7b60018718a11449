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

# --8<-- [start:overview]
survey = pd.DataFrame({"city": ["Lyon", "Paris", "Lyon", None], "age": [36, 41, None, 52]})
survey.info()
#> <class 'pandas.DataFrame'>
#> RangeIndex: 4 entries, 0 to 3
#> Data columns (total 2 columns):
#>  #   Column  Non-Null Count  Dtype
#> ---  ------  --------------  -----
#>  0   city    3 non-null      str
#>  1   age     3 non-null      float64
#> dtypes: float64(1), str(1)
#> memory usage: 210.0 bytes
# fr: include="all" décrit aussi les colonnes de texte
# en: include="all" also describes the text columns
print(survey.describe(include="all").loc[["count", "unique", "top", "mean"]])
#>         city   age
#> count      3   3.0
#> unique     2   NaN
#> top     Lyon   NaN
#> mean     NaN  43.0
print(survey.nunique().to_dict(), survey.isna().mean().to_dict())
#> {'city': 2, 'age': 3} {'city': 0.25, 'age': 0.25}
# --8<-- [end:overview]
