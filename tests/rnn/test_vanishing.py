from snippets.rnn import vanishing as va


def test_vanilla_rnn_gradient_vanishes_over_a_hundred_steps() -> None:
    norms = va.input_gradient_norms(va.models["RNN"])
    assert norms[-1] > 1.0
    assert norms[-51] < 1e-12
    assert norms[0] == 0.0


def test_default_lstm_gradient_also_vanishes_at_initialization() -> None:
    norms = va.input_gradient_norms(va.models["LSTM"])
    assert norms[-51] < 1e-9
    assert norms[0] < 1e-15


def test_open_forget_gate_keeps_the_gradient_alive() -> None:
    norms = va.input_gradient_norms(va.open_lstm)
    assert norms[0] > 1e-2
    assert norms[-51] > 1e-2
    assert norms[0] / norms[-1] > 0.05


def test_forget_gate_slice_holds_the_bias() -> None:
    assert (va.open_lstm.bias_ih_l0[32:64] == 3.0).all()
    assert (va.open_lstm.bias_ih_l0[:32] != 3.0).all()
