"""Jupyter kernels started warm: each one a fork of a process that has imported the libraries.

A page's blocks run as a notebook in a fresh kernel (cheatsheet/kernel.py), and importing torch
and pandas takes much of a short page's run. So, as cheatsheet/warm_start.py does for the cards,
a process that runs many pages (a test worker, the build) starts one server that imports them
once, and each kernel is a fork of it. jupyter_client starts this file where it would start
`python -m ipykernel_launcher -f <connection file>`: this launcher hands its folder,
environment and standard streams to the server, whose child runs `ipykernel_launcher` as
`python -m` would (its argv, the folder first on sys.path); the launcher passes signals on (an
interrupt) and exits with the kernel's status, and the kernel exits when the launcher is killed
(as the "immediate" shutdown does).

The kernel shares with the server only what importing those libraries made: ipykernel and
matplotlib (whose backend a kernel sets at start) are imported by the child, and the warning
filters are put back as they were before the imports, so the libraries' own filters are gone
(a warning they would hide shows: never the other way). A server serves the environment it
started with (less jupyter_client's and pytest's per-kernel variables); when this process's has
changed, the next kernel gets a new server, and where none can start, a plain kernel.
tests/test_warm_kernel.py compares what a cell sees in both kernels.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

# Not scikit-learn: its import sets two KMP_ variables in the environment, which a page's
# subprocesses would then see whether or not the page imports it.
PRELOAD = ("numpy", "pandas", "torch", "scipy")
KERNEL_NAME = "python3-warm"
# Variables that jupyter_client sets for each kernel and pytest for each test: not part of the
# environment a server serves.
PER_KERNEL = ("JPY_", "PYTEST_CURRENT_")

# The server (after warm_start.PRELOADING and PER_KERNEL): imports PRELOAD, listens on the
# socket named in argv[1], forks a kernel for each request, reports its pid, then its status.
SERVER = r"""
import json, os, runpy, select, socket, sys, threading, warnings
filters = list(warnings.filters)
own = lambda env: {k: v for k, v in env.items() if not k.startswith(PER_KERNEL)}
started_env = own(os.environ)
preload(sys.argv[2:])
if own(os.environ) != started_env:
    sys.exit("the imports changed the environment: a kernel would not start as a fresh one")
listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
listener.bind(sys.argv[1])
listener.listen()
print("ready", flush=True)
parent = os.getppid()
kernels = {}  # pid -> the launcher's connection

def kernel(request, fds):
    os.setsid()
    for fd, target in zip(fds, (0, 1, 2)):
        os.dup2(fd, target)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    launcher = os.pidfd_open(request["launcher"])
    def watch():  # the launcher killed: the kernel goes too
        select.select([launcher], [], [])
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()
    warnings.filters[:] = filters
    getattr(warnings, "_filters_mutated", lambda: None)()
    sys.argv = ["-m", *request["args"]]
    sys.path[0] = os.getcwd()
    status = 0
    try:
        runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else int(done.code is not None)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)

while os.getppid() == parent:  # the process that started it still runs
    if select.select([listener], [], [], 0.2)[0]:
        conn, _ = listener.accept()
        message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
        request = json.loads(message)
        if own(request["env"]) != started_env or len(fds) != 3:
            conn.send(json.dumps({"refused": "another environment"}).encode())
            conn.close()
        else:
            child = os.fork()
            if child == 0:
                listener.close()
                conn.close()
                kernel(request, fds)
            kernels[child] = conn
            conn.send(json.dumps({"pid": child}).encode())
        for fd in fds:
            os.close(fd)
    while kernels:
        pid, status = os.waitpid(-1, os.WNOHANG)
        if not pid:
            break
        conn = kernels.pop(pid)
        try:
            conn.send(json.dumps({"status": os.waitstatus_to_exitcode(status)}).encode())
        except OSError:
            pass  # the launcher is gone
        conn.close()
"""


def own_env() -> dict[str, str]:
    """This process's environment, less its PER_KERNEL variables (as SERVER's `own`)."""
    return {k: v for k, v in os.environ.items() if not k.startswith(PER_KERNEL)}


class KernelServer:
    """A server started with this process's environment as it is now, and the kernelspec and
    KernelManager class of its kernels."""

    def __init__(self) -> None:
        self.env = own_env()
        self.folder = Path(tempfile.mkdtemp(prefix="warm-kernel-"))
        self.socket = self.folder / "server"
        from cheatsheet.warm_start import PRELOADING  # not at the top: this file is the launcher

        code = f"{PRELOADING}PER_KERNEL = {PER_KERNEL!r}\n{SERVER}"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, str(self.socket), *PRELOAD],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=self.folder,
            # os.environ, as jupyter_client passes it to a kernel: a library may have changed
            # the C environment that a child inherits by default (COLUMNS and LINES, in pytest)
            env=dict(os.environ),
        )
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != b"ready":
            self.close()
            raise OSError("the kernel server did not start")
        from jupyter_client import AsyncKernelManager
        from jupyter_client.kernelspec import KernelSpecManager
        from traitlets import default

        from cheatsheet.kernel import kernel_name  # installs the plain kernel's spec if missing

        spec = KernelSpecManager().get_kernel_spec(kernel_name()).to_dict()
        spec["argv"] = [sys.executable, __file__, str(self.socket), "-f", "{connection_file}"]
        kernels = self.folder / "kernels"
        (kernels / KERNEL_NAME).mkdir(parents=True)
        (kernels / KERNEL_NAME / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")

        class WarmKernelManager(AsyncKernelManager):  # nbclient's default class
            @default("kernel_spec_manager")
            def _warm_specs(self) -> KernelSpecManager:
                return KernelSpecManager(kernel_dirs=[str(kernels)])

        self.manager_class = WarmKernelManager

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


_server: KernelServer | None = None
_failed: dict[str, str] | None = None  # the environment a server could not start with


def kernel_manager_class() -> type | None:
    """A jupyter_client KernelManager class whose KERNEL_NAME kernels start warm, or None where
    no server can start. A server serves one environment: when this process's has changed
    since (a library's import sets a variable), the next kernel gets a new server."""
    global _server, _failed
    env = own_env()
    if _server is not None and _server.env != env:
        _server.close()
        _server = None
    if _server is None and env != _failed:
        try:
            _server = KernelServer()
        except OSError:
            _failed = env
    return _server.manager_class if _server else None


@atexit.register
def _close() -> None:
    if _server is not None:
        _server.close()


def launch(server: str, args: list[str]) -> None:
    """Become the kernel jupyter_client asked for: a fork of the server, or a plain one."""
    try:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        conn.connect(server)
        request = {"cwd": os.getcwd(), "env": dict(os.environ), "launcher": os.getpid()}
        socket.send_fds(conn, [json.dumps({**request, "args": args}).encode()], [0, 1, 2])
        pid = json.loads(conn.recv(4096))["pid"]
    except (OSError, ValueError, KeyError):
        os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *args])
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(sig, lambda number, _: os.kill(pid, number))
    try:  # recv() resumes after a signal passed on (PEP 475)
        status = json.loads(conn.recv(4096))["status"]
    except (OSError, ValueError, KeyError):
        status = 1  # the server is gone
    sys.exit(status)


if __name__ == "__main__":
    launch(sys.argv[1], sys.argv[2:])
