import torch

from snippets.rnn import shapes as sh


def test_batch_first_output_but_hidden_state_layers_first() -> None:
    output, h_n = sh.rnn(sh.x)
    assert tuple(output.shape) == (4, 6, 16)
    assert tuple(h_n.shape) == (2, 4, 16)


def test_last_output_of_a_unidirectional_rnn_is_the_last_layers_hidden_state() -> None:
    output, h_n = sh.rnn(sh.x)
    assert torch.equal(output[:, -1], h_n[-1])


def test_rnn_recurrence_by_hand_matches_nn_rnn() -> None:
    assert torch.allclose(torch.stack(sh.steps, dim=1), sh.cell(sh.x)[0], atol=1e-6)


def test_bidirectional_lstm_doubles_output_features_and_state_layers() -> None:
    output, (h_n, c_n) = sh.lstm(sh.x)
    assert tuple(output.shape) == (4, 6, 32)
    assert tuple(h_n.shape) == tuple(c_n.shape) == (2 * 2, 4, 16)


def test_last_layer_directions_are_the_two_ends_of_the_output() -> None:
    output, (h_n, _) = sh.lstm(sh.x)
    assert torch.equal(h_n[-2], output[:, -1, :16])
    assert torch.equal(h_n[-1], output[:, 0, 16:])
    assert tuple(sh.sentence_vector.shape) == (4, 32)


def test_gru_returns_no_cell_state() -> None:
    output, h_n = sh.gru(sh.x)
    assert isinstance(h_n, torch.Tensor)
    assert tuple(output.shape) == (4, 6, 16)
    assert tuple(h_n.shape) == (2, 4, 16)
