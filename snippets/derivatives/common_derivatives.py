# --8<-- [start:check]
import torch


def derivative(f, x: torch.Tensor) -> torch.Tensor:
    x = x.clone().requires_grad_(True)
    f(x).sum().backward()
    return x.grad


x = torch.linspace(0.5, 3.0, 6, dtype=torch.float64)
s = torch.sigmoid(x)
print(torch.allclose(derivative(torch.sigmoid, x), s * (1 - s)))
#> True
print(torch.allclose(derivative(torch.tanh, x), 1 - torch.tanh(x) ** 2))
#> True
print(torch.allclose(derivative(torch.log, x), 1 / x))
#> True
# --8<-- [end:check]
