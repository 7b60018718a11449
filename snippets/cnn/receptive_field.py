# --8<-- [start:check]
import torch
from torch import nn

torch.manual_seed(0)
layers = []
for _ in range(3):
    layers += [nn.Conv2d(1, 1, 3, padding=1), nn.AvgPool2d(2)]
stack = nn.Sequential(*layers)
for conv in stack[::2]:
    nn.init.ones_(conv.weight)
image = torch.randn(1, 1, 64, 64, requires_grad=True)
stack(image)[0, 0, 4, 4].backward()
# fr: pixels d'entrée qui influencent ce pixel de sortie
# en: input pixels that influence this output pixel
seen = image.grad[0, 0].abs() > 0
print(seen.any(dim=0).sum().item(), seen.any(dim=1).sum().item())
#> 22 22
# --8<-- [end:check]
