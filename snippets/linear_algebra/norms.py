# --8<-- [start:norms]
import numpy as np

v = np.array([3.0, 4.0])
print(np.linalg.norm(v, ord=1), np.linalg.norm(v), np.linalg.norm(v, ord=np.inf))
#> 7.0 5.0 4.0
# --8<-- [end:norms]

# --8<-- [start:norms-check]
print(np.abs(v).sum(), np.sqrt((v**2).sum()), np.abs(v).max())
#> 7.0 5.0 4.0
# --8<-- [end:norms-check]

# --8<-- [start:matrix]
M = np.array([[1.0, 2.0], [3.0, 4.0]])
print(f"{np.linalg.norm(M):.4f} {np.linalg.norm(M, ord=2):.4f}")
#> 5.4772 5.4650
# --8<-- [end:matrix]

# --8<-- [start:matrix-check]
print(f"{np.sqrt((M**2).sum()):.4f} {np.linalg.svd(M, compute_uv=False)[0]:.4f}")
#> 5.4772 5.4650
# --8<-- [end:matrix-check]

# --8<-- [start:distance]
a = np.array([1.0, 2.0, 3.0])
b = np.array([4.0, 5.0, 6.0])
cos_sim = (a @ b) / (np.linalg.norm(a) * np.linalg.norm(b))
print(f"{np.linalg.norm(a - b):.4f} {cos_sim:.4f}")
#> 5.1962 0.9746
# --8<-- [end:distance]

# --8<-- [start:libraries]
import torch
import torch.nn.functional as F
from scipy.spatial.distance import cosine, euclidean

ta, tb = torch.from_numpy(a), torch.from_numpy(b)
print(f"{euclidean(a, b):.4f} {torch.dist(ta, tb).item():.4f}")
#> 5.1962 5.1962
print(f"{F.cosine_similarity(ta, tb, dim=0).item():.4f} {1 - cosine(a, b):.4f}")
#> 0.9746 0.9746
# --8<-- [end:libraries]

# --8<-- [start:pairwise]
from scipy.spatial.distance import cdist
from sklearn.metrics.pairwise import cosine_similarity

queries = np.array([[1.0, 0.0], [1.0, 1.0]])
keys = np.array([[0.0, 2.0], [3.0, 0.0], [1.0, 1.0]])
distances = cdist(queries, keys)
similarities = cosine_similarity(queries, keys)
print(distances.round(3))
#> [[2.236 2.    1.   ]
#>  [1.414 2.236 0.   ]]
print(similarities.round(3))
#> [[0.    1.    0.707]
#>  [0.707 0.707 1.   ]]
# --8<-- [end:pairwise]

# --8<-- [start:pairwise-check]
unit_q = queries / np.linalg.norm(queries, axis=1, keepdims=True)
unit_k = keys / np.linalg.norm(keys, axis=1, keepdims=True)
tq, tk = torch.from_numpy(queries), torch.from_numpy(keys)
print(np.allclose(similarities, unit_q @ unit_k.T), np.allclose(distances, torch.cdist(tq, tk)))
#> True True
# --8<-- [end:pairwise-check]
