# --8<-- [start:model]
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(
        self, input_size: int, hidden_sizes: list[int], output_size: int, dropout: float = 0.2
    ) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        previous = input_size
        for hidden in hidden_sizes:
            layers += [nn.Linear(previous, hidden), nn.ReLU(), nn.Dropout(dropout)]
            previous = hidden
        layers.append(nn.Linear(previous, output_size))
        self.network = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.network(x)


# --8<-- [end:model]


# --8<-- [start:params]
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
model = MLP(input_size=784, hidden_sizes=[512, 256, 128], output_size=10).to(device)
n_params = sum(p.numel() for p in model.parameters())
print(n_params)
#> 567434
logits = model(torch.randn(32, 784, device=device))
print(logits.shape)
#> torch.Size([32, 10])
# --8<-- [end:params]

# --8<-- [start:params-check]
by_hand = (784 + 1) * 512 + (512 + 1) * 256 + (256 + 1) * 128 + (128 + 1) * 10
print(n_params == by_hand)
#> True
# --8<-- [end:params-check]

# --8<-- [start:modes]
model.eval()
print(model.training, model.network[2].training)
#> False False
model.train()
print(model.training, model.network[2].training)
#> True True
# --8<-- [end:modes]

# --8<-- [start:modes-check]
model.eval()
batch = torch.randn(4, 784, device=device)
with torch.no_grad():
    print(torch.equal(model(batch), model(batch)))
    #> True
    model.train()
    print(torch.equal(model(batch), model(batch)))
    #> False
# --8<-- [end:modes-check]

# --8<-- [start:xor]
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]], device=device)
y = torch.tensor([0, 1, 1, 0], device=device)
torch.manual_seed(0)
net = MLP(input_size=2, hidden_sizes=[8], output_size=2, dropout=0.0).to(device)
optimizer = torch.optim.Adam(net.parameters(), lr=0.05)
for _ in range(200):
    loss = nn.functional.cross_entropy(net(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(net(X).argmax(dim=1).tolist(), f"{loss.item():.4f}")
#> [0, 1, 1, 0] 0.0005
# --8<-- [end:xor]
