import numpy as np

# --8<-- [start:rules]
a = np.array([[1, 2, 3], [4, 5, 6]])
b = np.array([10, 20, 30])
print(a.shape, b.shape, (a + b).shape)
#> (2, 3) (3,) (2, 3)
print(a + b)
#> [[11 22 33]
#>  [14 25 36]]
# --8<-- [end:rules]

# --8<-- [start:incompatible]
try:
    a + np.array([1, 2])
except ValueError as error:
    print(error)
#> operands could not be broadcast together with shapes (2,3) (2,)
# --8<-- [end:incompatible]

# --8<-- [start:normalize]
rng = np.random.default_rng(0)
X = rng.normal(loc=5.0, scale=2.0, size=(100, 10))
mean = X.mean(axis=0, keepdims=True)
std = X.std(axis=0, keepdims=True)
X_norm = (X - mean) / std
print(mean.shape, np.allclose(X_norm.mean(axis=0), 0), np.allclose(X_norm.std(axis=0), 1))
#> (1, 10) True True
# --8<-- [end:normalize]

# --8<-- [start:distances]
points = rng.normal(size=(50, 3))
diff = points[:, np.newaxis, :] - points[np.newaxis, :, :]
distances = np.sqrt((diff**2).sum(axis=-1))
print(diff.shape, distances.shape, np.allclose(distances, distances.T))
#> (50, 50, 3) (50, 50) True
# --8<-- [end:distances]
