# --8<-- [start:graph-objects]
from pathlib import Path

import numpy as np
import plotly.graph_objects as go

Path("figures").mkdir(exist_ok=True)
epochs = np.arange(1, 31)
rng = np.random.default_rng(0)
train_loss = 2.0 * np.exp(-epochs / 8) + 0.1 + rng.normal(0, 0.02, epochs.size)
val_loss = 2.0 * np.exp(-epochs / 10) + 0.25 + rng.normal(0, 0.04, epochs.size)
names = {"train": "Entraînement", "val": "Validation"}  # [fr]
names = {"train": "Training", "val": "Validation"}  # [en]
history = go.Figure()
history.add_trace(go.Scatter(x=epochs, y=train_loss, mode="lines", name=names["train"]))
history.add_trace(go.Scatter(x=epochs, y=val_loss, mode="lines", name=names["val"]))
history.update_layout(title="Historique d'entraînement", xaxis_title="Époque")  # [fr]
history.update_layout(title="Training history", xaxis_title="Epoch")  # [en]
history.update_layout(yaxis_title="Perte", hovermode="x unified")  # [fr]
history.update_layout(yaxis_title="Loss", hovermode="x unified")  # [en]
history.write_html("figures/plotting-history.html", include_plotlyjs="directory")
# --8<-- [end:graph-objects]

# --8<-- [start:graph-objects-check]
print(len(history.data), Path("figures/plotly.min.js").exists())
#> 2 True
# --8<-- [end:graph-objects-check]
