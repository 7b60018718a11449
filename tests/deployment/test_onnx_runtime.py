"""ONNX export (dynamo) and onnxruntime: the same numbers as torch, any batch size."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import onnx
import pytest
import torch

from tests.imports import import_in
from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def onnx_runtime(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("onnx")
    module = import_in(folder, "snippets.deployment.onnx_runtime")
    assert [p.name for p in folder.iterdir()] == ["tiny.onnx"], "external_data=False: one file"
    return module


def test_onnxruntime_gives_torch_outputs_within_float32_tolerance(onnx_runtime: ModuleType) -> None:
    np.testing.assert_allclose(onnx_runtime.logits, onnx_runtime.expected, **FLOAT32)


def test_batch_dimension_is_dynamic(onnx_runtime: ModuleType) -> None:
    batch = np.random.default_rng(1).standard_normal((17, 4), dtype=np.float32)
    (logits,) = onnx_runtime.session.run(None, {"x": batch})
    with torch.no_grad():
        expected = onnx_runtime.model(torch.from_numpy(batch)).numpy()
    np.testing.assert_allclose(logits, expected, **FLOAT32)


def test_the_file_holds_the_weights(onnx_runtime: ModuleType) -> None:
    initializers = {
        i.name: onnx.numpy_helper.to_array(i) for i in onnx_runtime.proto.graph.initializer
    }
    weight = onnx_runtime.model[0].weight.detach().numpy()
    assert any(v.shape == weight.shape and np.array_equal(v, weight) for v in initializers.values())
