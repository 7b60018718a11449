from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import Run

TITLES = {"fr": ("Iris : sépales", "Iris en 3D"), "en": ("Iris: sepals", "Iris in 3D")}
AXES = {
    "fr": ("Largeur sépale (cm)", "Longueur sépale (cm)", "Longueur pétale (cm)"),
    "en": ("Sepal width (cm)", "Sepal length (cm)", "Petal length (cm)"),
}


def test_iris_pages_are_written_and_work_offline(run: Run) -> None:
    run.html("plotting-iris.html")
    run.html("plotting-3d-scatter.html")


def test_express_scatter_has_one_trace_per_species_and_localized_axes(run: Run) -> None:
    scatter = run["scatter"]
    assert len(scatter.data) == 3
    assert scatter.layout.title.text == TITLES[run.lang][0]
    width, length, _ = AXES[run.lang]
    assert (scatter.layout.xaxis.title.text, scatter.layout.yaxis.title.text) == (width, length)


def test_3d_scatter_has_every_flower_and_localized_axes(run: Run) -> None:
    cloud = run["cloud"]
    assert cloud.data[0].type == "scatter3d"
    assert len(cloud.data[0].z) == 150
    assert cloud.layout.title.text == TITLES[run.lang][1]
    scene = cloud.layout.scene
    width, length, petal = AXES[run.lang]
    titles = (scene.xaxis.title.text, scene.yaxis.title.text, scene.zaxis.title.text)
    assert titles == (length, width, petal)
