# --8<-- [start:explained-variance]
import numpy as np

rng = np.random.default_rng(0)
latent = rng.normal(size=(200, 2))
X = latent @ rng.normal(size=(2, 4)) + 0.3 * rng.normal(size=(200, 4)) + 50.0
X_centered = X - X.mean(axis=0)
s = np.linalg.svd(X_centered, compute_uv=False)
ratio = s**2 / np.sum(s**2)
print(" ".join(f"{r:.4f}" for r in ratio))
#> 0.9127 0.0744 0.0073 0.0056
print(" ".join(f"{r:.4f}" for r in np.cumsum(ratio)))
#> 0.9127 0.9871 0.9944 1.0000
# --8<-- [end:explained-variance]

# --8<-- [start:explained-variance-check]
from sklearn.decomposition import PCA

pca = PCA().fit(X)
print(np.allclose(ratio, pca.explained_variance_ratio_))
#> True
print(np.allclose(s**2 / (len(X) - 1), pca.explained_variance_))
#> True
# --8<-- [end:explained-variance-check]

# --8<-- [start:uncentered]
s_raw = np.linalg.svd(X, compute_uv=False)
print(" ".join(f"{r:.4f}" for r in s_raw**2 / np.sum(s_raw**2)))
#> 0.9987 0.0012 0.0001 0.0000
# --8<-- [end:uncentered]
