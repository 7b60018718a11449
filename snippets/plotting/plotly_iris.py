# --8<-- [start:express]
from pathlib import Path

import plotly.express as px
import plotly.graph_objects as go

Path("figures").mkdir(exist_ok=True)
iris = px.data.iris()
labels = {"sepal_width": "Largeur sépale (cm)", "sepal_length": "Longueur sépale (cm)"}  # [fr]
labels = {"sepal_width": "Sepal width (cm)", "sepal_length": "Sepal length (cm)"}  # [en]
labels |= {"species": "Espèce", "petal_length": "Longueur pétale (cm)"}  # [fr]
labels |= {"species": "Species", "petal_length": "Petal length (cm)"}  # [en]
scatter = px.scatter(
    iris,
    x="sepal_width",
    y="sepal_length",
    color="species",
    size="petal_length",
    hover_data=["petal_width"],
    labels=labels,
)
scatter.update_layout(title="Iris : sépales")  # [fr]
scatter.update_layout(title="Iris: sepals")  # [en]
scatter.write_html("figures/plotting-iris.html", include_plotlyjs="directory")
print(iris.shape, len(scatter.data))
#> (150, 6) 3
# --8<-- [end:express]

# --8<-- [start:scatter-3d]
marker = {"size": 4, "color": iris["species_id"], "colorscale": "Viridis"}
cloud = go.Figure(
    go.Scatter3d(
        x=iris["sepal_length"],
        y=iris["sepal_width"],
        z=iris["petal_length"],
        mode="markers",
        marker=marker,
    )
)
cloud.update_layout(margin={"l": 0, "r": 0, "b": 0})
cloud.update_layout(title="Iris en 3D")  # [fr]
cloud.update_layout(title="Iris in 3D")  # [en]
cloud.update_scenes(
    xaxis_title=labels["sepal_length"],
    yaxis_title=labels["sepal_width"],
    zaxis_title=labels["petal_length"],
)
cloud.write_html("figures/plotting-3d-scatter.html", include_plotlyjs="directory")
print(len(cloud.data[0].x), cloud.data[0].type)
#> 150 scatter3d
# --8<-- [end:scatter-3d]
