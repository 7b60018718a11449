"""The deployment quick-reference cards: each card's claim, checked beyond its printed line."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest
import torch

from tests.imports import import_in
from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def glance(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("glance")
    module = import_in(folder, "snippets.deployment.glance")
    # the ONNX card keeps the default external_data=True: the weights go beside the graph
    assert {p.name for p in folder.iterdir()} == {"model.pt2", "model.onnx", "model.onnx.data"}
    return module


def test_compiled_model_matches_eager_on_a_new_batch(glance: ModuleType) -> None:
    x = torch.randn(16, 4)
    torch.testing.assert_close(glance.compiled(x), glance.compiled._orig_mod(x), **FLOAT32)


def test_tf32_card_leaves_full_float32_matmuls_and_tf32_convolutions(glance: ModuleType) -> None:
    assert torch.backends.cuda.matmul.fp32_precision == "ieee"
    assert torch.backends.cudnn.conv.fp32_precision == "tf32"  # also the default
    assert torch.get_float32_matmul_precision() == "highest"


def test_tf32_switches_do_not_mix_with_the_global_precision() -> None:
    torch.backends.cuda.matmul.fp32_precision = "tf32"
    try:
        with pytest.raises(RuntimeError, match="mix of the legacy and new APIs"):
            torch.get_float32_matmul_precision()
    finally:
        torch.backends.cuda.matmul.fp32_precision = "ieee"
    assert torch.get_float32_matmul_precision() == "highest"


def test_export_cards_round_trip_the_program(glance: ModuleType) -> None:
    x = torch.randn(3, 4)
    torch.testing.assert_close(glance.loaded.module()(x), glance.ep.module()(x), **FLOAT32)
    with torch.no_grad():
        torch.testing.assert_close(glance.ep.module()(x), glance.model(x), **FLOAT32)


def test_onnx_cards_give_the_torch_model_outputs(glance: ModuleType) -> None:
    with torch.no_grad():
        expected = glance.model(glance.x).numpy()
    np.testing.assert_allclose(glance.out, expected, **FLOAT32)


def test_sampler_ranks_share_the_data_without_overlap(glance: ModuleType) -> None:
    from torch.utils.data import DistributedSampler

    other = DistributedSampler(glance.dataset, num_replicas=2, rank=0, shuffle=False)
    assert sorted([*other, *glance.sampler]) == list(range(10))


def test_profile_card_counts_one_call_per_layer(glance: ModuleType) -> None:
    assert glance.calls["aten::linear"] == 2 and glance.calls["aten::gelu"] == 1
    assert glance.calls["aten::addmm"] == 2  # each Linear runs as one addmm


def test_timer_card_measures_on_one_thread(glance: ModuleType) -> None:
    assert glance.m.task_spec.num_threads == 1
    assert glance.m.number_per_run >= 1 and 0 < glance.m.median < 1


def test_quantise_card_keeps_the_original_model_in_float32(glance: ModuleType) -> None:
    assert glance.model[0].weight.dtype == torch.float32
    assert type(glance.model[0].weight) is torch.nn.Parameter
    assert glance.int8_model[2].weight.qdata.dtype == torch.int8
    with torch.inference_mode():
        error = (glance.int8_model(glance.x) - glance.model(glance.x)).abs().max().item()
    assert error < 0.05
