from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch


@pytest.fixture
def inference() -> ModuleType:
    return importlib.import_module("snippets.pytorch.inference")


def test_no_grad_and_inference_mode_record_no_graph(inference: ModuleType) -> None:
    assert not inference.out.requires_grad
    assert not inference.out_inference.requires_grad
    assert torch.is_inference(inference.out_inference)
    assert not torch.is_inference(inference.out)


def test_inference_tensors_cannot_enter_autograd(inference: ModuleType) -> None:
    with pytest.raises(RuntimeError, match="Inference tensors cannot be saved for backward"):
        torch.nn.Linear(2, 1)(inference.out_inference).sum().backward()
    torch.nn.Linear(2, 1)(inference.out).sum().backward()


def test_a_clone_made_outside_the_block_is_a_normal_tensor(inference: ModuleType) -> None:
    normal = inference.out_inference.clone()
    assert not torch.is_inference(normal)
    torch.nn.Linear(2, 1)(normal).sum().backward()


def test_decorated_predict_returns_one_class_per_row(inference: ModuleType) -> None:
    prediction = inference.predict(inference.layer, inference.inputs)
    assert prediction.shape == (3,)
    assert torch.is_inference(prediction)
