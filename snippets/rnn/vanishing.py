# --8<-- [start:gradient-norms]
import torch
from torch import nn


def input_gradient_norms(model: nn.Module, seq_len: int = 100) -> torch.Tensor:
    torch.manual_seed(0)
    x = torch.randn(1, seq_len, 8, requires_grad=True)
    output = model(x)[0]
    output[0, -1].sum().backward()
    return x.grad[0].norm(dim=-1)


torch.manual_seed(0)
models = {"RNN": nn.RNN(8, 32, batch_first=True), "LSTM": nn.LSTM(8, 32, batch_first=True)}
open_lstm = nn.LSTM(8, 32, batch_first=True)
with torch.no_grad():
    # fr: portes dans l'ordre i, f, g, o : la deuxième tranche est la porte d'oubli
    # en: gates in the order i, f, g, o: the second slice is the forget gate
    open_lstm.bias_ih_l0[32:64].fill_(3.0)
    open_lstm.bias_hh_l0[32:64].zero_()
models["LSTM, forget bias 3"] = open_lstm
print(f"{'pas en arrière':20}", " ".join(f"{t:>7}" for t in (0, 10, 50, 99)))  # [fr]
print(f"{'steps back':20}", " ".join(f"{t:>7}" for t in (0, 10, 50, 99)))  # [en]
for name, model in models.items():
    norms = input_gradient_norms(model)
    print(f"{name:20}", " ".join(f"{norms[-1 - t]:.1e}" for t in (0, 10, 50, 99)))
#> pas en arrière             0      10      50      99  # [fr]
#> steps back                 0      10      50      99  # [en]
#> RNN                  2.0e+00 4.0e-03 1.5e-14 0.0e+00
#> LSTM                 3.8e-01 3.0e-03 9.8e-11 2.7e-20
#> LSTM, forget bias 3  4.1e-01 3.9e-02 2.3e-02 3.7e-02
# --8<-- [end:gradient-norms]
