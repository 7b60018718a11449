# --8<-- [start:shapes]
import numpy as np

rng = np.random.default_rng(0)
A = rng.normal(size=(100, 50))
U, s, Vt = np.linalg.svd(A, full_matrices=False)
print(U.shape, s.shape, Vt.shape)
#> (100, 50) (50,) (50, 50)
# --8<-- [end:shapes]

# --8<-- [start:shapes-check]
print(np.allclose(A, U @ np.diag(s) @ Vt), np.all(np.diff(s) <= 0))
#> True True
print(np.allclose(U.T @ U, np.eye(50)), np.allclose(Vt @ Vt.T, np.eye(50)))
#> True True
# --8<-- [end:shapes-check]

# --8<-- [start:low-rank]
low_rank = rng.normal(size=(100, 5)) @ rng.normal(size=(5, 50))
A = low_rank + 0.1 * rng.normal(size=(100, 50))
U, s, Vt = np.linalg.svd(A, full_matrices=False)
k = 5
A_k = U[:, :k] @ np.diag(s[:k]) @ Vt[:k, :]
error = np.linalg.norm(A - A_k)
print(f"{error / np.linalg.norm(A):.4f}", A.size, k * (100 + 50 + 1))
#> 0.0427 5000 755
# --8<-- [end:low-rank]

# --8<-- [start:low-rank-check]
print(f"{error:.4f} {np.sqrt(np.sum(s[k:] ** 2)):.4f}")
#> 6.6205 6.6205
# --8<-- [end:low-rank-check]
