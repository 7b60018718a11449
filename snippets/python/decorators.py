# --8<-- [start:timer]
import time
from collections import defaultdict
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
timings: defaultdict[str, list[float]] = defaultdict(list)


def timer(func: Callable[P, R]) -> Callable[P, R]:
    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            timings[func.__name__].append(time.perf_counter() - start)

    return wrapper


# --8<-- [end:timer]


# --8<-- [start:use]
@timer
def train_model(epochs: int) -> str:
    """Pretend to train for a few epochs."""
    time.sleep(0.01 * epochs)
    return f"trained for {epochs} epochs"


print(train_model(3))
#> trained for 3 epochs
print(len(timings["train_model"]), timings["train_model"][0] >= 0.03)
#> 1 True
# --8<-- [end:use]

# --8<-- [start:metadata]
print(train_model.__name__, "|", train_model.__doc__)
#> train_model | Pretend to train for a few epochs.
print(train_model.__wrapped__(1))
#> trained for 1 epochs


def bare(func: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(*args, **kwargs)

    return wrapper


print(bare(train_model.__wrapped__).__name__)
#> wrapper
# --8<-- [end:metadata]
