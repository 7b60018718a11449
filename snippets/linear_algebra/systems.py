# --8<-- [start:solve]
import numpy as np

rng = np.random.default_rng(0)
A = rng.normal(size=(4, 4))
b = rng.normal(size=4)
x = np.linalg.solve(A, b)
print(x.round(4))
#> [-0.2109  0.2392 -0.865   0.6463]
# fr: plus d'équations que d'inconnues : moindres carrés
# en: more equations than unknowns: least squares
X = rng.normal(size=(50, 3))
y = X @ np.array([1.0, -2.0, 0.5]) + 0.01 * rng.normal(size=50)
w, *_ = np.linalg.lstsq(X, y)
print(w.round(2))
#> [ 1.  -2.   0.5]
# --8<-- [end:solve]

# --8<-- [start:solve-check]
print(np.allclose(A @ x, b), np.allclose(x, np.linalg.inv(A) @ b))
#> True True
print(np.allclose(w, np.linalg.solve(X.T @ X, X.T @ y)))
#> True
# --8<-- [end:solve-check]

# --8<-- [start:det-rank]
singular = np.array([[1.0, 2.0], [2.0, 4.0]])
print(f"{np.linalg.det(A):.4f}", np.linalg.matrix_rank(A), np.linalg.matrix_rank(singular))
#> -1.8848 4 1
try:
    np.linalg.inv(singular)
except np.linalg.LinAlgError as error:
    print(error)
#> Singular matrix
# --8<-- [end:det-rank]
