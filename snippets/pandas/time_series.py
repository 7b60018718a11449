# --8<-- [start:to-datetime]
import pandas as pd

# fr: format explicite : jour d'abord, sans ambiguïté ni inférence
# en: explicit format: day first, no ambiguity, no guessing
dates = pd.to_datetime(pd.Series(["04/03/2024", "31/12/2024"]), format="%d/%m/%Y")
print(dates.dt.strftime("%Y-%m-%d").tolist(), dates.dt.day_name().tolist())
#> ['2024-03-04', '2024-12-31'] ['Monday', 'Tuesday']
# fr: errors="coerce" : NaT au lieu d'une erreur
# en: errors="coerce": NaT instead of an error
parsed = pd.to_datetime(pd.Series(["2024-03-04", "soon"]), errors="coerce")
print(parsed.isna().tolist())
#> [False, True]
# --8<-- [end:to-datetime]

# --8<-- [start:resample]
days = pd.date_range("2024-03-04", periods=14, freq="D")
sales = pd.Series([5, 3, 8, 6, 2, 9, 4, 7, 1, 6, 3, 8, 5, 2], index=days)
weekly = sales.resample("W").sum()
print(weekly)
#> 2024-03-10    37
#> 2024-03-17    32
#> Freq: W-SUN, dtype: int64
# --8<-- [end:resample]

# --8<-- [start:rolling]
smooth = sales.rolling(window=3).mean()
print(smooth.head(5).round(2).tolist())
#> [nan, nan, 5.33, 5.67, 5.33]
partial = sales.rolling(window=3, min_periods=1).mean()
print(partial.head(3).round(2).tolist())
#> [5.0, 4.0, 5.33]
# --8<-- [end:rolling]
