# --8<-- [start:scratch]
import math

import torch
import torch.nn.functional as F


def attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, allowed: torch.Tensor | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if allowed is not None:
        scores = scores.masked_fill(~allowed, torch.finfo(scores.dtype).min)
    weights = torch.softmax(scores, dim=-1)
    return weights @ v, weights
    # --8<-- [end:scratch]


# --8<-- [start:call]
torch.manual_seed(0)
batch, heads, seq_len, head_dim = 2, 4, 5, 8
q, k, v = torch.randn(3, batch, heads, seq_len, head_dim).unbind(0)
out, weights = attention(q, k, v)
print(tuple(out.shape), tuple(weights.shape), f"{weights.sum(dim=-1).min():.4f}")
#> (2, 4, 5, 8) (2, 4, 5, 5) 1.0000
# --8<-- [end:call]

# --8<-- [start:compare]
print(torch.allclose(out, F.scaled_dot_product_attention(q, k, v), atol=1e-6))
#> True
# --8<-- [end:compare]

# --8<-- [start:causal]
causal = torch.ones(seq_len, seq_len, dtype=torch.bool).tril()
out, weights = attention(q, k, v, allowed=causal)
print(weights[0, 0, 0].tolist()[1:])
#> [0.0, 0.0, 0.0, 0.0]
# --8<-- [end:causal]

# --8<-- [start:causal-check]
reference = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(out, reference, atol=1e-6))
#> True
same = F.scaled_dot_product_attention(q, k, v, attn_mask=causal)
print(torch.allclose(same, reference, atol=1e-6))
#> True
# --8<-- [end:causal-check]

# --8<-- [start:fully-masked]
from torch import nn

torch.manual_seed(0)
tokens = torch.randn(1, 3, 4)
heads = tokens[:, None]
allowed = torch.tensor([[True, False, False], [False, False, False], [True, True, True]])
sdpa = F.scaled_dot_product_attention(heads, heads, heads, attn_mask=allowed)
by_hand, hand_weights = attention(heads, heads, heads, allowed)
mha = nn.MultiheadAttention(4, 1, batch_first=True)
with_weights, _ = mha(tokens, tokens, tokens, attn_mask=~allowed)
without_weights, _ = mha(tokens, tokens, tokens, attn_mask=~allowed, need_weights=False)
print(sdpa[0, 0, 1].tolist())
#> [0.0, 0.0, 0.0, 0.0]
print([round(w, 3) for w in hand_weights[0, 0, 1].tolist()])
#> [0.333, 0.333, 0.333]
print(with_weights[0, 1].isnan().all().item(), without_weights[0, 1].isnan().any().item())
#> True False
# --8<-- [end:fully-masked]
