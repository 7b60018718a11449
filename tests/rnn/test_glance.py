import pytest
import torch
from torch import nn

from snippets.rnn import glance as g


def test_lstm_gru_rnn_shapes() -> None:
    assert tuple(g.output.shape) == (4, 6, 16)
    assert tuple(g.c_n.shape) == (2, 4, 16)
    assert tuple(g.lstm(g.x)[1][0].shape) == (2, 4, 16)
    assert tuple(g.gru_out.shape) == (4, 6, 16)
    assert tuple(g.gru_h.shape) == tuple(g.rnn_h.shape) == (1, 4, 16)


def test_bidirectional_doubles_output_features_and_state_layers() -> None:
    assert tuple(g.bi_out.shape) == (4, 6, 2 * 16)
    assert tuple(g.bi_h.shape) == (2 * 2, 4, 16)


def test_last_step_equals_h_n_for_one_layer_one_direction() -> None:
    # exact: both are the same tensor values, no recomputation
    assert torch.equal(g.out[:, -1], g.last)
    assert tuple(g.last.shape) == (4, 16)


def test_pad_and_pack_round_trip() -> None:
    assert g.lengths.tolist() == [5, 3, 2]
    assert g.out_lengths.tolist() == [5, 3]
    assert tuple(g.padded.shape) == (2, 5, 10)
    assert tuple(g.unpacked.shape) == (2, 5, 16)
    assert tuple(g.packed_h.shape) == (1, 2, 16)
    for row, length in zip(g.unpacked, g.out_lengths, strict=True):
        assert row[length:].abs().sum().item() == 0.0
    # the padded steps of the second sequence are zeros
    assert g.padded[1, 3:].abs().sum().item() == 0.0


def test_lstm_parameter_formula() -> None:
    assert g.count == 4 * (g.h * (g.i + g.h) + 2 * g.h) == 1792
    for i, h in [(1, 1), (7, 32), (64, 128)]:
        counted = sum(p.numel() for p in nn.LSTM(i, h).parameters())
        assert counted == 4 * (h * (i + h) + 2 * h)


def test_clip_grad_norm_returns_the_norm_before_and_rescales_to_max() -> None:
    # rounded to two digits on the page
    assert g.before.item() == pytest.approx(11.41, abs=5e-3)
    # clipping rescales by max_norm / (norm + eps), eps tiny
    assert g.after.item() == pytest.approx(1.0, abs=1e-4)


def test_classifier_head_gives_one_logit_row_per_sequence() -> None:
    assert tuple(g.logits.shape) == (4, 3)
