# --8<-- [start:f-strings]
x, name = 3.14159, "loss"
print(f"{name}: {x:.3f} | {x:.1e} | {0.256:.1%} | {7:03d}")
#> loss: 3.142 | 3.1e+00 | 25.6% | 007
print(f"{x=:.2f} {name!r} {name:>6}|")
#> x=3.14 'loss'   loss|
# --8<-- [end:f-strings]

# --8<-- [start:comprehensions]
squares = [n * n for n in range(6) if n % 2 == 0]
sizes = {word: len(word) for word in ["cat", "horse"]}
total = sum(n * n for n in range(4))
print(squares, sizes, total)
#> [0, 4, 16] {'cat': 3, 'horse': 5} 14
# --8<-- [end:comprehensions]

# --8<-- [start:enumerate-zip]
names, scores = ["a", "b", "c"], [0.9, 0.4, 0.7]
# fr: strict=True lève ValueError si les longueurs diffèrent
# en: strict=True raises ValueError if the lengths differ
for i, (who, score) in enumerate(zip(names, scores, strict=True)):
    print(i, who, score)
#> 0 a 0.9
#> 1 b 0.4
#> 2 c 0.7
# --8<-- [end:enumerate-zip]

# --8<-- [start:dicts]
from collections import Counter

labels = ["cat", "dog", "cat", "bird", "cat"]
print(Counter(labels).most_common(2))
#> [('cat', 3), ('dog', 1)]
# --8<-- [end:dicts]

# --8<-- [start:dict-merge]
defaults = {"lr": 0.001, "epochs": 10}
config = defaults | {"lr": 0.01}
print(config, config.get("seed", 0))
#> {'lr': 0.01, 'epochs': 10} 0
# --8<-- [end:dict-merge]

# --8<-- [start:sorted]
runs = [("b", 0.31), ("a", 0.12), ("c", 0.27)]
print(sorted(runs, key=lambda run: run[1]))
#> [('a', 0.12), ('c', 0.27), ('b', 0.31)]
print(max(runs, key=lambda run: run[1]))
#> ('b', 0.31)
metrics = {"a": 0.9, "b": 0.4, "c": 0.7}
print(dict(sorted(metrics.items(), key=lambda kv: kv[1])))
#> {'b': 0.4, 'c': 0.7, 'a': 0.9}
# --8<-- [end:sorted]

# --8<-- [start:pathlib]
from pathlib import Path

out = Path("results")
out.mkdir(parents=True, exist_ok=True)
(out / "metrics.txt").write_text("acc=0.91\n", encoding="utf-8")
print((out / "metrics.txt").read_text(encoding="utf-8"), end="")
#> acc=0.91
print(sorted(path.name for path in out.glob("*.txt")))
#> ['metrics.txt']
# --8<-- [end:pathlib]

# --8<-- [start:context-manager]
from contextlib import contextmanager


@contextmanager
def stage(name: str):
    try:
        yield name.upper()
    finally:
        # fr: le nettoyage s'exécute même après une exception
        # en: the cleanup runs even after an exception
        print("end", name)


with stage("eval") as tag:
    print(tag)
#> EVAL
#> end eval
# --8<-- [end:context-manager]

# --8<-- [start:dataclass]
from dataclasses import dataclass


# fr: frozen : « config.lr = ... » lève FrozenInstanceError
# en: frozen: "config.lr = ..." raises FrozenInstanceError
@dataclass(frozen=True, slots=True)
class Config:
    lr: float = 1e-3
    # fr: un tuple, pas une liste : rien de modifiable dans un objet figé
    # en: a tuple, not a list: nothing mutable inside a frozen object
    layers: tuple[int, ...] = (64, 32)


print(Config(lr=0.01))
#> Config(lr=0.01, layers=(64, 32))
# --8<-- [end:dataclass]

# --8<-- [start:functools]
from functools import cache, partial


@cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


from_binary = partial(int, base=2)
print(fib(60), fib.cache_info().currsize, from_binary("101"))
#> 1548008755920 61 5
# --8<-- [end:functools]

# --8<-- [start:logging]
import logging
import sys

logging.basicConfig(level="INFO", stream=sys.stdout, force=True)
# fr: dans un module : logging.getLogger(__name__)
# en: in a module: logging.getLogger(__name__)
logger = logging.getLogger("train")
logger.info("epoch %d loss %.3f", 1, 0.4567)
#> INFO:train:epoch 1 loss 0.457
# --8<-- [end:logging]

# --8<-- [start:argparse]
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--lr", type=float, default=1e-3)
parser.add_argument("--verbose", action="store_true")
# fr: sans liste, parse_args lit sys.argv
# en: without a list, parse_args reads sys.argv
args = parser.parse_args(["--lr", "0.01", "--verbose"])
print(args)
#> Namespace(lr=0.01, verbose=True)
# --8<-- [end:argparse]


# --8<-- [start:type-hints]
def mean(values: list[float], default: float | None = None) -> float | None:
    return sum(values) / len(values) if values else default


print(mean([1.0, 2.0]), mean([]), mean([], default=0.0))
#> 1.5 None 0.0
# --8<-- [end:type-hints]
