# --8<-- [start:scatter-3d]
from pathlib import Path

import matplotlib.pyplot as plt
from sklearn.datasets import load_iris

Path("figures").mkdir(exist_ok=True)
iris = load_iris()
x, y, z = iris.data[:, 0], iris.data[:, 1], iris.data[:, 2]
fig_3d = plt.figure(figsize=(5, 4), layout="constrained")
# fr: projection="3d" donne des axes en trois dimensions
# en: projection="3d" gives three-dimensional axes
ax_3d = fig_3d.add_subplot(projection="3d")
points = ax_3d.scatter(x, y, z, c=iris.target, cmap="viridis", s=12)
ax_3d.set(xlabel="sépale (long.)", ylabel="sépale (larg.)", zlabel="pétale (long.)")  # [fr]
ax_3d.set(xlabel="sepal length", ylabel="sepal width", zlabel="petal length")  # [en]
ax_3d.view_init(elev=20, azim=-60)
fig_3d.savefig("figures/plotting-3d-matplotlib.png", dpi=80)
print(type(ax_3d).__name__, ax_3d.name, len(points.get_offsets()))
#> Axes3D 3d 150
# --8<-- [end:scatter-3d]
