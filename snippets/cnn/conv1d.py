# --8<-- [start:layout]
import torch
from torch import nn

torch.manual_seed(0)
batch, length, features = 8, 100, 12
x = torch.randn(batch, length, features)
conv = nn.Conv1d(in_channels=features, out_channels=32, kernel_size=5)
# fr: Conv1d attend (lot, canaux, longueur) : les variables deviennent les canaux
# en: Conv1d expects (batch, channels, length): the features become the channels
y = conv(x.transpose(1, 2))
print(tuple(y.shape), tuple(y.transpose(1, 2).shape))
#> (8, 32, 96) (8, 96, 32)
# --8<-- [end:layout]


# --8<-- [start:length]
def out_length(n: int, k: int, p: int = 0, s: int = 1, d: int = 1) -> int:
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


strided = nn.Conv1d(features, 32, kernel_size=5, stride=2, padding=2)
print(out_length(100, 5), out_length(100, 5, p=2, s=2), strided(x.transpose(1, 2)).shape[-1])
#> 96 50 50
# --8<-- [end:length]

# --8<-- [start:causal]
import torch.nn.functional as F

k = 3
causal_conv = nn.Conv1d(1, 1, kernel_size=k)
series = torch.randn(1, 1, 10)
out = causal_conv(F.pad(series, (k - 1, 0)))
future_changed = series.clone()
future_changed[..., 6:] = 0.0
out_changed = causal_conv(F.pad(future_changed, (k - 1, 0)))
print(out.shape[-1], torch.equal(out[..., :6], out_changed[..., :6]))
#> 10 True
# --8<-- [end:causal]
