# --8<-- [start:gradients]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
w = 2 * (x**2 + y**3)
w.backward()
print(x.grad.item(), y.grad.item())
#> 8.0 54.0
# --8<-- [end:gradients]

# --8<-- [start:accumulate]
w = 2 * (x**2 + y**3)
w.backward()
print(x.grad.item(), y.grad.item())
#> 16.0 108.0
x.grad = None
y.grad.zero_()
print(x.grad, y.grad.item())
#> None 0.0
# --8<-- [end:accumulate]

# --8<-- [start:detach]
a = torch.ones(3, requires_grad=True)
b = a * 2
c = b.detach()
print(c.requires_grad, c.data_ptr() == b.data_ptr())
#> False True
(b * c).sum().backward()
print(a.grad.tolist())
#> [4.0, 4.0, 4.0]
# --8<-- [end:detach]

# --8<-- [start:accumulation]
from torch import nn

torch.manual_seed(0)
net = nn.Linear(4, 1)
X, Y = torch.randn(16, 4), torch.randn(16, 1)
loss_fn = nn.MSELoss()
net.zero_grad()
loss_fn(net(X), Y).backward()
big_batch = net.weight.grad.clone()
net.zero_grad()
n_chunks = 4
for xb, yb in zip(X.chunk(n_chunks), Y.chunk(n_chunks), strict=True):
    (loss_fn(net(xb), yb) / n_chunks).backward()
# --8<-- [end:accumulation]

# --8<-- [start:accumulation-check]
print(torch.allclose(net.weight.grad, big_batch))
#> True
# --8<-- [end:accumulation-check]
