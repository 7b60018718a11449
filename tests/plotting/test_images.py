from __future__ import annotations

from typing import TYPE_CHECKING

import matplotlib.pyplot as plt
import pytest

if TYPE_CHECKING:
    from conftest import Run


def test_channels_first_tensor_is_refused_with_the_message_shown(run: Run) -> None:
    fig, ax = plt.subplots()
    with pytest.raises(TypeError, match=r"^Invalid shape \(3, 32, 32\) for image data$"):
        ax.imshow(run["img"].numpy())
    plt.close(fig)


def test_permuted_tensor_is_shown_channels_last(run: Run) -> None:
    run.png("plotting-image.png")
    array = run["shown"].get_array()
    assert array.shape == (32, 32, 3)
    assert (array == run["img"].permute(1, 2, 0).numpy()).all()


def test_the_twenty_first_figure_warns_once(run: Run) -> None:
    (warning,) = run["caught"]
    assert warning.category is RuntimeWarning
    assert str(warning.message).startswith("More than 20 figures have been opened.")
    assert len(run["figures"]) == 21


def test_closing_the_figures_leaves_none_open(run: Run) -> None:
    assert not any(plt.fignum_exists(fig.number) for fig in run["figures"])
