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
