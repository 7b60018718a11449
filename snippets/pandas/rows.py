# --8<-- [start:iterate]
import pandas as pd

sales = pd.DataFrame({"item": ["pen", "ink"], "price": [1.5, 4.0], "qty": [10, 3]})
# fr: d'abord vectoriser : une opération sur des colonnes entières, sans boucle
# en: vectorise first: one operation on whole columns, no loop
print((sales["price"] * sales["qty"]).tolist())
#> [15.0, 12.0]
# fr: s'il faut une boucle : itertuples, un tuple nommé par ligne
# en: if you need a loop: itertuples, one named tuple per row
for row in sales.itertuples(index=False):
    print(row.item, row.price * row.qty)
#> pen 15.0
#> ink 12.0
# fr: iterrows crée une Series par ligne : plus lent, et les types peuvent changer
# en: iterrows builds a Series per row: slower, and the types can change
index, first = next(sales[["price", "qty"]].iterrows())
print(index, first["qty"], sales["qty"].dtype)
#> 0 10.0 int64
# --8<-- [end:iterate]

# --8<-- [start:truth-value]
people = pd.DataFrame({"city": ["Lyon", "Paris", "Nice"], "age": [36, 41, 52]})
try:
    people[people["age"] > 30 and people["age"] < 45]
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
#> ValueError: The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all().
# fr: & (et), | (ou), ~ (non), chaque comparaison entre parenthèses
# en: & (and), | (or), ~ (not), each comparison in parentheses
print(people[(people["age"] > 30) & (people["age"] < 45)]["city"].tolist())
#> ['Lyon', 'Paris']
# fr: une seule réponse pour toute la colonne : any() ou all()
# en: one answer for the whole column: any() or all()
print((people["age"] > 50).any(), (people["age"] > 50).all())
#> True False
# --8<-- [end:truth-value]

# --8<-- [start:append]
try:
    people.append({"city": "Brest", "age": 23})
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
#> AttributeError: 'DataFrame' object has no attribute 'append'
new_rows = pd.DataFrame({"city": ["Brest"], "age": [23]})
people = pd.concat([people, new_rows], ignore_index=True)
print(people["city"].tolist(), people.index.tolist())
#> ['Lyon', 'Paris', 'Nice', 'Brest'] [0, 1, 2, 3]
# --8<-- [end:append]
