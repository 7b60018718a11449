from __future__ import annotations

from typing import TYPE_CHECKING

from PIL import Image

if TYPE_CHECKING:
    from conftest import Run


def test_pillow_writer_saves_one_gif_frame_per_animation_frame(run: Run) -> None:
    with Image.open(run.folder / "sine.gif") as gif:
        assert gif.format == "GIF"
        assert gif.n_frames == 30
        assert gif.size == (400, 250)
