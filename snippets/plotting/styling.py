# --8<-- [start:style]
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_hex

Path("figures").mkdir(exist_ok=True)
print(len(plt.style.available) > 20, "ggplot" in plt.style.available)
#> True True
# fr: le style ne vaut que dans le bloc with ; plt.style.use("ggplot") l'impose partout
# en: the style only applies inside the with block; plt.style.use("ggplot") sets it everywhere
with plt.style.context("ggplot"):
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([1, 3, 2])
print(to_hex(ax.get_facecolor()), plt.rcParams["axes.facecolor"])
#> #e5e5e5 white
plt.close(fig)
# --8<-- [end:style]

# --8<-- [start:font-size]
plt.rcParams["font.size"] = 12
fig, ax = plt.subplots()
ax.set_title("Perte", fontsize=16)  # [fr]
ax.set_title("Loss", fontsize=16)  # [en]
ax.tick_params(labelsize=8)
print(ax.title.get_fontsize(), ax.xaxis.label.get_fontsize())
#> 16.0 12.0
plt.rcParams["font.size"] = 10
plt.close(fig)
# --8<-- [end:font-size]

# --8<-- [start:twinx]
epochs = np.arange(1, 21)
loss, lr = 2 * np.exp(-epochs / 6), 0.1 * 0.8**epochs
fig_twin, ax_loss = plt.subplots(figsize=(6, 3.5), layout="constrained")
ax_loss.plot(epochs, loss, color="tab:blue")
ax_loss.set_ylabel("Perte", color="tab:blue")  # [fr]
ax_loss.set_ylabel("Loss", color="tab:blue")  # [en]
ax_lr = ax_loss.twinx()
ax_lr.plot(epochs, lr, color="tab:red", linestyle="--")
ax_lr.set_ylabel("Taux d'apprentissage", color="tab:red")  # [fr]
ax_lr.set_ylabel("Learning rate", color="tab:red")  # [en]
fig_twin.savefig("figures/plotting-twin-axes.png", dpi=80)
print(len(fig_twin.axes), ax_loss.get_shared_x_axes().joined(ax_loss, ax_lr))
#> 2 True
# --8<-- [end:twinx]

# --8<-- [start:dates]
import matplotlib.dates as mdates
import pandas as pd

days = pd.date_range("2024-01-01", periods=60, freq="D")
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(days, np.arange(60) ** 0.5)
ax.xaxis.set_major_locator(mdates.MonthLocator())
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
# fr: incline les dates pour qu'elles ne se chevauchent pas
# en: slants the dates so that they do not overlap
fig.autofmt_xdate()
fig.canvas.draw()
print([t.get_text() for t in ax.get_xticklabels()])
#> ['2024-01', '2024-02', '2024-03']
# --8<-- [end:dates]
