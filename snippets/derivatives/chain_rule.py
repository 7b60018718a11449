# --8<-- [start:by-hand]
x0 = 2.0
u = x0**2 + 1
print(3 * u**2 * 2 * x0)
#> 300.0
# --8<-- [end:by-hand]

# --8<-- [start:autograd]
import torch

x = torch.tensor(2.0, requires_grad=True)
y = (x**2 + 1) ** 3
y.backward()
print(x.grad.item())
#> 300.0
# --8<-- [end:autograd]


# --8<-- [start:finite-difference]
def f(x: float) -> float:
    return (x**2 + 1) ** 3


h = 1e-5
print(f"{(f(x0 + h) - f(x0 - h)) / (2 * h):.4f}")
#> 300.0000
# --8<-- [end:finite-difference]

# --8<-- [start:multivariable]
x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
w = torch.exp(x**2 + y**2)
w.backward()
print(f"{x.grad.item():.4f} {(2 * x * w).item():.4f}")
#> 296.8263 296.8263
print(f"{y.grad.item():.4f} {(2 * y * w).item():.4f}")
#> 593.6526 593.6526
# --8<-- [end:multivariable]
