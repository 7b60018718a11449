import torch

from snippets.cnn import pooling as pl
from tests.tolerances import FLOAT32


def test_two_by_two_pooling_halves_height_and_width() -> None:
    assert tuple(pl.maxpool(pl.x).shape) == (2, 16, 16, 16)
    assert tuple(pl.avgpool(pl.x).shape) == (2, 16, 16, 16)


def test_pooling_floors_odd_sizes_and_has_no_parameters() -> None:
    assert tuple(pl.maxpool(torch.zeros(2, 16, 15, 15)).shape) == (2, 16, 7, 7)
    assert sum(p.numel() for p in pl.maxpool.parameters()) == 0


def test_max_and_average_of_each_window() -> None:
    assert pl.maxpool(pl.grid).squeeze().tolist() == [[5.0, 7.0], [13.0, 15.0]]
    assert pl.avgpool(pl.grid).squeeze().tolist() == [[2.5, 4.5], [10.5, 12.5]]


def test_adaptive_pooling_gives_a_fixed_size_for_any_input() -> None:
    for size in (14, 15, 32):
        features = torch.zeros(2, 512, size, size)
        assert tuple(pl.adaptive(features).shape) == (2, 512, 7, 7)
        assert tuple(pl.global_pool(features).shape) == (2, 512, 1, 1)


def test_global_average_pooling_is_the_spatial_mean() -> None:
    assert torch.allclose(
        pl.global_pool(pl.features).flatten(1), pl.features.mean(dim=(2, 3)), **FLOAT32
    )
