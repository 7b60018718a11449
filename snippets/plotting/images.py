# --8<-- [start:invalid-shape]
from pathlib import Path

import matplotlib.pyplot as plt
import torch

Path("figures").mkdir(exist_ok=True)
torch.manual_seed(0)
# fr: une image PyTorch : (canaux, hauteur, largeur), valeurs entre zéro et un
# en: a PyTorch image: (channels, height, width), values between zero and one
img = torch.rand(3, 32, 32)
fig, ax = plt.subplots(figsize=(3, 3))
try:
    ax.imshow(img.numpy())
except TypeError as err:
    print(f"TypeError: {err}")
#> TypeError: Invalid shape (3, 32, 32) for image data
# --8<-- [end:invalid-shape]

# --8<-- [start:permute]
# fr: matplotlib attend (hauteur, largeur, canaux) : les canaux passent à la fin
# en: matplotlib expects (height, width, channels): the channels move to the end
shown = ax.imshow(img.permute(1, 2, 0).numpy())
ax.axis("off")
fig.savefig("figures/plotting-image.png", dpi=80, bbox_inches="tight")
print(shown.get_array().shape)
#> (32, 32, 3)
# --8<-- [end:permute]

# --8<-- [start:too-many-figures]
import warnings

plt.close("all")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    figures = [plt.figure() for _ in range(21)]
print(f"{caught[0].category.__name__}: {str(caught[0].message)[:38]}")
#> RuntimeWarning: More than 20 figures have been opened.
# fr: fermez chaque figure une fois enregistrée (plt.close("all") les ferme toutes)
# en: close each figure once saved (plt.close("all") closes them all)
for fig in figures:
    plt.close(fig)
print(plt.get_fignums())
#> []
# --8<-- [end:too-many-figures]
