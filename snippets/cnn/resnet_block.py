# --8<-- [start:block]
import torch
from torch import nn


class BasicBlock(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.shortcut: nn.Module = nn.Identity()
        if stride != 1 or in_channels != out_channels:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + self.shortcut(x))
        # --8<-- [end:block]


# --8<-- [start:shapes]
torch.manual_seed(0)
x = torch.randn(2, 64, 16, 16)
same = BasicBlock(64, 64)
down = BasicBlock(64, 128, stride=2)
same.eval()
down.eval()
with torch.inference_mode():
    print(tuple(same(x).shape), type(same.shortcut).__name__)
    #> (2, 64, 16, 16) Identity
    print(tuple(down(x).shape), type(down.shortcut).__name__)
    #> (2, 128, 8, 8) Sequential
print(sum(p.numel() for p in same.parameters()), sum(p.numel() for p in down.parameters()))
#> 73984 230144
# --8<-- [end:shapes]

# --8<-- [start:zero-init]
nn.init.zeros_(same.bn2.weight)
# fr: la branche F est nulle : il reste relu(x), pas x
# en: the F branch is zero: what is left is relu(x), not x
print(torch.equal(same(x), torch.relu(x)))
#> True
# --8<-- [end:zero-init]
