# --8<-- [start:setup]
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
# fr: q, k, v en (lot, têtes, séquence, dimension) ; x en (lot, séquence, d_model)
# en: q, k, v as (batch, heads, sequence, dimension); x as (batch, sequence, d_model)
q, k, v = torch.randn(3, 2, 4, 5, 8).unbind(0)
x = torch.randn(2, 5, 16)
# --8<-- [end:setup]

# --8<-- [start:sdpa]
out = F.scaled_dot_product_attention(q, k, v)
print(tuple(out.shape))
#> (2, 4, 5, 8)
# --8<-- [end:sdpa]

# --8<-- [start:mha]
mha = nn.MultiheadAttention(16, 4, batch_first=True)
y, w = mha(x, x, x)
print(tuple(y.shape), tuple(w.shape))
#> (2, 5, 16) (2, 5, 5)
# --8<-- [end:mha]

# --8<-- [start:causal]
a = F.scaled_dot_product_attention(q, k, v, is_causal=True)
# fr: la même chose avec un masque explicite (True : peut regarder)
# en: the same with an explicit mask (True: may attend)
allowed = torch.ones(5, 5, dtype=torch.bool).tril()
b = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed)
print(allowed.int())
#> tensor([[1, 0, 0, 0, 0],
#>         [1, 1, 0, 0, 0],
#>         [1, 1, 1, 0, 0],
#>         [1, 1, 1, 1, 0],
#>         [1, 1, 1, 1, 1]], dtype=torch.int32)
# --8<-- [end:causal]

# --8<-- [start:padding]
mha = nn.MultiheadAttention(16, 4, batch_first=True)
padding = torch.tensor([[False] * 5, [False] * 3 + [True] * 2])
y, w = mha(x, x, x, key_padding_mask=padding)
print(w[1, 0].round(decimals=3).tolist()[3:])
#> [0.0, 0.0]
# --8<-- [end:padding]

# --8<-- [start:positional]
import math

pos = torch.arange(4).unsqueeze(1)
div = torch.exp(torch.arange(0, 8, 2) * (-math.log(10000.0) / 8))
pe = torch.zeros(4, 8)
pe[:, 0::2], pe[:, 1::2] = torch.sin(pos * div), torch.cos(pos * div)
print(tuple(pe.shape), [round(x, 4) for x in pe[1, :2].tolist()])
#> (4, 8) [0.8415, 0.5403]
# --8<-- [end:positional]

# --8<-- [start:encoder]
layer = nn.TransformerEncoderLayer(16, 4, 32, batch_first=True, norm_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
print(tuple(encoder(x).shape))
#> (2, 5, 16)
# --8<-- [end:encoder]

# --8<-- [start:params]
layer = nn.TransformerEncoderLayer(16, 4, 32, batch_first=True)
n_params = sum(p.numel() for p in layer.parameters())
print(n_params)
#> 2224
# --8<-- [end:params]

# --8<-- [start:half]
scores = torch.zeros(1, 3, dtype=torch.float16)
all_masked = torch.ones(1, 3, dtype=torch.bool)
blocked = scores.masked_fill(all_masked, float("-inf"))
safe = scores.masked_fill(all_masked, torch.finfo(torch.float16).min)
print(blocked.softmax(dim=-1).tolist())
#> [[nan, nan, nan]]
print([round(p, 3) for p in safe.softmax(dim=-1)[0].tolist()])
#> [0.333, 0.333, 0.333]
# --8<-- [end:half]
