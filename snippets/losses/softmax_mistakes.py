# --8<-- [start:nll-on-probs]
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
targets = torch.tensor([0, 1])
probs = F.softmax(logits, dim=1)
wrong = nn.NLLLoss()(probs, targets)
right = nn.NLLLoss()(F.log_softmax(logits, dim=1), targets)
print(f"{wrong.item():.4f} {right.item():.4f}")
#> -0.7307 0.3185
print(f"{-probs[torch.arange(2), targets].mean().item():.4f}")
#> -0.7307
# --8<-- [end:nll-on-probs]

# --8<-- [start:double-softmax]
import math

double = nn.CrossEntropyLoss()(probs, targets)
print(f"{double.item():.4f} {right.item():.4f}")
#> 0.7450 0.3185
confident = torch.tensor([[20.0, -20.0, -20.0]])
label = torch.tensor([0])
floor = F.cross_entropy(F.softmax(confident, dim=1), label)
print(f"{F.cross_entropy(confident, label).item():.4f} {floor.item():.4f}")
#> 0.0000 0.5514
print(f"{math.log(1 + 2 / math.e):.4f}")
#> 0.5514
# --8<-- [end:double-softmax]

# --8<-- [start:gradients]
wrong_guess = torch.tensor([[-2.0, 2.0, 0.0]], requires_grad=True)
F.cross_entropy(wrong_guess, label).backward()
good = wrong_guess.grad.norm().item()
wrong_guess.grad = None
F.cross_entropy(F.softmax(wrong_guess, dim=1), label).backward()
print(f"{good:.4f} {wrong_guess.grad.norm().item():.4f}")
#> 1.3167 0.0567
# --8<-- [end:gradients]
