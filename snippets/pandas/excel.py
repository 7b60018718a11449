# --8<-- [start:round-trip]
import pandas as pd

people = pd.DataFrame(
    {"city": ["Lyon", "Paris", "Lyon", "Nice"], "age": [36, 41, 29, 52], "score": [12, 15, 9, 15]}
)
# fr: openpyxl lit et écrit les fichiers .xlsx
# en: openpyxl reads and writes .xlsx files
people.to_excel("people.xlsx", sheet_name="people", index=False)
back = pd.read_excel("people.xlsx", sheet_name="people")
print(back.equals(people), back.dtypes.astype(str).to_dict())
#> True {'city': 'str', 'age': 'int64', 'score': 'int64'}
# --8<-- [end:round-trip]

# --8<-- [start:sheets]
# fr: plusieurs feuilles dans un même classeur
# en: several sheets in one workbook
with pd.ExcelWriter("report.xlsx") as writer:
    people.to_excel(writer, sheet_name="people", index=False)
    people.groupby("city")["score"].mean().to_excel(writer, sheet_name="by_city")
# fr: sheet_name=None lit toutes les feuilles : un dictionnaire de DataFrame
# en: sheet_name=None reads every sheet: a dictionary of DataFrames
sheets = pd.read_excel("report.xlsx", sheet_name=None)
print({name: frame.shape for name, frame in sheets.items()})
#> {'people': (4, 3), 'by_city': (3, 2)}
by_city = pd.read_excel("report.xlsx", sheet_name="by_city", index_col="city")
print(by_city["score"].to_dict())
#> {'Lyon': 10.5, 'Nice': 15.0, 'Paris': 15.0}
# --8<-- [end:sheets]
