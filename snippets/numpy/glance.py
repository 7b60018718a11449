# --8<-- [start:create]
import numpy as np

a = np.array([1, 2, 3])
z = np.zeros((2, 3))
g = np.linspace(0, 1, 5)
print(a.dtype, z.shape, g)
#> int64 (2, 3) [0.   0.25 0.5  0.75 1.  ]
print(a.tolist(), np.arange(0, 10, 3))
#> [1, 2, 3] [0 3 6 9]
# --8<-- [end:create]

# --8<-- [start:random]
import numpy as np

rng = np.random.default_rng(seed=0)
ints = rng.integers(0, 10, size=3)
noise = rng.normal(size=(2, 2))
print(ints, noise.shape)
#> [8 6 5] (2, 2)
# --8<-- [end:random]

# --8<-- [start:reshape]
import numpy as np

x = np.arange(12)
print(x.reshape(3, -1).shape, x[:, None].shape)
#> (3, 4) (12, 1)
# --8<-- [end:reshape]

# --8<-- [start:axis]
import numpy as np

a = np.array([[0, 1, 2], [3, 4, 5]])
print(a.sum(axis=0), a.sum(axis=1), a.sum())
#> [3 5 7] [ 3 12] 15
print(a.mean(axis=0), a.max(axis=1))
#> [1.5 2.5 3.5] [2 5]
# --8<-- [end:axis]

# --8<-- [start:views]
import numpy as np

a = np.arange(10)
# fr: une tranche est une vue, une liste d'indices une copie
# en: a slice is a view, a list of indices a copy
s = a[2:5]
c = a[[2, 3]]
print(np.shares_memory(a, s), np.shares_memory(a, c))
#> True False
# --8<-- [end:views]

# --8<-- [start:masks]
import numpy as np

x = np.array([3, -1, 4, -5, 2])
print(x[x > 0], x[[0, 2]])
#> [3 4 2] [3 4]
print(np.where(x > 0, x, 0), np.clip(x, -2, 2))
#> [3 0 4 0 2] [ 2 -1  2 -2  2]
# --8<-- [end:masks]

# --8<-- [start:top-k]
import numpy as np

scores = np.array([0.1, 0.7, 0.3, 0.9, 0.5])
print(scores.argmax(), np.sort(scores)[::-1])
#> 3 [0.9 0.7 0.5 0.3 0.1]
print(np.argsort(scores)[::-1])
#> [3 1 4 2 0]
top2 = np.argpartition(scores, -2)[-2:]
print(np.sort(top2))
#> [1 3]
# --8<-- [end:top-k]

# --8<-- [start:combine]
import numpy as np

m = np.array([[1, 2], [3, 4]])
print(np.concatenate([m, m]).shape, np.stack([m, m]).shape)
#> (4, 2) (2, 2, 2)
print(np.vstack([m, m]).shape, np.hstack([m, m]).shape)
#> (4, 2) (2, 4)
print([p.shape for p in np.split(np.arange(6), 3)])
#> [(2,), (2,), (2,)]
# --8<-- [end:combine]

# --8<-- [start:unique]
import numpy as np

values, counts = np.unique([3, 1, 3, 2, 3], return_counts=True)
print(values, counts)
#> [1 2 3] [1 1 3]
# --8<-- [end:unique]

# --8<-- [start:nan]
import numpy as np

x = np.array([1.0, np.nan, 3.0])
print(np.isnan(x), np.nanmean(x), np.nan_to_num(x))
#> [False  True False] 2.0 [1. 0. 3.]
# --8<-- [end:nan]

# --8<-- [start:isclose]
import numpy as np

print(0.1 + 0.2 == 0.3, np.isclose(0.1 + 0.2, 0.3))
#> False True
print(np.allclose([1.0, 2.0], [1.0, 2.0 + 1e-10]))
#> True
# --8<-- [end:isclose]

# --8<-- [start:repeat]
import numpy as np

v = np.array([1, 2])
print(np.repeat(v, 2), np.tile(v, 2))
#> [1 1 2 2] [1 2 1 2]
print(np.tile(v, (2, 1)))
#> [[1 2]
#>  [1 2]]
# --8<-- [end:repeat]

# --8<-- [start:print]
import numpy as np

x = np.array([1e-8, 1.0, 1e5])
print(x)
#> [1.e-08 1.e+00 1.e+05]
with np.printoptions(suppress=True, precision=3):
    print(x)
#> [     0.      1. 100000.]
# --8<-- [end:print]

# --8<-- [start:dtypes]
import numpy as np

print(np.array([127], dtype=np.int8) + 1)
#> [-128]
print(int(np.float32(16_777_217)), int(np.float64(16_777_217)))
#> 16777216 16777217
# --8<-- [end:dtypes]

# --8<-- [start:einsum]
import numpy as np

A, B = np.ones((2, 3)), np.ones((3, 4))
print(np.einsum("ij,jk->ik", A, B).shape)
#> (2, 4)
# --8<-- [end:einsum]

# --8<-- [start:save]
import numpy as np

np.save("x.npy", np.arange(4))
np.savez_compressed("data.npz", X=np.ones((2, 3)), y=np.array([0, 1]))
with np.load("data.npz") as data:
    print(np.load("x.npy"), data.files, data["X"].shape)
#> [0 1 2 3] ['X', 'y'] (2, 3)
# --8<-- [end:save]
