# --8<-- [start:from-scratch]
import numpy as np

rng = np.random.default_rng(0)
X = np.column_stack([np.ones(100), rng.normal(size=(100, 2))])
y = X @ np.array([1.0, 2.0, -3.0]) + 0.1 * rng.normal(size=100)
theta_star = np.linalg.solve(X.T @ X, X.T @ y)


def gradient_descent(X: np.ndarray, y: np.ndarray, lr: float, steps: int) -> np.ndarray:
    theta = np.zeros(X.shape[1])
    for _ in range(steps):
        gradient = X.T @ (X @ theta - y) / len(y)
        theta = theta - lr * gradient
    return theta


theta = gradient_descent(X, y, lr=0.1, steps=500)
print(np.round(theta, 4), np.round(theta_star, 4))
#> [ 0.9837  1.9892 -2.9825] [ 0.9837  1.9892 -2.9825]
# --8<-- [end:from-scratch]

# --8<-- [start:torch]
import torch
from torch import nn

torch.manual_seed(0)
features, target = torch.from_numpy(X[:, 1:]), torch.from_numpy(y).unsqueeze(1)
model = nn.Linear(2, 1, dtype=torch.float64)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
for _ in range(500):
    loss = loss_fn(model(features), target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(np.round(model.bias.item(), 4), np.round(model.weight.detach().numpy(), 4))
#> 0.9837 [[ 1.9892 -2.9825]]
# --8<-- [end:torch]
