"""A FastAPI app serving a model: loaded once, a batch endpoint, 422 on a bad input."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
import torch
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def serving() -> ModuleType:
    return importlib.import_module("snippets.deployment.serving")


def test_the_batch_endpoint_answers_one_class_per_input(serving: ModuleType) -> None:
    assert serving.ok.status_code == 200
    assert serving.ok.json() == {"classes": [0, 1]}


def test_the_answer_is_the_models_argmax(serving: ModuleType) -> None:
    inputs = [[0.5, -1, 2, 0], [3, 1, -2, 1], [0, 0, 0, 0]]
    with TestClient(serving.app) as client:
        classes = client.post("/predict", json={"inputs": inputs}).json()["classes"]
        with torch.inference_mode():
            expected = serving.models["net"](torch.tensor(inputs)).argmax(dim=1).tolist()
    assert classes == expected


def test_the_model_is_loaded_at_start_up_and_released_at_shutdown(serving: ModuleType) -> None:
    assert serving.models == {}
    with TestClient(serving.app) as client:
        net = serving.models["net"]
        client.post("/predict", json={"inputs": [[0, 0, 0, 0]]})
        client.post("/predict", json={"inputs": [[1, 1, 1, 1]]})
        assert serving.models["net"] is net
        assert not net.training
    assert serving.models == {}


def test_wrong_shapes_and_types_are_rejected_with_422(serving: ModuleType) -> None:
    assert serving.bad.status_code == serving.text.status_code == 422
    assert serving.bad.json()["detail"][0]["type"] == "too_short"
    assert serving.text.json()["detail"][0]["loc"] == ["body", "inputs", 0, 0]
    with TestClient(serving.app) as client:
        assert client.post("/predict", json={"inputs": []}).status_code == 422
        too_many = {"inputs": [[0.0] * 4] * 65}
        assert client.post("/predict", json=too_many).status_code == 422
        assert client.post("/predict", json={"x": [[0.0] * 4]}).status_code == 422
