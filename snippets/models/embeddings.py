# --8<-- [start:tsne]
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE, trustworthiness

X_digits, y_digits = load_digits(return_X_y=True)
X_digits, y_digits = X_digits[:500], y_digits[:500]
pca = PCA(n_components=2).fit(X_digits)
print(pca.explained_variance_ratio_.round(3), f"{pca.explained_variance_ratio_.sum():.3f}")
#> [0.151 0.145] 0.296
X_pca = pca.transform(X_digits)
X_tsne = TSNE(n_components=2, perplexity=30, init="pca", random_state=0).fit_transform(X_digits)
# fr: les voisins de chaque point dans le plan étaient-ils déjà proches au départ ?
# en: were each point's neighbours in the plane already close in the original space?
for name, embedding in [("PCA", X_pca), ("t-SNE", X_tsne)]:
    print(name, embedding.shape, f"{trustworthiness(X_digits, embedding, n_neighbors=5):.2f}")
#> PCA (500, 2) 0.85
#> t-SNE (500, 2) 1.00
# --8<-- [end:tsne]

# --8<-- [start:figure]
from pathlib import Path

import matplotlib.pyplot as plt

titles = ["ACP", "t-SNE"]  # [fr]
titles = ["PCA", "t-SNE"]  # [en]
fig, axes = plt.subplots(1, 2, figsize=(10, 4.5))
for ax, title, embedding in zip(axes, titles, [X_pca, X_tsne], strict=True):
    points = ax.scatter(embedding[:, 0], embedding[:, 1], c=y_digits, cmap="tab10", s=5)
    ax.set(title=title, xticks=[], yticks=[])
fig.colorbar(points, ax=axes, ticks=range(10), label="chiffre")  # [fr]
fig.colorbar(points, ax=axes, ticks=range(10), label="digit")  # [en]
Path("figures").mkdir(exist_ok=True)
fig.savefig("figures/models-embeddings.png", dpi=80, bbox_inches="tight")
# --8<-- [end:figure]
