# --8<-- [start:eig]
import numpy as np

M = np.array([[4.0, 1.0], [2.0, 3.0]])
eigenvalues, V = np.linalg.eig(M)
print(eigenvalues)
#> [5. 2.]
# --8<-- [end:eig]

# --8<-- [start:eig-check]
v, lam = V[:, 0], eigenvalues[0]
print(np.allclose(M @ v, lam * v))
#> True
print(np.allclose(M, V @ np.diag(eigenvalues) @ np.linalg.inv(V)))
#> True
# --8<-- [end:eig-check]

# --8<-- [start:complex]
rotation = np.array([[0.0, -1.0], [1.0, 0.0]])
print(np.linalg.eig(rotation).eigenvalues)
#> [0.+1.j 0.-1.j]
# --8<-- [end:complex]

# --8<-- [start:eigh]
S = np.array([[2.0, 1.0], [1.0, 2.0]])
print(np.linalg.eig(S).eigenvalues, np.linalg.eigh(S).eigenvalues)
#> [3. 1.] [1. 3.]
rng = np.random.default_rng(0)
X = rng.normal(size=(5, 5))
S = X @ X.T
lambdas, Q = np.linalg.eigh(S)
print(lambdas.round(3))
#> [0.112 0.243 3.368 6.615 8.079]
# --8<-- [end:eigh]

# --8<-- [start:eigh-check]
print(lambdas.dtype, np.all(np.diff(lambdas) >= 0))
#> float64 True
print(np.allclose(Q.T @ Q, np.eye(5)), np.allclose(S, Q @ np.diag(lambdas) @ Q.T))
#> True True
# --8<-- [end:eigh-check]
