from __future__ import annotations

import sys
from types import ModuleType, SimpleNamespace

import pytest
import torch

from snippets.language_models import hub

PROMPT = torch.tensor([[1, 2, 3]])


class FakeBatch(dict):
    def to(self, device: str) -> FakeBatch:
        assert device == "cpu"
        return self


class FakeTokenizer:
    def apply_chat_template(self, messages: list[dict[str, str]], **kwargs: object) -> FakeBatch:
        assert [m["role"] for m in messages] == ["user"]
        assert kwargs == {
            "add_generation_prompt": True,
            "return_tensors": "pt",
            "return_dict": True,
        }
        return FakeBatch(input_ids=PROMPT, attention_mask=torch.ones_like(PROMPT))

    def batch_decode(self, output: torch.Tensor, skip_special_tokens: bool) -> list[str]:
        assert skip_special_tokens
        return [" ".join(map(str, row.tolist())) for row in output]


class FakeModel:
    device = "cpu"

    def generate(self, **kwargs: object) -> torch.Tensor:
        assert {"input_ids", "attention_mask", "max_new_tokens"} <= kwargs.keys()
        assert kwargs["do_sample"] is True and 0 < kwargs["top_p"] <= 1
        return torch.cat([kwargs["input_ids"], torch.tensor([[4, 5]])], dim=1)


def test_the_hub_block_is_never_run_on_import() -> None:
    assert callable(hub.from_the_hub)


def test_the_hub_block_calls_the_transformers_api_it_shows(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the network: a stand-in transformers module checks the calls and arguments."""
    calls = []

    def loader(result: object) -> SimpleNamespace:
        def from_pretrained(name: str, **kwargs: object) -> object:
            calls.append((name, kwargs))
            return result

        return SimpleNamespace(from_pretrained=from_pretrained)

    fake = ModuleType("transformers")
    fake.AutoTokenizer = loader(FakeTokenizer())
    fake.AutoModelForCausalLM = loader(FakeModel())
    monkeypatch.setitem(sys.modules, "transformers", fake)
    hub.from_the_hub()
    name = "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert calls == [
        (name, {"padding_side": "left"}),
        (name, {"dtype": "auto", "device_map": "auto"}),
    ]
    # only the new tokens are decoded, not the prompt
    assert capsys.readouterr().out == "4 5\n"
