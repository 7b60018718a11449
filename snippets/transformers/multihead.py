# --8<-- [start:mha]
import torch
from torch import nn

torch.manual_seed(0)
embed_dim, num_heads, seq_len = 16, 4, 5
mha = nn.MultiheadAttention(embed_dim, num_heads, batch_first=True)
x = torch.randn(2, seq_len, embed_dim)
out, weights = mha(x, x, x)
print(tuple(out.shape), tuple(weights.shape))
#> (2, 5, 16) (2, 5, 5)
_, per_head = mha(x, x, x, average_attn_weights=False)
print(tuple(per_head.shape), tuple(mha.in_proj_weight.shape))
#> (2, 4, 5, 5) (48, 16)
print(sum(p.numel() for p in mha.parameters()))
#> 1088
# --8<-- [end:mha]

# --8<-- [start:padding]
lengths = torch.tensor([5, 3])
key_padding_mask = torch.arange(seq_len) >= lengths[:, None]
print(key_padding_mask.tolist()[1])
#> [False, False, False, True, True]
out, weights = mha(x, x, x, key_padding_mask=key_padding_mask)
print(weights[1, :, 3:].abs().sum().item(), f"{weights[1].sum(dim=-1).min():.4f}")
#> 0.0 1.0000
# --8<-- [end:padding]

# --8<-- [start:causal]
causal = torch.triu(torch.ones(seq_len, seq_len, dtype=torch.bool), diagonal=1)
print(causal[0].tolist())
#> [False, True, True, True, True]
out, weights = mha(x, x, x, attn_mask=causal)
print(torch.triu(weights, diagonal=1).abs().sum().item())
#> 0.0
additive = nn.Transformer.generate_square_subsequent_mask(seq_len)
print(additive[0].tolist())
#> [0.0, -inf, -inf, -inf, -inf]
# --8<-- [end:causal]

# --8<-- [start:causal-check]
print(torch.allclose(mha(x, x, x, attn_mask=additive)[0], out, atol=1e-6))
#> True
# --8<-- [end:causal-check]
