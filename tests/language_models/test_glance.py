import math

import pytest
import torch

from tests.imports import AtFirstUse

# the set-up card saves tiny-llm/ where it runs: import the cards in a folder of their own
g = AtFirstUse("snippets.language_models.glance", in_a_folder=True)


def test_bpe_card_splits_an_unseen_word_into_subwords() -> None:
    g.tok.no_padding()
    g.tok.no_truncation()
    assert g.tok.encode("the cats sleep").tokens == ["▁the", "▁cats", "▁slee", "p"]
    assert g.tok.decode(g.tok.encode("the dog sleeps").ids) == "the dog sleeps"
    assert g.enc.tokens == ["▁the", "▁cats", "▁slee", "p"] and len(g.enc.ids) == 4


def test_padding_card_pads_truncates_and_masks() -> None:
    assert [e.ids for e in g.batch] == [[18, 25, 0, 0], [18, 35, 27, 18]]
    for e in g.batch:
        assert e.attention_mask == [int(i != 0) for i in e.ids]


def test_embedding_and_tied_cards() -> None:
    assert torch.equal(g.vectors[0, 2], torch.zeros(8))
    assert g.head.weight is g.embed.weight
    assert sum(p.numel() for p in g.both.parameters()) == 800


def test_swiglu_and_gqa_cards_keep_the_shapes() -> None:
    assert g.y.shape == (1, 3, 8)
    assert g.out.shape == (1, 8, 5, 16)


def test_loss_card_uniform_logits_give_log_vocabulary() -> None:
    assert g.labels.tolist() == [[7, 9, 4, -100, -100]]
    assert torch.equal(g.labels == -100, g.attention_mask[:, 1:] == 0)
    assert g.loss.item() == pytest.approx(math.log(100), rel=1e-6)
    assert g.loss.exp().item() == pytest.approx(100, rel=1e-5)


def test_sampling_cards() -> None:
    assert g.greedy == 0
    probs = torch.tensor([2.0, 1.0]).div(0.7).softmax(-1)
    sampled = g.scaled.softmax(-1)
    assert torch.allclose(sampled[:2], probs, rtol=1e-5, atol=1e-6)
    assert sampled[2:].tolist() == [0.0, 0.0, 0.0]
    assert g.next_id in (0, 1)
    assert g.order[g.keep].tolist() == [0, 1, 2]


def test_memory_card_weights_and_training_bytes() -> None:
    assert [round(8e9 * d.itemsize / 2**30, 1) for d in (torch.float32, torch.bfloat16)] == [
        29.8,
        14.9,
    ]
    assert g.per_param == 16 and g.train["adam m, v"] == 2 * torch.float32.itemsize


def test_hugging_face_cards_load_generate_chat_pad_and_lora() -> None:
    assert g.new_tokens.shape == (1, 5) and isinstance(g.text[0], str)
    assert g.tokenizer.padding_side == "left"
    assert g.padded.attention_mask.tolist() == [[0, 1, 1], [1, 1, 1]]
    assert g.messages == [{"role": "user", "content": "the cat"}]
    trainable, total = g.lm.get_nb_trainable_parameters()
    # r * (32 + 32) for q_proj and v_proj, in each of the 2 layers
    assert trainable == 2 * 2 * 8 * (32 + 32) == 2048 and total == 24992
