# --8<-- [start:max-avg]
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 16, 32, 32)
maxpool = nn.MaxPool2d(kernel_size=2, stride=2)
avgpool = nn.AvgPool2d(kernel_size=2, stride=2)
print(tuple(maxpool(x).shape), tuple(avgpool(x).shape))
#> (2, 16, 16, 16) (2, 16, 16, 16)
print(tuple(maxpool(torch.randn(2, 16, 15, 15)).shape))
#> (2, 16, 7, 7)
print(sum(p.numel() for p in maxpool.parameters()))
#> 0
# --8<-- [end:max-avg]

# --8<-- [start:small-example]
grid = torch.arange(16.0).reshape(1, 1, 4, 4)
print(maxpool(grid).squeeze().tolist())
#> [[5.0, 7.0], [13.0, 15.0]]
print(avgpool(grid).squeeze().tolist())
#> [[2.5, 4.5], [10.5, 12.5]]
# --8<-- [end:small-example]

# --8<-- [start:adaptive]
adaptive = nn.AdaptiveAvgPool2d((7, 7))
global_pool = nn.AdaptiveAvgPool2d(1)
for size in (14, 15, 32):
    features = torch.randn(2, 512, size, size)
    print(size, tuple(adaptive(features).shape), tuple(global_pool(features).shape))
#> 14 (2, 512, 7, 7) (2, 512, 1, 1)
#> 15 (2, 512, 7, 7) (2, 512, 1, 1)
#> 32 (2, 512, 7, 7) (2, 512, 1, 1)
print(torch.allclose(global_pool(features).flatten(1), features.mean(dim=(2, 3))))
#> True
# --8<-- [end:adaptive]
