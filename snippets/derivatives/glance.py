# --8<-- [start:numerical]
def f(x: float) -> float:
    return x**3


h = 1e-5
slope = (f(2 + h) - f(2 - h)) / (2 * h)
print(f"{slope:.4f}")
#> 12.0000
# --8<-- [end:numerical]

# --8<-- [start:autograd]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3
y.backward()
print(x.grad)
#> tensor(12.)
# --8<-- [end:autograd]

# --8<-- [start:partials]
import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
(a**2 * b).backward()
print(a.grad, b.grad)
#> tensor(6.) tensor(1.)
# --8<-- [end:partials]

# --8<-- [start:gradient]
import torch

v = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
(v**2).sum().backward()
print(v.grad)
#> tensor([ 2., -4.,  6.])
# --8<-- [end:gradient]

# --8<-- [start:jacobian]
import torch
from torch.func import jacrev


def g(u: torch.Tensor) -> torch.Tensor:
    return torch.stack([u[0] * u[1], u[0] + u[1]])


J = jacrev(g)(torch.tensor([2.0, 3.0]))
print(J)
#> tensor([[3., 2.],
#>         [1., 1.]])
# --8<-- [end:jacobian]

# --8<-- [start:descent-step]
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
with torch.no_grad():
    # fr: un pas dans le sens opposé au gradient
    # en: a step against the gradient
    w -= 0.1 * w.grad
    w.grad.zero_()
print(w)
#> tensor([ 0.8000, -0.8000], requires_grad=True)
# --8<-- [end:descent-step]

# --8<-- [start:learning-rate]
# fr: pour f(x) = x², le gradient vaut 2x
# en: for f(x) = x², the gradient is 2x
for lr in (1.1, 0.1, 0.001):
    x = 1.0
    for _ in range(20):
        x -= lr * 2 * x
    print(lr, round(x, 4))
#> 1.1 38.3376
#> 0.1 0.0115
#> 0.001 0.9608
# --8<-- [end:learning-rate]

# --8<-- [start:standardize]
import numpy as np

X = np.array([[1.0, 200.0], [2.0, 300.0], [3.0, 400.0]])
X_std = (X - X.mean(axis=0)) / X.std(axis=0)
print(X_std.mean(axis=0).round(6), X_std.std(axis=0).round(6))
#> [0. 0.] [1. 1.]
# --8<-- [end:standardize]
