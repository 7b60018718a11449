# --8<-- [start:masks]
import torch
from torch import nn

torch.manual_seed(0)
seq_len = 5
layer = nn.TransformerEncoderLayer(16, 4, dim_feedforward=32, dropout=0.0, batch_first=True)
x = torch.randn(1, seq_len, 16)
changed = x.clone()
changed[:, -1] = torch.randn(16)
causal_mask = nn.Transformer.generate_square_subsequent_mask(seq_len)

# fr: bidirectionnel (BERT) : le premier token voit le dernier
# en: bidirectional (BERT): the first token sees the last one
both = layer(x), layer(changed)
print(torch.allclose(both[0][:, 0], both[1][:, 0]))
#> False
# fr: causal (GPT) : le premier token ne voit que lui-même
# en: causal (GPT): the first token sees only itself
left = (
    layer(x, src_mask=causal_mask, is_causal=True),
    layer(changed, src_mask=causal_mask, is_causal=True),
)
print(torch.allclose(left[0][:, 0], left[1][:, 0]))
#> True
print(torch.allclose(left[0][:, -1], left[1][:, -1]))
#> False
# --8<-- [end:masks]
