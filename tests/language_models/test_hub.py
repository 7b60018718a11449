"""The Hugging Face calls on a local stand-in for a Hub model: loading, generation, chat
templates, padding, context length, datasets, LoRA, Trainer and retrieval, all offline."""

from __future__ import annotations

import importlib
import itertools
import os
from pathlib import Path
from types import ModuleType

import pytest
import torch


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """Import the snippet in a folder of its own: it writes tiny-llm/, texts.jsonl, hf-cache/."""
    here, folder = Path.cwd(), tmp_path_factory.mktemp("hub")
    os.chdir(folder)
    try:
        module = importlib.import_module("snippets.language_models.hub")
    finally:
        os.chdir(here)
    module.here = folder
    return module


def test_the_local_model_loads_with_the_calls_used_for_a_hub_name(hub: ModuleType) -> None:
    from transformers import LlamaForCausalLM, PreTrainedTokenizerBase

    assert isinstance(hub.model, LlamaForCausalLM) and hub.model.dtype == torch.bfloat16
    assert isinstance(hub.tokenizer, PreTrainedTokenizerBase)
    assert len(hub.tokenizer) == hub.model.config.vocab_size == 62
    assert hub.model.num_parameters() == 22560
    assert hub.tokenizer.pad_token_id != hub.tokenizer.eos_token_id


def test_generate_appends_new_tokens_and_only_those_are_decoded(hub: ModuleType) -> None:
    assert hub.inputs.input_ids.shape == (1, 2)
    assert hub.new_tokens.shape == (1, 5)
    assert torch.equal(hub.greedy[:, :2], hub.dog.input_ids)
    assert all(isinstance(t, str) for t in hub.texts_out)
    assert hub.sampling.do_sample and hub.sampling.max_new_tokens == 5


def test_greedy_repeats_and_the_penalties_break_the_loop(hub: ModuleType) -> None:
    greedy, penalised = hub.greedy[0, 2:].tolist(), hub.penalised[0, 2:].tolist()
    assert greedy[2:] == [17, 0] * 4
    pairs = list(itertools.pairwise(penalised))
    assert len(set(pairs)) == len(pairs)  # no_repeat_ngram_size=2: no pair twice


def test_the_pipeline_returns_generated_text(hub: ModuleType) -> None:
    assert isinstance(hub.result[0]["generated_text"], str)


def test_chat_template_writes_the_turns_and_the_assistant_prompt(hub: ModuleType) -> None:
    assert hub.prompt == "<s>user: the cat</s><s>assistant:"
    ids = hub.chat_inputs["input_ids"]
    tokens = hub.tokenizer.convert_ids_to_tokens(ids[0])
    assert tokens == ["<s>", "▁user:", "▁the", "▁cat", "</s>", "<s>", "▁assistant:"]
    assert ids.shape == (1, 7) and set(hub.chat_inputs) == {"input_ids", "attention_mask"}


def test_left_padding_generates_what_the_prompt_alone_gives(hub: ModuleType) -> None:
    hub.tokenizer.padding_side = "left"
    batch = hub.tokenizer(hub.prompts, return_tensors="pt", padding=True)
    out = hub.f32.generate(**batch, max_new_tokens=4, do_sample=False)
    assert out[0, -4:].tolist() == hub.alone[0, -4:].tolist()
    assert batch.attention_mask[0].tolist() == [0, 0, 0, 0, 1, 1]


def test_a_tokenizer_without_pad_token_refuses_to_pad_until_given_eos(hub: ModuleType) -> None:
    from transformers import AutoTokenizer

    assert hub.no_pad.pad_token == hub.no_pad.eos_token == "</s>"
    assert hub.model.generation_config.pad_token_id == hub.no_pad.eos_token_id
    bare = AutoTokenizer.from_pretrained(hub.here / "tiny-llm", pad_token=None)
    with pytest.raises(
        ValueError, match=r"^Asking to pad but the tokenizer does not have a padding"
    ):
        bare(hub.prompts, padding=True)


def test_context_length_truncation_and_overlapping_chunks(hub: ModuleType) -> None:
    assert hub.model.config.max_position_embeddings == hub.tokenizer.model_max_length == 64
    assert len(hub.ids) == 90 and len(hub.cut) == 16
    chunks = hub.chunks.input_ids
    assert [len(c) for c in chunks] == [16] * 7 + [6]
    for first, second in itertools.pairwise(chunks):
        assert first[-4:] == second[:4]  # stride=4: four tokens shared by neighbours
    rebuilt = chunks[0] + [t for c in chunks[1:] for t in c[4:]]
    assert rebuilt == hub.ids  # the chunks, overlaps removed, give back the whole text


def test_datasets_loads_maps_splits_and_caches_in_the_folder(hub: ModuleType) -> None:
    assert hub.data.num_rows == 20 and hub.data.column_names == ["input_ids", "attention_mask"]
    assert (hub.splits["train"].num_rows, hub.splits["test"].num_rows) == (16, 4)
    assert isinstance(hub.splits["train"].with_format("torch")[0]["input_ids"], torch.Tensor)
    cached = [Path(f["filename"]) for f in hub.data.cache_files]
    assert cached and all(f.is_relative_to(hub.here / "hf-cache") for f in cached)


def test_lora_trains_a_small_share_of_the_parameters(hub: ModuleType) -> None:
    # r * (in + out) for q_proj (32 -> 32) and v_proj (32 -> 16), in each of the 2 layers
    assert hub.trainable == 2 * 8 * ((32 + 32) + (32 + 16)) == 1792
    assert hub.total == 22560 + 1792
    assert round(hub.trainable / hub.total, 3) == 0.074


def test_one_step_changes_only_the_lora_weights(hub: ModuleType) -> None:
    assert len(hub.changed) == 8  # A and B of q_proj and v_proj, in 2 layers
    assert all(".lora_A." in n or ".lora_B." in n for n in hub.changed)
    frozen = [n for n in hub.before if "lora_" not in n]
    assert frozen and all(n not in hub.changed for n in frozen)


def test_merged_model_is_plain_and_gives_the_adapted_outputs(hub: ModuleType) -> None:
    from transformers import LlamaForCausalLM

    assert type(hub.merged) is LlamaForCausalLM
    assert not any("lora_" in n for n, _ in hub.merged.named_parameters())
    torch.testing.assert_close(hub.adapted, hub.plain, atol=1e-5, rtol=1e-5)


def test_trainer_runs_the_steps_and_the_loss_goes_down(hub: ModuleType) -> None:
    assert hub.trainer.state.global_step == 10
    assert len(hub.losses) == 2 and hub.losses[-1] < hub.losses[0]
    assert hub.trainer.args.report_to == [] or hub.trainer.args.report_to == "none"


def test_rag_retrieves_by_cosine_and_puts_the_documents_in_the_prompt(hub: ModuleType) -> None:
    assert hub.top == hub.scores.argsort(descending=True)[:2].tolist() == [2, 1]
    assert hub.context == "a cat and a dog play / the cat sleeps"
    assert hub.messages[0] == {"role": "system", "content": hub.context}


def test_the_4_bit_and_qlora_blocks_run_only_with_a_gpu(hub: ModuleType) -> None:
    assert hasattr(hub, "qlora_model") == torch.cuda.is_available()


@pytest.mark.gpu
@pytest.mark.skipif(
    os.environ.get("CHEATSHEET_GPU") != "1", reason="needs a CUDA device: run by `make test-gpu`"
)
def test_the_4_bit_base_trains_the_same_adapters_as_lora(hub: ModuleType) -> None:
    assert type(hub.up).__name__ == "Linear4bit"
    assert hub.qlora_model.get_nb_trainable_parameters() == (hub.trainable, hub.total)


def test_the_collator_masks_the_padding_by_token_id(hub: ModuleType) -> None:
    """Why the page gives the tokenizer its own pad token: with pad = eos, EOS is masked too."""
    from transformers import AutoTokenizer, DataCollatorForLanguageModeling

    rows = [hub.tokenizer("the cat"), hub.tokenizer("the dog plays with the cat")]
    labels = DataCollatorForLanguageModeling(hub.tokenizer, mlm=False)(rows)["labels"]
    assert (labels == -100).sum().item() == 4
    eos_pad = AutoTokenizer.from_pretrained(hub.here / "tiny-llm", pad_token="</s>")
    ends = [eos_pad("the cat </s>"), eos_pad("the dog </s>")]
    masked = DataCollatorForLanguageModeling(eos_pad, mlm=False)(ends)["labels"]
    assert (masked == -100).any(dim=1).all()  # each real EOS became -100
