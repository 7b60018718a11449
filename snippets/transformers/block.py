# --8<-- [start:pre-norm]
import torch
from torch import nn


class PreNormBlock(nn.Module):
    def __init__(
        self, d_model: int, nhead: int, dim_feedforward: int, dropout: float = 0.1
    ) -> None:
        super().__init__()
        self.self_attn = nn.MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=True)
        self.linear1 = nn.Linear(d_model, dim_feedforward)
        self.linear2 = nn.Linear(dim_feedforward, d_model)
        self.norm1 = nn.LayerNorm(d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, padding: torch.Tensor | None = None) -> torch.Tensor:
        h = self.norm1(x)
        x = x + self.dropout(self.self_attn(h, h, h, key_padding_mask=padding)[0])
        h = self.linear2(self.dropout(torch.relu(self.linear1(self.norm2(x)))))
        return x + self.dropout(h)
        # --8<-- [end:pre-norm]


# --8<-- [start:compare]
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(
    d_model=16, nhead=4, dim_feedforward=32, batch_first=True, norm_first=True
)
block = PreNormBlock(d_model=16, nhead=4, dim_feedforward=32)
print(block.load_state_dict(layer.state_dict()))
#> <All keys matched successfully>
layer.eval()
block.eval()
x = torch.randn(2, 5, 16)
padding = torch.tensor([[False] * 5, [False] * 3 + [True] * 2])
print(torch.allclose(block(x, padding), layer(x, src_key_padding_mask=padding), atol=1e-5))
#> True
print(sum(p.numel() for p in layer.parameters()))
#> 2224
# --8<-- [end:compare]

# --8<-- [start:encoder]
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
print(tuple(encoder(x, src_key_padding_mask=padding).shape))
#> (2, 5, 16)
# --8<-- [end:encoder]
