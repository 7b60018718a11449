import numpy as np


# --8<-- [start:loop-vs-vector]
def sum_of_squares_loop(values: list[float]) -> float:
    total = 0.0
    for v in values:
        total += v * v
    return total


def sum_of_squares_numpy(values: np.ndarray) -> float:
    return float(np.dot(values, values))


values = np.arange(1_000, dtype=np.float64)
print(sum_of_squares_loop(values.tolist()) == sum_of_squares_numpy(values))
#> True
# --8<-- [end:loop-vs-vector]
