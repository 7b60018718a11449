"""GPU checks, run by `make test-gpu` (CHEATSHEET_GPU=1, CUDA build of torch) with the GPU blocks,
and by `make test-gpu-offline` (the machine's own torch) on a GPU machine without a package index.

`make test` skips them; both GPU commands refuse to start without a CUDA device
(.ci/require_cuda.py), so these tests cannot pass by being skipped there.
"""

from __future__ import annotations

import os

import pytest
import torch
from torch import nn

GPU_RUN = os.environ.get("CHEATSHEET_GPU") == "1"

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(not GPU_RUN, reason="needs a CUDA device: run by `make test-gpu`"),
]


def test_a_cuda_device_is_present() -> None:
    assert torch.version.cuda is not None, f"torch {torch.__version__} is a CPU-only build"
    assert torch.cuda.is_available(), "torch.cuda.is_available() is False"
    assert torch.cuda.device_count() >= 1


def test_matmul_on_the_gpu_matches_the_cpu() -> None:
    generator = torch.Generator().manual_seed(0)
    a = torch.randn(256, 256, generator=generator, dtype=torch.float64)
    b = torch.randn(256, 256, generator=generator, dtype=torch.float64)
    on_gpu = (a.cuda() @ b.cuda()).cpu()
    torch.testing.assert_close(on_gpu, a @ b)


def test_autocast_runs_matmul_in_half_precision() -> None:
    x = torch.randn(64, 64, device="cuda")
    with torch.autocast(device_type="cuda", dtype=torch.float16):
        y = x @ x
    assert y.dtype == torch.float16
    torch.testing.assert_close(y.float(), x @ x, rtol=1e-2, atol=1e-1)


def test_a_training_step_on_the_gpu_lowers_the_loss() -> None:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1)).cuda()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(128, 8, device="cuda"), torch.randn(128, 1, device="cuda")
    losses = []
    for _ in range(20):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]


def test_cudnn_convolution_runs() -> None:
    assert torch.backends.cudnn.is_available()
    conv = nn.Conv2d(3, 8, kernel_size=3, padding=1).cuda()
    out = conv(torch.randn(2, 3, 32, 32, device="cuda"))
    assert out.shape == (2, 8, 32, 32)
