# --8<-- [start:script-or-import]
import subprocess
import sys
from pathlib import Path

Path("tool.py").write_text(
    'print("tool loaded, __name__ =", __name__)\n'
    'if __name__ == "__main__":\n'
    '    print("main code runs")\n',
    encoding="utf-8",
)
as_script = subprocess.run([sys.executable, "tool.py"], capture_output=True, text=True)
print(as_script.stdout.splitlines())
#> ['tool loaded, __name__ = __main__', 'main code runs']
as_import = subprocess.run([sys.executable, "-c", "import tool"], capture_output=True, text=True)
print(as_import.stdout.splitlines())
#> ['tool loaded, __name__ = tool']
# --8<-- [end:script-or-import]

# --8<-- [start:spawn]
body = """import multiprocessing as mp

def work():
    print("worker runs")

def main():
    worker = mp.get_context("spawn").Process(target=work)
    worker.start()
    worker.join()
    print("exit code", worker.exitcode)
"""
Path("unguarded.py").write_text(body + "main()\n", encoding="utf-8")
Path("guarded.py").write_text(body + 'if __name__ == "__main__":\n    main()\n', encoding="utf-8")
for name in ["unguarded.py", "guarded.py"]:
    run = subprocess.run([sys.executable, name], capture_output=True, text=True, timeout=120)
    print(name, run.stdout.splitlines(), "bootstrapping phase" in run.stderr)
#> unguarded.py ['exit code 1'] True
#> guarded.py ['worker runs', 'exit code 0'] False
# --8<-- [end:spawn]
