import pytest
from torch import nn

from snippets.rnn.param_counts import GATES, recurrent_parameters


@pytest.mark.parametrize("kind", ["RNN", "GRU", "LSTM"])
@pytest.mark.parametrize(("input_size", "hidden_size"), [(10, 16), (1, 1), (7, 32)])
@pytest.mark.parametrize("num_layers", [1, 2, 3])
@pytest.mark.parametrize("bidirectional", [False, True])
def test_formula_matches_pytorch(
    kind: str, input_size: int, hidden_size: int, num_layers: int, bidirectional: bool
) -> None:
    module = getattr(nn, kind)(
        input_size, hidden_size, num_layers=num_layers, bidirectional=bidirectional
    )
    counted = sum(p.numel() for p in module.parameters())
    assert counted == recurrent_parameters(kind, input_size, hidden_size, num_layers, bidirectional)


def test_gates_one_three_four() -> None:
    assert GATES == {"RNN": 1, "GRU": 3, "LSTM": 4}


def test_values_shown_on_the_page() -> None:
    assert recurrent_parameters("RNN", 10, 16, 2) == 992
    assert recurrent_parameters("LSTM", 10, 16, 2, bidirectional=True) == 9984


def test_gru_has_a_quarter_fewer_parameters_than_lstm() -> None:
    for args in [(10, 16, 2), (64, 128, 1), (3, 5, 4)]:
        assert recurrent_parameters("GRU", *args) / recurrent_parameters("LSTM", *args) == 0.75
