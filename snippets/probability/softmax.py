# --8<-- [start:softmax]
import numpy as np


def softmax(z: np.ndarray) -> np.ndarray:
    exp_z = np.exp(z - z.max(axis=-1, keepdims=True))
    return exp_z / exp_z.sum(axis=-1, keepdims=True)


logits = np.array([2.0, 1.0, 0.1])
probs = softmax(logits)
print(np.round(probs, 3), f"{probs.sum():.4f}")
#> [0.659 0.242 0.099] 1.0000
# --8<-- [end:softmax]

# --8<-- [start:overflow]
big = np.array([1000.0, 1001.0, 1002.0])
with np.errstate(over="ignore", invalid="ignore"):
    exp_big = np.exp(big)
    naive = exp_big / exp_big.sum()
print(exp_big, naive)
#> [inf inf inf] [nan nan nan]
print(np.round(softmax(big), 4))
#> [0.09   0.2447 0.6652]
# --8<-- [end:overflow]

# --8<-- [start:overflow-check]
print(np.allclose(softmax(big), softmax(big - 1000)))
#> True
# --8<-- [end:overflow-check]

# --8<-- [start:log-softmax]
z = np.array([0.0, -800.0])
with np.errstate(divide="ignore"):
    print(np.log(softmax(z)))
#> [  0. -inf]
m = z.max()
log_softmax = z - m - np.log(np.exp(z - m).sum())
print(log_softmax)
#> [   0. -800.]
# --8<-- [end:log-softmax]

# --8<-- [start:torch]
import torch
import torch.nn.functional as F

t = torch.tensor([[2.0, 1.0, 0.1], [0.0, -800.0, 5.0]])
print(F.softmax(t, dim=-1).sum(dim=-1))
#> tensor([1.0000, 1.0000])
print([f"{v:.4f}" for v in F.log_softmax(t, dim=-1)[1].tolist()])
#> ['-5.0067', '-805.0067', '-0.0067']
print([f"{v:.4f}" for v in torch.log(F.softmax(t, dim=-1))[1].tolist()])
#> ['-5.0067', '-inf', '-0.0067']
# --8<-- [end:torch]

# --8<-- [start:temperature]
for temperature in (0.5, 1.0, 2.0):
    print(temperature, np.round(softmax(logits / temperature), 3))
#> 0.5 [0.864 0.117 0.019]
#> 1.0 [0.659 0.242 0.099]
#> 2.0 [0.502 0.304 0.194]
# --8<-- [end:temperature]
