import numpy as np

# --8<-- [start:einsum]
rng = np.random.default_rng(0)
a, b = rng.normal(size=5), rng.normal(size=5)
A, B = rng.normal(size=(3, 4)), rng.normal(size=(4, 5))
batch_A, batch_B = rng.normal(size=(10, 3, 4)), rng.normal(size=(10, 4, 5))
S = rng.normal(size=(4, 4))

dot = np.einsum("i,i->", a, b)
matmul = np.einsum("ij,jk->ik", A, B)
batch = np.einsum("bij,bjk->bik", batch_A, batch_B)
trace = np.einsum("ii->", S)
outer = np.einsum("i,j->ij", a, b)

print(np.isclose(dot, a @ b), np.allclose(matmul, A @ B), np.allclose(batch, batch_A @ batch_B))
#> True True True
print(np.isclose(trace, np.trace(S)), outer.shape, np.allclose(outer, np.outer(a, b)))
#> True (5, 5) True
# --8<-- [end:einsum]
