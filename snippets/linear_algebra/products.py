# --8<-- [start:dot]
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.dot(a, b), a @ b, (a * b).sum())
#> 32 32 32
# --8<-- [end:dot]

# --8<-- [start:angle]
u = np.array([1.0, 0.0])
w = np.array([1.0, 1.0])
theta = np.arctan2(w[1], w[0]) - np.arctan2(u[1], u[0])
print(f"{np.degrees(theta):.1f}")
#> 45.0
print(f"{u @ w:.4f} {np.linalg.norm(u) * np.linalg.norm(w) * np.cos(theta):.4f}")
#> 1.0000 1.0000
# --8<-- [end:angle]

# --8<-- [start:matmul]
rng = np.random.default_rng(0)
A = rng.normal(size=(3, 4))
B = rng.normal(size=(4, 5))
C = A @ B
C_einsum = np.einsum("ik,kj->ij", A, B)
print(C.shape, C_einsum.shape)
#> (3, 5) (3, 5)
# --8<-- [end:matmul]

# --8<-- [start:matmul-check]
print(np.allclose(C, np.matmul(A, B)), np.allclose(C, C_einsum))
#> True True
# --8<-- [end:matmul-check]

# --8<-- [start:shape-error]
# fr: A @ A échoue (tailles intérieures différentes) : transposer l'un des deux
# en: A @ A fails (the inner sizes differ): transpose one of them
print((A @ A.T).shape, (A.T @ A).shape)
#> (3, 3) (4, 4)
# --8<-- [end:shape-error]

# --8<-- [start:batch]
batch_A = rng.normal(size=(10, 3, 4))
batch_B = rng.normal(size=(10, 4, 5))
batch_C = batch_A @ batch_B
print(batch_C.shape, (batch_A @ B).shape)
#> (10, 3, 5) (10, 3, 5)
# --8<-- [end:batch]

# --8<-- [start:batch-check]
print(np.allclose(batch_C[7], batch_A[7] @ batch_B[7]))
#> True
# --8<-- [end:batch-check]

# --8<-- [start:elementwise-outer]
print((A * A).shape, np.outer(a, b).shape)
#> (3, 4) (3, 3)
print(np.outer(a, b))
#> [[ 4  5  6]
#>  [ 8 10 12]
#>  [12 15 18]]
# --8<-- [end:elementwise-outer]
