# --8<-- [start:group]
labels = ["cat", "dog", "bird", "cat"]
by_size: dict[int, list[str]] = {}
for label in labels:
    by_size.setdefault(len(label), []).append(label)
print(by_size, by_size.get(9, []))
#> {3: ['cat', 'dog', 'cat'], 4: ['bird']} []
# --8<-- [end:group]


# --8<-- [start:mutable-default]
# fr: la liste par défaut est créée une seule fois, quand def s'exécute
# en: the default list is created once, when def runs
def append_bad(item: int, items: list[int] = []) -> list[int]:
    items.append(item)
    return items


print(append_bad(1), append_bad(2))
#> [1, 2] [1, 2]


def append(item: int, items: list[int] | None = None) -> list[int]:
    items = [] if items is None else items
    items.append(item)
    return items


print(append(1), append(2))
#> [1] [2]
# --8<-- [end:mutable-default]


# --8<-- [start:args-kwargs]
def log_call(*args: object, **kwargs: object) -> None:
    print(args, kwargs)


log_call(1, 2, lr=0.01)
#> (1, 2) {'lr': 0.01}
sizes, options = [3, 4], {"sep": " x "}
print(*sizes, **options)
#> 3 x 4
# --8<-- [end:args-kwargs]

# --8<-- [start:copy]
import copy

config = {"lr": 0.01, "layers": [64, 32]}
shallow, deep = copy.copy(config), copy.deepcopy(config)
config["layers"].append(16)
print(shallow["layers"], deep["layers"])
#> [64, 32, 16] [64, 32]
# --8<-- [end:copy]

# --8<-- [start:none-error]
scores = [0.4, 0.9, 0.7]
ranked = scores.sort()
print(ranked, scores)
#> None [0.4, 0.7, 0.9]
try:
    ranked[0]
except TypeError as error:
    print(error)
#> 'NoneType' object is not subscriptable
print(sorted([0.4, 0.9, 0.7])[0])
#> 0.4
# --8<-- [end:none-error]
