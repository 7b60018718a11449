"""torch.export: the graph, its signature, shapes (static, dynamic) and the .pt2 round trip."""

from __future__ import annotations

from types import ModuleType

import pytest
import torch

from tests.imports import import_in
from tests.tolerances import FLOAT32


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("export")
    module = import_in(folder, "snippets.deployment.export")
    assert (folder / "tiny.pt2").is_file()
    return module


def test_exported_module_computes_what_the_model_computes(export: ModuleType) -> None:
    x = torch.randn(3, 4)
    with torch.no_grad():
        torch.testing.assert_close(export.exported(x), export.model(x), **FLOAT32)


def test_parameters_are_inputs_of_the_graph(export: ModuleType) -> None:
    names = [spec.target for spec in export.ep.graph_signature.input_specs if spec.target]
    assert names == [name for name, _ in export.model.named_parameters()]


def test_dynamic_batch_accepts_its_range_only(export: ModuleType) -> None:
    module = export.ep.module()
    assert module(torch.randn(1024, 4)).shape == (1024, 2)
    with pytest.raises(AssertionError):
        module(torch.randn(1025, 4))


def test_loaded_program_matches_the_saved_one_on_any_batch(export: ModuleType) -> None:
    x = torch.randn(11, 4)
    torch.testing.assert_close(export.loaded.module()(x), export.model(x), **FLOAT32)
