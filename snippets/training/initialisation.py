# --8<-- [start:default]
import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(1000, 500)
bound = 1 / math.sqrt(layer.in_features)
inside = [p.abs().max().item() <= bound for p in (layer.weight, layer.bias)]
print(round(bound, 4), inside)
#> 0.0316 [True, True]
print(round(layer.weight.var().item() / (bound**2 / 3), 2))
#> 1.0
# --8<-- [end:default]

# --8<-- [start:kaiming-xavier]
w = torch.empty(500, 1000)
fan_out, fan_in = w.shape
nn.init.kaiming_normal_(w, nonlinearity="relu")
kaiming = w.var().item() / (2 / fan_in)
nn.init.xavier_normal_(w)
xavier = w.var().item() / (2 / (fan_in + fan_out))
nn.init.kaiming_uniform_(w, nonlinearity="relu")
kaiming_max = w.abs().max().item() / math.sqrt(6 / fan_in)
print(round(kaiming, 2), round(xavier, 2), round(kaiming_max, 2))
#> 1.0 1.0 1.0
# --8<-- [end:kaiming-xavier]


# --8<-- [start:depth]
def output_rms(init: str, depth: int = 10, width: int = 512) -> float:
    torch.manual_seed(0)
    x = torch.randn(512, width)
    for _ in range(depth):
        linear = nn.Linear(width, width, bias=False)
        if init == "kaiming":
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        x = torch.relu(linear(x))
    return x.pow(2).mean().sqrt().item()


print(f"{output_rms('default'):.1e}", round(output_rms("kaiming"), 2))
#> 1.2e-04 0.98
# --8<-- [end:depth]
