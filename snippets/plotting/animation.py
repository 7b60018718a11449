# --8<-- [start:animation]
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.animation import FuncAnimation, PillowWriter
from PIL import Image

x = np.linspace(0, 2 * np.pi, 100)
fig_anim, ax_anim = plt.subplots(figsize=(4, 2.5))
(line,) = ax_anim.plot(x, np.sin(x))


def update(frame: int) -> tuple:
    # fr: chaque image décale la sinusoïde
    # en: each frame shifts the sine wave
    line.set_ydata(np.sin(x + frame / 5))
    return (line,)


anim = FuncAnimation(fig_anim, update, frames=30, interval=100, blit=True)
anim.save("sine.gif", writer=PillowWriter(fps=10))
plt.close(fig_anim)
with Image.open("sine.gif") as gif:
    print(gif.n_frames, gif.size)
#> 30 (400, 250)
# --8<-- [end:animation]
