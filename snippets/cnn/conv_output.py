# --8<-- [start:conv2d]
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3, stride=1, padding=1)
x = torch.randn(8, 3, 32, 32)
print(tuple(conv(x).shape), tuple(conv.weight.shape), tuple(conv.bias.shape))
#> (8, 16, 32, 32) (16, 3, 3, 3) (16,)
print(sum(p.numel() for p in conv.parameters()))
#> 448
# --8<-- [end:conv2d]


# --8<-- [start:output-size]
def conv_output_size(
    size: int, kernel: int, padding: int = 0, stride: int = 1, dilation: int = 1
) -> int:
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


settings = [(0, 1, 1), (1, 1, 1), (1, 2, 1), (2, 1, 2), (0, 3, 2)]
for padding, stride, dilation in settings:
    layer = nn.Conv2d(3, 4, kernel_size=3, padding=padding, stride=stride, dilation=dilation)
    print(
        padding,
        stride,
        dilation,
        conv_output_size(32, 3, padding, stride, dilation),
        layer(x).shape[-1],
    )
#> 0 1 1 30 30
#> 1 1 1 32 32
#> 1 2 1 16 16
#> 2 1 2 32 32
#> 0 3 2 10 10
# --8<-- [end:output-size]

# --8<-- [start:same]
same = nn.Conv2d(3, 4, kernel_size=5, padding="same")
print(tuple(same(x).shape))
#> (8, 4, 32, 32)
try:
    nn.Conv2d(3, 4, kernel_size=5, padding="same", stride=2)
except ValueError as error:
    print(error)
#> padding='same' is not supported for strided convolutions
# --8<-- [end:same]

# --8<-- [start:depthwise]
standard = nn.Conv2d(64, 128, kernel_size=3, padding=1)
depthwise = nn.Conv2d(64, 64, kernel_size=3, padding=1, groups=64)
pointwise = nn.Conv2d(64, 128, kernel_size=1)
separable = nn.Sequential(depthwise, pointwise)
feature_map = torch.randn(1, 64, 16, 16)
print(tuple(standard(feature_map).shape), tuple(separable(feature_map).shape))
#> (1, 128, 16, 16) (1, 128, 16, 16)
print(sum(p.numel() for p in standard.parameters()), sum(p.numel() for p in separable.parameters()))
#> 73856 8960
# --8<-- [end:depthwise]
