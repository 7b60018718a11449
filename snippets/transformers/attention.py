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
