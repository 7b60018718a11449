# --8<-- [start:matmul]
import numpy as np

A = np.array([[1, 2], [3, 4]])
# fr: @ est le produit matriciel, * le produit élément par élément
# en: @ is the matrix product, * the element-wise product
print((A @ A).tolist(), (A * A).tolist())
#> [[7, 10], [15, 22]] [[1, 4], [9, 16]]
# fr: (m, n) @ (n, p) donne (m, p)
# en: (m, n) @ (n, p) gives (m, p)
print((np.ones((5, 3)) @ np.ones((3, 2))).shape)
#> (5, 2)
# --8<-- [end:matmul]

# --8<-- [start:batch]
import numpy as np

Q = np.ones((8, 4, 16))
K = np.ones((8, 16, 5))
print((Q @ K).shape, np.einsum("bij,bjk->bik", Q, K).shape)
#> (8, 4, 5) (8, 4, 5)
# fr: np.dot n'est pas un produit par lot
# en: np.dot is not a batched product
print(np.dot(Q, K).shape)
#> (8, 4, 8, 5)
# --8<-- [end:batch]

# --8<-- [start:torch]
import torch

torch.manual_seed(0)
x = torch.randn(32, 10, 64)
w = torch.randn(64, 8)
# fr: @ diffuse le lot ; bmm exige deux tenseurs (lot, m, n)
# en: @ broadcasts the batch; bmm needs two (batch, m, n) tensors
print((x @ w).shape, torch.bmm(x, x.transpose(1, 2)).shape)
#> torch.Size([32, 10, 8]) torch.Size([32, 10, 10])
# --8<-- [end:torch]

# --8<-- [start:solve]
import numpy as np

M = np.array([[3.0, 1.0], [1.0, 2.0]])
y = np.array([9.0, 8.0])
# fr: solve plutôt que inv(M) @ y : plus rapide et plus précis
# en: solve rather than inv(M) @ y: faster and more accurate
x_solved = np.linalg.solve(M, y)
print(x_solved)
#> [2. 3.]
# --8<-- [end:solve]

# --8<-- [start:det-rank-inv]
import numpy as np

M = np.array([[3.0, 1.0], [1.0, 2.0]])
singular = np.array([[1.0, 2.0], [2.0, 4.0]])
print(f"{np.linalg.det(M):.4f}", np.linalg.matrix_rank(M), np.linalg.matrix_rank(singular))
#> 5.0000 2 1
M_inv = np.linalg.inv(M)
print(M_inv)
#> [[ 0.4 -0.2]
#>  [-0.2  0.6]]
# --8<-- [end:det-rank-inv]

# --8<-- [start:eigh]
import numpy as np

S = np.array([[2.0, 1.0], [1.0, 2.0]])
# fr: matrice symétrique : eigh, valeurs propres réelles et croissantes
# en: symmetric matrix: eigh, real eigenvalues in ascending order
eigenvalues, eigenvectors = np.linalg.eigh(S)
print(eigenvalues, np.abs(eigenvectors[:, -1]).round(4))
#> [1. 3.] [0.7071 0.7071]
# --8<-- [end:eigh]

# --8<-- [start:svd]
import numpy as np

X = np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])
U, s, Vt = np.linalg.svd(X, full_matrices=False)
print(U.shape, s, Vt.shape)
#> (2, 2) [5. 3.] (2, 3)
# fr: U * s multiplie chaque colonne de U par sa valeur singulière
# en: U * s scales each column of U by its singular value
print(((U * s) @ Vt).round(6))
#> [[ 3.  2.  2.]
#>  [ 2.  3. -2.]]
# --8<-- [end:svd]

# --8<-- [start:low-rank]
import numpy as np

rng = np.random.default_rng(0)
W = rng.normal(size=(100, 5)) @ rng.normal(size=(5, 50)) + 0.01 * rng.normal(size=(100, 50))
U_w, s_w, Vt_w = np.linalg.svd(W, full_matrices=False)
k = 5
W_k = (U_w[:, :k] * s_w[:k]) @ Vt_w[:k]
# fr: l'écart entre valeurs singulières aide à choisir k
# en: the gap between singular values helps choose k
print(s_w[k - 1 : k + 1].round(2), f"{np.linalg.norm(W - W_k) / np.linalg.norm(W):.4f}")
#> [47.2   0.16] 0.0042
# --8<-- [end:low-rank]

# --8<-- [start:pca]
import numpy as np

rng = np.random.default_rng(0)
data = rng.normal(size=(200, 3)) * [5.0, 2.0, 1.0] + 10.0
centered = data - data.mean(axis=0)
_, s_data, Vt_data = np.linalg.svd(centered, full_matrices=False)
ratio = s_data**2 / np.sum(s_data**2)
projected = centered @ Vt_data[:2].T
print(ratio.round(3), projected.shape)
#> [0.839 0.13  0.031] (200, 2)
# --8<-- [end:pca]

# --8<-- [start:norms]
import numpy as np

v = np.array([3.0, 4.0])
print(np.linalg.norm(v, ord=1), np.linalg.norm(v), np.linalg.norm(v, ord=np.inf))
#> 7.0 5.0 4.0
m = np.array([[1.0, 2.0], [3.0, 4.0]])
# fr: sur une matrice : Frobenius par défaut, puis la norme spectrale
# en: on a matrix: Frobenius by default, then the spectral norm
print(f"{np.linalg.norm(m):.4f} {np.linalg.norm(m, ord=2):.4f}")
#> 5.4772 5.4650
print(np.linalg.norm(m, axis=1).round(4))
#> [2.2361 5.    ]
# --8<-- [end:norms]

# --8<-- [start:cosine-distances]
import numpy as np
from scipy.spatial.distance import cdist

points = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 2.0]])
unit = points / np.linalg.norm(points, axis=1, keepdims=True)
# fr: similarité cosinus de toutes les paires
# en: cosine similarity of every pair
print((unit @ unit.T).round(3))
#> [[1.    0.707 0.   ]
#>  [0.707 1.    0.707]
#>  [0.    0.707 1.   ]]
# fr: distances euclidiennes de toutes les paires (en PyTorch : torch.cdist)
# en: Euclidean distances of every pair (in PyTorch: torch.cdist)
print(cdist(points, points).round(3))
#> [[0.    1.    2.236]
#>  [1.    0.    1.414]
#>  [2.236 1.414 0.   ]]
# --8<-- [end:cosine-distances]
