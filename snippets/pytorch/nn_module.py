# --8<-- [start:module]
import torch
from torch import nn


class Scaler(nn.Module):
    def __init__(self, d_in: int, d_out: int) -> None:
        super().__init__()
        self.linear = nn.Linear(d_in, d_out)
        self.dropout = nn.Dropout(0.5)
        # fr: un tampon : enregistré et déplacé avec le module, mais pas entraîné
        # en: a buffer: saved and moved with the module, but not trained
        self.register_buffer("mean", torch.zeros(d_in))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.dropout(self.linear(x - self.mean))


torch.manual_seed(0)
model = Scaler(4, 3)
for name, param in model.named_parameters():
    print(name, tuple(param.shape), param.requires_grad)
#> linear.weight (3, 4) True
#> linear.bias (3,) True
print([name for name, _ in model.named_buffers()], list(model.state_dict()))
#> ['mean'] ['mean', 'linear.weight', 'linear.bias']
print([name for name, _ in model.named_modules()])
#> ['', 'linear', 'dropout']
# --8<-- [end:module]

# --8<-- [start:count]
total = sum(p.numel() for p in model.parameters())
model.linear.bias.requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
#> 15 12
model.linear.bias.requires_grad_(True)
# --8<-- [end:count]

# --8<-- [start:modes]
x = torch.ones(2, 4)
model.train()
print(model.training, torch.equal(model(x), model(x)))
#> True False
model.eval()
with torch.inference_mode():
    print(model.training, torch.equal(model(x), model(x)))
#> False True
# --8<-- [end:modes]

# --8<-- [start:batchnorm]
bn = nn.BatchNorm1d(2)
batch = torch.tensor([[1.0, 10.0], [3.0, 30.0]])
# fr: en entraînement : statistiques du lot, et mise à jour des moyennes mobiles
# en: in training: batch statistics, and the running means are updated
print(bn(batch).round(decimals=2).tolist(), bn.running_mean)
#> [[-1.0, -1.0], [1.0, 1.0]] tensor([0.2000, 2.0000])
# fr: en évaluation : les moyennes mobiles, désormais figées
# en: in evaluation: the running means, now frozen
bn.eval()
print(bn(batch).shape, bn.running_mean)
#> torch.Size([2, 2]) tensor([0.2000, 2.0000])
# --8<-- [end:batchnorm]


# --8<-- [start:apply]
def init_weights(module: nn.Module) -> None:
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight)
        nn.init.zeros_(module.bias)


model.apply(init_weights)
with torch.no_grad():
    model.mean.fill_(0.5)
print(model.linear.bias.tolist(), model.mean.tolist())
#> [0.0, 0.0, 0.0] [0.5, 0.5, 0.5, 0.5]
# --8<-- [end:apply]

# --8<-- [start:state-dict]
state = model.state_dict()
clone = Scaler(4, 3)
print(clone.load_state_dict(state), clone.mean.tolist())
#> <All keys matched successfully> [0.5, 0.5, 0.5, 0.5]
# --8<-- [end:state-dict]

# --8<-- [start:state-dict-check]
clone.eval()
with torch.inference_mode():
    print(torch.equal(clone(x), model(x)))
#> True
# --8<-- [end:state-dict-check]

# --8<-- [start:functional]
import torch.nn.functional as F

values = torch.tensor([-1.0, 2.0])
print(nn.ReLU()(values).tolist(), F.relu(values).tolist())
#> [0.0, 2.0] [0.0, 2.0]


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.linear = nn.Linear(4, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # fr: sans training=self.training, F.dropout reste actif en eval()
        # en: without training=self.training, F.dropout stays active in eval()
        return F.dropout(F.relu(self.linear(x)), p=0.5, training=self.training)


net = Net().eval()
print(torch.equal(net(torch.ones(2, 4)), net(torch.ones(2, 4))))
#> True
print(net)
#> Net(
#>   (linear): Linear(in_features=4, out_features=4, bias=True)
#> )
# --8<-- [end:functional]

# --8<-- [start:functional-default]
torch.manual_seed(0)
# fr: training vaut True par défaut, quel que soit le mode du modèle
# en: training defaults to True, whatever the model's mode
print(F.dropout(torch.ones(6), p=0.5).tolist())
#> [0.0, 0.0, 2.0, 0.0, 0.0, 0.0]
# --8<-- [end:functional-default]

# --8<-- [start:summary]
mlp = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
print(mlp)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=16, bias=True)
#>   (1): ReLU()
#>   (2): Linear(in_features=16, out_features=3, bias=True)
#> )
for name, param in mlp.named_parameters():
    print(name, tuple(param.shape), param.numel())
#> 0.weight (16, 4) 64
#> 0.bias (16,) 16
#> 2.weight (3, 16) 48
#> 2.bias (3,) 3
# --8<-- [end:summary]


# --8<-- [start:summary-shapes]
def show_shape(module: nn.Module, inputs: tuple, output: torch.Tensor) -> None:
    print(type(module).__name__, tuple(output.shape))


handles = [layer.register_forward_hook(show_shape) for layer in mlp.children()]
output = mlp(torch.randn(5, 4))
#> Linear (5, 16)
#> ReLU (5, 16)
#> Linear (5, 3)
for handle in handles:
    handle.remove()
# --8<-- [end:summary-shapes]
