"""A fresh interpreter for each card, started warm: forked from one that has imported the libraries.

Copied alone, a card runs in a new Python (tests/test_cards_alone.py). Starting one costs more
than most cards: importing torch, pandas or scikit-learn takes seconds. So one interpreter per
test worker, started with the cards' own flags and environment, imports them once and then
forks a child for each card: the child runs the card's code as `python -c` would (a new
`__main__`, `sys.argv == ["-c"]`, an empty folder as its working directory, its output to its
own files) and exits with the status `python -c` would give.

What the child shares with its parent is only what importing those libraries made: the card's
namespace starts empty (a card that forgets an import still fails), and the warning filters are
put back as the flags set them (a library's import may add its own filters; the card's own
import of it no longer does, so a warning that it would hide fails the card: never the other way).
An interpreter that cannot start warm, or a parent with threads (unsafe to fork), leaves the
caller to start a plain one.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The libraries most cards import, and the Hugging Face classes that the language-models cards
# import after their set-up card (two seconds a card: all the cards took 82 s alone, 44 s with
# them here); another library is imported by the card, as in a fresh Python.
PRELOAD = (
    *("numpy", "pandas", "torch", "sklearn", "matplotlib.pyplot", "scipy"),
    *("transformers.models.llama.modeling_llama", "transformers.tokenization_utils_fast"),
)

# Imports the modules named, then stops where that started a thread (a fork would hold a copy of
# it, stopped): this server's start, and cheatsheet/warm_kernel.py's.
PRELOADING = r"""
def preload(names):
    import importlib, sys, threading
    for name in names:
        try:
            importlib.import_module(name)
        except BaseException:
            pass  # the code that imports it shows the error
    if threading.active_count() > 1:
        sys.exit("threads after the imports: not safe to fork")
"""

# The warm interpreter: imports PRELOAD, says "ready", then forks a child for each request line.
SERVER = (
    PRELOADING
    + r"""
import atexit, json, os, sys, traceback, types, warnings
filters = list(warnings.filters)
preload(sys.argv[1:])
print("ready", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    child = os.fork()
    if child:
        print(json.dumps({"pid": child}), flush=True)
        status = os.waitstatus_to_exitcode(os.waitpid(child, 0)[1])
        print(json.dumps({"status": status}), flush=True)
        continue
    os.setpgid(0, 0)
    os.chdir(request["folder"])
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    for fd, path in ((1, request["stdout"]), (2, request["stderr"])):
        os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), fd)
    sys.stdin = open(os.devnull)
    warnings.filters[:] = filters
    getattr(warnings, "_filters_mutated", lambda: None)()
    main = types.ModuleType("__main__")
    sys.modules["__main__"], sys.argv = main, ["-c"]
    status = 0
    try:
        exec(compile(request["code"], "<string>", "exec"), main.__dict__)
    except SystemExit as done:
        code = done.code
        status = code if isinstance(code, int) else int(code is not None)
        if not isinstance(code, int | None):
            print(code, file=sys.stderr)
    except BaseException as error:  # the traceback as `python -c` prints it: from the card on
        traceback.print_exception(error.with_traceback(error.__traceback__.tb_next))
        status = 1
    try:
        atexit._run_exitfuncs()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
"""
)


class WarmStart:
    """One warm interpreter: `run(code, folder, timeout)` -> (status, stdout, stderr)."""

    def __init__(self, flags: list[str], env: dict[str, str]) -> None:
        self.outputs = Path(tempfile.mkdtemp(prefix="warm-start-"))
        self.process = subprocess.Popen(
            [sys.executable, *flags, "-c", SERVER, *PRELOAD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=self.outputs,
            env=env,
            bufsize=0,
        )
        self.pending = b""  # read from the interpreter, not yet taken as lines
        if self._line(300) != "ready":
            self.close()
            raise OSError("the warm interpreter did not start")

    def _line(self, timeout: float) -> str | None:
        """The interpreter's next line, or None if none came within `timeout` seconds."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.process.stdout], [], [], left)[0]:
                return None
            if not (read := os.read(self.process.stdout.fileno(), 4096)):
                return None  # it stopped
            self.pending += read
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode()

    def run(self, code: str, folder: Path, timeout: float) -> tuple[int, str, str]:
        assert self.process.stdin is not None
        out, err = self.outputs / "stdout", self.outputs / "stderr"
        request = {"code": code, "folder": str(folder), "stdout": str(out), "stderr": str(err)}
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        started = self._line(60)
        if not started:
            raise OSError("the warm interpreter stopped")
        pid = json.loads(started)["pid"]
        done = self._line(timeout)
        if done is None:
            os.killpg(pid, signal.SIGKILL)
            self._line(60)  # its status
            raise subprocess.TimeoutExpired(["python", "-c", code], timeout)
        status = json.loads(done)["status"]
        return status, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")

    def close(self) -> None:
        """Stop the interpreter; close its pipes and remove its output folder."""
        self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe:
                pipe.close()
        shutil.rmtree(self.outputs, ignore_errors=True)


def fresh_env() -> dict[str, str]:
    """The environment of code a reader runs in a new Python: no PYTHONPATH (nothing of this
    project is importable but what the code's own folder holds), figures drawn without a
    display."""
    return {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": ""}


@functools.cache
def this_process(flags: tuple[str, ...]) -> WarmStart | None:
    """This process's warm interpreter for `flags`, started at the first call and shared by
    the cards and the scripts a test worker runs; None where it cannot start."""
    try:
        started = WarmStart(list(flags), fresh_env())
    except OSError:
        return None
    atexit.register(started.close)
    return started


def run_fresh(code: str, folder: Path, flags: list[str], timeout: float) -> tuple[int, str, str]:
    """Run `code` as `python <flags> -c <code>` in `folder` would: (status, stdout, stderr).
    Forked from this process's warm interpreter, or started cold where that one cannot run."""
    if warm := this_process(tuple(flags)):
        try:
            return warm.run(code, folder, timeout)
        except OSError:
            this_process.cache_clear()  # it stopped: this run starts cold, the next one warm
    done = subprocess.run(
        [sys.executable, *flags, "-c", code],
        cwd=folder,
        capture_output=True,
        text=True,
        env=fresh_env(),
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr
