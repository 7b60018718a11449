"""Exit 1 with a clear message unless this machine has a CUDA device (`make test-gpu` runs it).

With `--driver` (before the GPU environment is installed) or without torch, it looks for the
NVIDIA driver and device files; otherwise it asks `torch.cuda.is_available()`. Either way,
the GPU tests never start on a machine where they could only be skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def nvidia_smi() -> str:
    """What `nvidia-smi -L` says, or why it could not say it."""
    if shutil.which("nvidia-smi") is None:
        return "nvidia-smi: not found (no NVIDIA driver installed)"
    done = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, check=False)
    text = (done.stdout or done.stderr).strip() or f"exit status {done.returncode}"
    return f"nvidia-smi -L: {text}"


def fail(problem: str) -> None:
    devices = sorted(str(p) for p in Path("/dev").glob("nvidia[0-9]*"))
    visible = os.environ.get("CUDA_VISIBLE_DEVICES", "(unset)")
    print(
        f"make test-gpu: no CUDA device: {problem}\n"
        f"  {nvidia_smi()}\n"
        f"  /dev/nvidia*: {', '.join(devices) or 'none'}\n"
        f"  CUDA_VISIBLE_DEVICES: {visible}\n"
        "The GPU blocks and GPU checks need an NVIDIA GPU with its driver; nothing was run.\n"
        "Run `make test-gpu` on such a machine (the `gpu` workflow's self-hosted runner).",
        file=sys.stderr,
    )
    sys.exit(1)


def main() -> None:
    try:
        if "--driver" in sys.argv:  # before the GPU environment exists: no torch to ask
            raise ImportError
        import torch
    except ImportError:
        has_device = any(Path("/dev").glob("nvidia[0-9]*")) or Path("/dev/dxg").exists()
        if not has_device and shutil.which("nvidia-smi") is None:
            fail("torch.cuda.is_available() would be False: no NVIDIA GPU or driver found")
        print(f"require_cuda: {nvidia_smi()}")
        return
    if not torch.cuda.is_available():
        build = f"CUDA {torch.version.cuda}" if torch.version.cuda else "a CPU-only build"
        fail(f"torch.cuda.is_available() is False (torch {torch.__version__}, {build})")
    names = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    print(f"require_cuda: torch {torch.__version__}, CUDA {torch.version.cuda}: {', '.join(names)}")


if __name__ == "__main__":
    main()
