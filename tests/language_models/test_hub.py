from __future__ import annotations

import sys
from types import ModuleType, SimpleNamespace

import pytest
import torch

from snippets.language_models import hub


class FakeTokenizer:
    def __call__(self, texts: list[str], return_tensors: str) -> dict[str, torch.Tensor]:
        assert return_tensors == "pt"
        return {"input_ids": torch.tensor([[1, 2, 3]]), "attention_mask": torch.ones(1, 3)}

    def batch_decode(self, output: torch.Tensor, skip_special_tokens: bool) -> list[str]:
        return [" ".join(map(str, row.tolist())) for row in output]


class FakeModel:
    def generate(self, **kwargs: object) -> torch.Tensor:
        assert kwargs["do_sample"] is True and 0 < kwargs["top_p"] <= 1
        return torch.cat([kwargs["input_ids"], torch.tensor([[4, 5]])], dim=1)


def test_the_hub_block_is_never_run_on_import() -> None:
    assert callable(hub.from_the_hub)


def test_the_hub_block_calls_the_transformers_api_it_shows(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the network: a stand-in transformers module checks the calls and arguments."""
    names = []

    def loader(result: object) -> SimpleNamespace:
        return SimpleNamespace(from_pretrained=lambda name: names.append(name) or result)

    fake = ModuleType("transformers")
    fake.AutoTokenizer = loader(FakeTokenizer())
    fake.AutoModelForCausalLM = loader(FakeModel())
    monkeypatch.setitem(sys.modules, "transformers", fake)
    hub.from_the_hub()
    assert names == ["HuggingFaceTB/SmolLM2-135M"] * 2
    assert capsys.readouterr().out == "1 2 3 4 5\n"
