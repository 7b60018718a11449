# --8<-- [start:overflow]
import torch
from torch import nn

scores = torch.tensor([[2.0, 1.0, 0.5], [1.5, 0.5, 3.0]], dtype=torch.float16)
allowed = torch.tensor([[True, True, False], [False, False, False]])
try:
    scores.masked_fill(~allowed, -1e9)
except RuntimeError as error:
    print(error)
#> value cannot be converted to type c10::Half without overflow
additive = torch.zeros(2, 3).masked_fill(~allowed, -1e9).to(torch.float16)
print(additive[0].tolist(), torch.softmax(scores + additive, dim=-1).isnan().any().item())
#> [0.0, 0.0, -inf] True
# --8<-- [end:overflow]

# --8<-- [start:finfo]
fill = torch.finfo(scores.dtype).min
weights = torch.softmax(scores.masked_fill(~allowed, fill), dim=-1)
print(fill, [f"{w:.4f}" for w in weights[0].tolist()], weights.isnan().any().item())
#> -65504.0 ['0.7310', '0.2690', '0.0000'] False
# --8<-- [end:finfo]

# --8<-- [start:autocast]
torch.manual_seed(0)
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
mha = nn.MultiheadAttention(16, 4, batch_first=True).to(device)
x = torch.randn(2, 5, 16, device=device)
causal = torch.triu(torch.ones(5, 5, dtype=torch.bool, device=device), diagonal=1)
padding = torch.tensor([[False] * 5, [False] * 3 + [True] * 2], device=device)
with torch.autocast(device_type=device.type, dtype=torch.float16):
    out, attn_weights = mha(x, x, x, attn_mask=causal, key_padding_mask=padding)
print(attn_weights.dtype, out.isnan().any().item())
#> torch.float16 False
print(
    torch.triu(attn_weights, diagonal=1).abs().sum().item(),
    attn_weights[1, :, 3:].abs().sum().item(),
)
#> 0.0 0.0
# --8<-- [end:autocast]
