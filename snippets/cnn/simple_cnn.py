# --8<-- [start:pattern]
import torch
from torch import nn


def conv_block(in_channels: int, out_channels: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1, bias=False),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(inplace=True),
        nn.MaxPool2d(2),
    )
    # --8<-- [end:pattern]


# --8<-- [start:bias]
torch.manual_seed(0)
with_bias = nn.Conv2d(3, 8, kernel_size=3, padding=1, bias=True)
without_bias = nn.Conv2d(3, 8, kernel_size=3, padding=1, bias=False)
with torch.no_grad():
    without_bias.weight.copy_(with_bias.weight)
batch_norm = nn.BatchNorm2d(8)
images = torch.randn(4, 3, 16, 16)
same = torch.allclose(batch_norm(with_bias(images)), batch_norm(without_bias(images)), atol=1e-5)
print(same)
#> True
# --8<-- [end:bias]


# --8<-- [start:model]
class SimpleCNN(nn.Module):
    def __init__(self, num_classes: int = 10) -> None:
        super().__init__()
        self.features = nn.Sequential(conv_block(3, 64), conv_block(64, 128), conv_block(128, 256))
        self.classifier = nn.Sequential(
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(256, num_classes)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(x))


device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
model = SimpleCNN().to(device)
batch = torch.randn(2, 3, 32, 32, device=device)
model.eval()
with torch.inference_mode():
    print(tuple(model.features(batch).shape), tuple(model(batch).shape))
#> (2, 256, 4, 4) (2, 10)
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
#> 373834
# --8<-- [end:model]
