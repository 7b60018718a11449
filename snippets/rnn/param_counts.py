# --8<-- [start:formula]
from torch import nn

GATES = {"RNN": 1, "GRU": 3, "LSTM": 4}


def recurrent_parameters(
    kind: str, input_size: int, hidden_size: int, num_layers: int = 1, bidirectional: bool = False
) -> int:
    gates, h = GATES[kind], hidden_size
    directions = 2 if bidirectional else 1
    total = 0
    for layer in range(num_layers):
        i = input_size if layer == 0 else directions * h
        total += directions * gates * (h * (i + h) + 2 * h)
    return total


for kind in GATES:
    for bidirectional in (False, True):
        module = getattr(nn, kind)(10, 16, num_layers=2, bidirectional=bidirectional)
        counted = sum(p.numel() for p in module.parameters())
        print(kind, bidirectional, counted, recurrent_parameters(kind, 10, 16, 2, bidirectional))
#> RNN False 992 992
#> RNN True 2496 2496
#> GRU False 2976 2976
#> GRU True 7488 7488
#> LSTM False 3968 3968
#> LSTM True 9984 9984
# --8<-- [end:formula]
