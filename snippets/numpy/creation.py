# --8<-- [start:create]
import numpy as np

a = np.array([1, 2, 3, 4, 5])
zeros = np.zeros((3, 4))
ones = np.ones((2, 3, 4))
steps = np.arange(0, 10, 0.5)
# fr: valeurs régulièrement espacées, les deux bornes incluses
# en: evenly spaced values, both ends included
grid = np.linspace(0, 1, 100)
identity = np.eye(4)
sevens = np.full((3, 3), 7)
print(a.dtype, zeros.shape, ones.shape, steps.size, grid[-1], identity.trace(), sevens.sum())
#> int64 (3, 4) (2, 3, 4) 20 1.0 4.0 63
# --8<-- [end:create]

# --8<-- [start:random]
# fr: générateur moderne, avec une graine pour des résultats reproductibles
# en: the modern generator, seeded for reproducible results
rng = np.random.default_rng(seed=0)
normal = rng.standard_normal((5, 5))
uniform = rng.uniform(0, 1, size=3)
labels = rng.integers(0, 10, size=8)
print(normal.shape, uniform.round(3), labels)
#> (5, 5) [0.384 0.997 0.981] [3 6 9 6 8 6 7 3]
# --8<-- [end:random]

# --8<-- [start:dtypes]
x = np.arange(3, dtype=np.float32)
print(x.dtype, x.itemsize, x.astype(np.int8).dtype)
#> float32 4 int8
# --8<-- [end:dtypes]
