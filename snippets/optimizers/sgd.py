# --8<-- [start:calls]
import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(3, 1)
plain = optim.SGD(model.parameters(), lr=0.01)
heavy_ball = optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
nesterov = optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)
decayed = optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=1e-4)
print({k: decayed.defaults[k] for k in ("lr", "momentum", "dampening", "weight_decay")})
#> {'lr': 0.01, 'momentum': 0.9, 'dampening': 0, 'weight_decay': 0.0001}
# --8<-- [end:calls]


# --8<-- [start:by-hand]
def sgd_step(theta, grad, buf, lr, momentum=0.0, weight_decay=0.0, nesterov=False):
    g = grad + weight_decay * theta
    if momentum:
        buf = g.clone() if buf is None else momentum * buf + g
        g = g + momentum * buf if nesterov else buf
    return theta - lr * g, buf


X, y = torch.randn(16, 3), torch.randn(16)
w_torch = torch.zeros(3, requires_grad=True)
opt = optim.SGD([w_torch], lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01)
w, buf = torch.zeros(3), None
for _ in range(20):
    opt.zero_grad()
    ((X @ w_torch - y) ** 2).mean().backward()
    opt.step()
    grad = 2 * X.T @ (X @ w - y) / len(y)
    w, buf = sgd_step(w, grad, buf, lr=0.05, momentum=0.9, weight_decay=0.01, nesterov=True)
print(torch.allclose(w, w_torch.detach(), rtol=0, atol=1e-6))
#> True
# --8<-- [end:by-hand]
