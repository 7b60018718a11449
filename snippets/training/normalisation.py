# --8<-- [start:layers]
import torch
from torch import nn

x = torch.randn(8, 6, generator=torch.Generator().manual_seed(0))
batch_norm, layer_norm, rms_norm = nn.BatchNorm1d(6), nn.LayerNorm(6), nn.RMSNorm(6)
# fr: BatchNorm : par colonne (sur le lot) ; LayerNorm et RMSNorm : par ligne (par position)
# en: BatchNorm: per column (over the batch); LayerNorm and RMSNorm: per row (per position)
column_means = batch_norm(x).mean(dim=0)
row_means = layer_norm(x).mean(dim=1)
print(column_means.abs().max().item() < 1e-6, row_means.abs().max().item() < 1e-6)
#> True True
row_mean_squares = rms_norm(x).pow(2).mean(dim=1)
print([round(v, 4) for v in row_mean_squares[:3].tolist()])
#> [1.0, 1.0, 1.0]
# --8<-- [end:layers]

# --8<-- [start:check]
biased_var = {"unbiased": False}
by_hand = {
    "batch": (x - x.mean(0)) / (x.var(0, **biased_var) + batch_norm.eps).sqrt(),
    "layer": (x - x.mean(1, keepdim=True))
    / (x.var(1, keepdim=True, **biased_var) + layer_norm.eps).sqrt(),
    "rms": x / (x.pow(2).mean(1, keepdim=True) + torch.finfo(x.dtype).eps).sqrt(),
}
modules = {"batch": batch_norm, "layer": layer_norm, "rms": rms_norm}
print({k: torch.allclose(modules[k](x), by_hand[k], atol=1e-5) for k in modules})
#> {'batch': True, 'layer': True, 'rms': True}
# --8<-- [end:check]

# --8<-- [start:dropout]
torch.manual_seed(0)
dropout = nn.Dropout(p=0.25)
ones = torch.ones(10_000)
kept = dropout(ones)
print(sorted({round(v, 4) for v in kept.tolist()}), round(kept.mean().item(), 1))
#> [0.0, 1.3333] 1.0
dropout.eval()
print(torch.equal(dropout(ones), ones))
#> True
# --8<-- [end:dropout]

# --8<-- [start:dropout-check]
mask = (kept != 0).float()
print(torch.equal(kept, ones * mask / (1 - dropout.p)))
#> True
# --8<-- [end:dropout-check]
