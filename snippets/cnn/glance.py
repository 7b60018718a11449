# --8<-- [start:setup]
import torch
from torch import nn

# --8<-- [end:setup]

# --8<-- [start:conv2d]
conv = nn.Conv2d(3, 16, kernel_size=3, padding=1)
# fr: (lot, canaux, H, W)
# en: (batch, channels, H, W)
x = torch.randn(8, 3, 32, 32)
print(tuple(conv(x).shape), tuple(conv.weight.shape))
#> (8, 16, 32, 32) (16, 3, 3, 3)
# --8<-- [end:conv2d]


# --8<-- [start:output-size]
def out_size(h, k, p=0, s=1, d=1):
    return (h + 2 * p - d * (k - 1) - 1) // s + 1


print(out_size(32, 3, p=1), out_size(32, 3, p=1, s=2))
#> 32 16
# --8<-- [end:output-size]

# --8<-- [start:same]
conv = nn.Conv2d(3, 8, kernel_size=5, padding="same")
print(tuple(conv(torch.randn(1, 3, 28, 28)).shape))
#> (1, 8, 28, 28)
# --8<-- [end:same]

# --8<-- [start:pooling]
x = torch.randn(2, 16, 32, 32)
print(tuple(nn.MaxPool2d(2)(x).shape))
#> (2, 16, 16, 16)
print(tuple(nn.AdaptiveAvgPool2d(1)(x).shape))
#> (2, 16, 1, 1)
# --8<-- [end:pooling]

# --8<-- [start:batchnorm]
# fr: un couple (gamma, beta) appris par canal
# en: one learned (gamma, beta) pair per channel
bn = nn.BatchNorm2d(16)
y = bn(torch.randn(8, 16, 32, 32))
print(tuple(bn.weight.shape), round(y.std().item(), 2))
#> (16,) 1.0
# fr: inférence : moyennes mobiles
# en: inference: running statistics
bn.eval()
# --8<-- [end:batchnorm]


# --8<-- [start:block]
def conv_block(c_in, c_out):
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1, bias=False),
        nn.BatchNorm2d(c_out),
        nn.ReLU(),
        nn.MaxPool2d(2),
    )
    # --8<-- [end:block]


# --8<-- [start:small-cnn]
features = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10))
model = nn.Sequential(features, head).eval()
with torch.inference_mode():
    print(tuple(model(torch.randn(4, 3, 32, 32)).shape))
#> (4, 10)
# --8<-- [end:small-cnn]


# --8<-- [start:resnet]
def conv_bn(c):
    return nn.Sequential(nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c))


class Residual(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.f = nn.Sequential(conv_bn(c), nn.ReLU(), conv_bn(c))

    def forward(self, x):
        # fr: le raccourci passe aussi par la ReLU finale
        # en: the shortcut also goes through the final ReLU
        return torch.relu(self.f(x) + x)
        # --8<-- [end:resnet]


# --8<-- [start:receptive-field]
# fr: layers = [(noyau, pas), ...]
# en: layers = [(kernel, stride), ...]
def receptive_field(layers):
    r, jump = 1, 1
    for k, s in layers:
        r, jump = r + (k - 1) * jump, jump * s
    return r


print(receptive_field([(3, 1), (2, 2)] * 3))
#> 22
# --8<-- [end:receptive-field]
