# --8<-- [start:forward]
import torch

torch.manual_seed(0)
X = torch.randn(8, 3, dtype=torch.float64)
y = torch.randint(0, 2, (8, 1)).to(torch.float64)
W1 = torch.randn(3, 4, dtype=torch.float64)
b1 = torch.zeros(1, 4, dtype=torch.float64)
W2 = torch.randn(4, 1, dtype=torch.float64)
b2 = torch.zeros(1, 1, dtype=torch.float64)


def forward(W1, b1, W2, b2):
    z1 = X @ W1 + b1
    a1 = torch.relu(z1)
    a2 = torch.sigmoid(a1 @ W2 + b2)
    loss = -(y * torch.log(a2) + (1 - y) * torch.log(1 - a2)).mean()
    return z1, a1, a2, loss


z1, a1, a2, loss = forward(W1, b1, W2, b2)
print(f"{loss.item():.4f}")
#> 1.9926
# --8<-- [end:forward]

# --8<-- [start:backward]
m = X.shape[0]
dz2 = (a2 - y) / m
dW2 = a1.T @ dz2
db2 = dz2.sum(dim=0, keepdim=True)
dz1 = (dz2 @ W2.T) * (z1 > 0)
dW1 = X.T @ dz1
db1 = dz1.sum(dim=0, keepdim=True)
print(tuple(dW1.shape), tuple(db1.shape), tuple(dW2.shape), tuple(db2.shape))
#> (3, 4) (1, 4) (4, 1) (1, 1)
# --8<-- [end:backward]

# --8<-- [start:autograd]
params = [p.clone().requires_grad_() for p in (W1, b1, W2, b2)]
forward(*params)[-1].backward()
print(tuple(params[0].grad.shape))
#> (3, 4)
# --8<-- [end:autograd]

# --8<-- [start:autograd-check]
by_hand = (dW1, db1, dW2, db2)
print(all(torch.allclose(p.grad, g) for p, g in zip(params, by_hand, strict=True)))
#> True
# --8<-- [end:autograd-check]

# --8<-- [start:step]
lr = 0.5
for _ in range(100):
    z1, a1, a2, loss = forward(W1, b1, W2, b2)
    dz2 = (a2 - y) / m
    dz1 = (dz2 @ W2.T) * (z1 > 0)
    W2, b2 = W2 - lr * a1.T @ dz2, b2 - lr * dz2.sum(dim=0, keepdim=True)
    W1, b1 = W1 - lr * X.T @ dz1, b1 - lr * dz1.sum(dim=0, keepdim=True)
print(f"{loss.item():.4f}")
#> 0.0676
# --8<-- [end:step]
