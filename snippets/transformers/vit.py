# --8<-- [start:patches]
import torch
from torch import nn

torch.manual_seed(0)
d_model = 64
image = torch.randn(1, 3, 224, 224)
to_patches = nn.Conv2d(3, d_model, kernel_size=16, stride=16)
grid = to_patches(image)
tokens = grid.flatten(2).transpose(1, 2)
print(tuple(grid.shape), tuple(tokens.shape))
#> (1, 64, 14, 14) (1, 196, 64)
cls_token = nn.Parameter(torch.zeros(1, 1, d_model))
pos_embedding = nn.Parameter(torch.randn(1, 1 + tokens.size(1), d_model) * 0.02)
x = torch.cat([cls_token.expand(len(tokens), -1, -1), tokens], dim=1) + pos_embedding
print(tuple(x.shape))
#> (1, 197, 64)
# --8<-- [end:patches]

# --8<-- [start:unfold]
import torch.nn.functional as F

flat = F.unfold(image, kernel_size=16, stride=16).transpose(1, 2)
linear = nn.Linear(3 * 16 * 16, d_model)
with torch.no_grad():
    linear.weight.copy_(to_patches.weight.flatten(1))
    linear.bias.copy_(to_patches.bias)
print(tuple(flat.shape), torch.allclose(linear(flat), tokens, atol=1e-5))
#> (1, 196, 768) True
# --8<-- [end:unfold]
