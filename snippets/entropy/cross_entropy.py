# --8<-- [start:by-hand]
import numpy as np


def cross_entropy(p: np.ndarray, q: np.ndarray) -> float:
    # fr: en nats (log naturel), comme les fonctions de perte de PyTorch
    # en: in nats (natural log), like PyTorch's loss functions
    return float(-(p * np.log(q)).sum())


y_true = np.array([0.0, 1.0, 0.0])
y_pred = np.array([0.1, 0.8, 0.1])
print(f"{cross_entropy(y_true, y_pred):.4f} {-np.log(0.8):.4f}")
#> 0.2231 0.2231
# --8<-- [end:by-hand]

# --8<-- [start:torch]
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.1]])
target = torch.tensor([0])
loss = F.cross_entropy(logits, target)
by_hand = -torch.log_softmax(logits, dim=1)[0, 0]
print(f"{loss.item():.4f} {by_hand.item():.4f}")
#> 0.4170 0.4170
# --8<-- [end:torch]

# --8<-- [start:binary]
logits = torch.tensor([1.4, -0.8, 2.2])
targets = torch.tensor([1.0, 0.0, 1.0])
from_logits = F.binary_cross_entropy_with_logits(logits, targets)
from_probs = F.binary_cross_entropy(torch.sigmoid(logits), targets)
print(f"{from_logits.item():.4f} {from_probs.item():.4f}")
#> 0.2322 0.2322
# --8<-- [end:binary]
