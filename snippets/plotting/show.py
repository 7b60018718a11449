# --8<-- [start:script]
import os
import subprocess
import sys
from pathlib import Path

# fr: un script : savefig d'abord, puis show, qui ouvre les fenêtres et attend leur fermeture
# en: a script: savefig first, then show, which opens the windows and waits until they close
script = """import matplotlib.pyplot as plt

plt.plot([1, 3, 2])
plt.savefig("line.png")
plt.show()
"""
Path("plot_script.py").write_text(script)
# fr: Agg, le moteur sans fenêtre, avec un écran présent
# en: Agg, the backend without windows, with a display present
env = {**os.environ, "MPLBACKEND": "Agg", "DISPLAY": ":0"}
done = subprocess.run([sys.executable, "plot_script.py"], env=env, capture_output=True, text=True)
warning = done.stderr.splitlines()[0]
print(warning[warning.index("UserWarning") :])
#> UserWarning: FigureCanvasAgg is non-interactive, and thus cannot be shown
print(Path("line.png").is_file())
#> True
# fr: sous Linux sans écran (DISPLAY vide), Agg se tait
# en: on Linux without a display (no DISPLAY), Agg stays silent
headless = {key: value for key, value in env.items() if key != "DISPLAY"}
quiet = subprocess.run([sys.executable, "plot_script.py"], env=headless, capture_output=True)
print(quiet.returncode, quiet.stderr)
#> 0 b''
# --8<-- [end:script]
