# --8<-- [start:sinusoidal]
import math

import torch
from torch import nn


def sinusoidal_encoding(seq_len: int, d_model: int) -> torch.Tensor:
    position = torch.arange(seq_len, dtype=torch.float32)[:, None]
    frequencies = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
    angles = position * frequencies
    pe = torch.zeros(seq_len, d_model)
    pe[:, 0::2] = torch.sin(angles)
    pe[:, 1::2] = torch.cos(angles[:, : d_model // 2])
    return pe


for d_model in (8, 7):
    pe = sinusoidal_encoding(50, d_model)
    print(tuple(pe.shape), pe[0].tolist(), f"{pe.abs().max():.4f}")
#> (50, 8) [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0] 1.0000
#> (50, 7) [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0] 1.0000
# --8<-- [end:sinusoidal]

# --8<-- [start:relative]
pe = sinusoidal_encoding(50, 16)
print(f"{pe[10] @ pe[13]:.4f} {pe[30] @ pe[33]:.4f} {pe[10] @ pe[20]:.4f}")
#> 5.5431 5.5431 3.6463
# --8<-- [end:relative]


# --8<-- [start:module]
class PositionalEncoding(nn.Module):
    def __init__(self, d_model: int, max_len: int = 512) -> None:
        super().__init__()
        self.register_buffer("pe", sinusoidal_encoding(max_len, d_model), persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.pe[: x.size(1)]


encoding = PositionalEncoding(d_model=16)
tokens = torch.zeros(2, 10, 16)
print(tuple(encoding(tokens).shape), len(list(encoding.parameters())), len(encoding.state_dict()))
#> (2, 10, 16) 0 0
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
print(encoding.to(device).pe.device.type == device.type)
#> True
# --8<-- [end:module]
