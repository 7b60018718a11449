import math

import pytest
import torch
import torch.nn.functional as F

from snippets.language_models import training as tr
from tests.tolerances import APPROX32, FLOAT32


def test_labels_are_the_inputs_shifted_by_one() -> None:
    assert torch.equal(tr.inputs[:, 1:], tr.ids[:, 1:-1])
    assert tr.labels[0].tolist() == [41, 53, 88, 5, 3, -100, -100]
    assert tr.labels[1].tolist() == tr.ids[1, 1:].tolist()


def test_labels_are_masked_from_the_attention_mask_not_the_token_id() -> None:
    assert tr.pad_id == tr.eos_id
    assert torch.equal(tr.labels == -100, tr.attention_mask[:, 1:] == 0)


def test_a_real_eos_equal_to_the_pad_id_keeps_its_label() -> None:
    # the last real token of each row is the EOS, which is also the pad id
    lengths = tr.attention_mask.sum(dim=1)
    for row, length in enumerate(lengths.tolist()):
        assert tr.ids[row, length - 1].item() == tr.eos_id == tr.pad_id
        assert tr.labels[row, length - 2].item() == tr.eos_id
    by_id = tr.ids[:, 1:].masked_fill(tr.ids[:, 1:] == tr.pad_id, -100)
    assert (by_id == tr.eos_id).sum().item() == 0
    assert (tr.labels == tr.eos_id).sum().item() == 2


def test_loss_is_the_mean_negative_log_likelihood_of_the_kept_labels() -> None:
    assert (tr.labels != -100).sum().item() == 12
    assert torch.allclose(tr.loss, tr.nll.mean(), **FLOAT32)
    assert tr.loss.item() == pytest.approx(4.573, abs=5e-4)


def test_ignore_index_default_is_minus_100_and_pad_id_would_drop_the_eos() -> None:
    flat = tr.logits.reshape(-1, tr.vocab_size)
    default = F.cross_entropy(flat, tr.labels.reshape(-1))
    by_pad = F.cross_entropy(flat, tr.ids[:, 1:].reshape(-1), ignore_index=tr.pad_id)
    assert torch.allclose(default, tr.loss, **FLOAT32)
    assert not torch.allclose(by_pad, tr.loss, **FLOAT32)
    assert not torch.allclose(tr.with_padding, tr.loss, **FLOAT32)


def test_perplexity_is_exp_of_the_loss_and_the_inverse_geometric_mean() -> None:
    perplexity = tr.loss.exp().item()
    probs = (-tr.nll).exp().tolist()
    geometric = math.prod(probs) ** (1 / len(probs))
    assert perplexity == pytest.approx(1 / geometric, **APPROX32)
    # an untrained model is about as unsure as a uniform guess over the vocabulary
    assert perplexity == pytest.approx(tr.vocab_size, rel=0.1)
