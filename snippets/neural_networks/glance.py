# --8<-- [start:setup]
import torch
from torch import nn

# --8<-- [end:setup]

# --8<-- [start:sequential]
torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
out = mlp(torch.randn(8, 4))
print(out.shape)
#> torch.Size([8, 3])
# --8<-- [end:sequential]

# --8<-- [start:linear]
layer = nn.Linear(3, 2)
x = torch.randn(5, 3)
print(layer(x).shape, layer.weight.shape, layer.bias.shape)
#> torch.Size([5, 2]) torch.Size([2, 3]) torch.Size([2])
# --8<-- [end:linear]

# --8<-- [start:params]
net = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
n_params = sum(p.numel() for p in net.parameters())
n_trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(n_params, n_trainable)
#> 101770 101770
# --8<-- [end:params]

# --8<-- [start:activations]
from torch.nn import functional as F

z = torch.tensor([-1.0, 0.0, 3.0])
for f in (F.relu, F.gelu, F.silu, torch.sigmoid, torch.tanh):
    print(f"{f.__name__:<8}", [round(v, 3) for v in f(z).tolist()])
#> relu     [0.0, 0.0, 3.0]
#> gelu     [-0.159, 0.0, 2.996]
#> silu     [-0.269, 0.0, 2.858]
#> sigmoid  [0.269, 0.5, 0.953]
#> tanh     [-0.762, 0.0, 0.995]
# --8<-- [end:activations]

# --8<-- [start:softmax]
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
probs = torch.softmax(logits, dim=-1)
print([[round(p, 3) for p in row] for row in probs.tolist()])
#> [[0.659, 0.242, 0.099], [0.116, 0.858, 0.026]]
print(probs.argmax(dim=-1).tolist())
#> [0, 1]
# --8<-- [end:softmax]

# --8<-- [start:backward]
torch.manual_seed(0)
model = nn.Linear(3, 1)
loss = nn.functional.mse_loss(model(torch.randn(8, 3)), torch.randn(8, 1))
loss.backward()
print(model.weight.grad.shape, model.bias.grad.shape)
#> torch.Size([1, 3]) torch.Size([1])
# --8<-- [end:backward]

# --8<-- [start:init]
torch.manual_seed(0)
hidden = nn.Linear(256, 128)
# fr: Kaiming (He) avant une ReLU, Xavier (Glorot) avant tanh ou sigmoïde
# en: Kaiming (He) before a ReLU, Xavier (Glorot) before tanh or sigmoid
nn.init.kaiming_normal_(hidden.weight, nonlinearity="relu")
nn.init.zeros_(hidden.bias)
print(f"{hidden.weight.std().item():.2f}", f"{(2 / 256) ** 0.5:.2f}")
#> 0.09 0.09
# --8<-- [end:init]

# --8<-- [start:dropout]
drop = nn.Dropout(p=0.5)
ones = torch.ones(100)
# fr: en entraînement : des zéros, et le reste multiplié par deux
# en: in training: zeros, and the rest doubled
print(torch.unique(drop(ones)).tolist())
#> [0.0, 2.0]
drop.eval()
print(torch.unique(drop(ones)).tolist())
#> [1.0]
# --8<-- [end:dropout]

# --8<-- [start:linear-check]
layer = nn.Linear(3, 2)
x = torch.randn(5, 3)
print(torch.allclose(layer(x), x @ layer.weight.T + layer.bias, atol=1e-6))
#> True
# --8<-- [end:linear-check]
