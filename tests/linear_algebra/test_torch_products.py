"""PyTorch products agree with NumPy's and reject the shapes they do not support."""

from __future__ import annotations

import pytest
import torch

from snippets.linear_algebra import torch_products as tp
from tests.tolerances import FLOAT32


def test_torch_dot_and_bmm_agree_with_matmul() -> None:
    assert torch.dot(tp.a, tp.b).item() == 32.0
    expected = torch.stack([tp.batch_A[i] @ tp.batch_B[i] for i in range(10)])
    # float32 products: bmm and the per-matrix @ may use different kernels (AVX2, AVX-512,
    # threads), which differ by ~5e-7 near zero; default atol=1e-8 fails on some CPUs
    assert torch.allclose(torch.bmm(tp.batch_A, tp.batch_B), expected, **FLOAT32)


def test_dot_rejects_matrices_and_bmm_rejects_broadcasting() -> None:
    with pytest.raises(RuntimeError, match="1D tensors expected"):
        torch.dot(tp.A, tp.A)
    with pytest.raises(RuntimeError, match="batch2 must be a 3D tensor"):
        torch.bmm(tp.batch_A, tp.B)
    assert torch.matmul(tp.batch_A, tp.B).shape == (10, 3, 5)
