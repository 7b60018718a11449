# --8<-- [start:logits]
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
targets = torch.tensor([0, 1])
loss = nn.CrossEntropyLoss()(logits, targets)
log_probs = F.log_softmax(logits, dim=1)
by_hand = -log_probs[torch.arange(2), targets].mean()
with_nll = nn.NLLLoss()(log_probs, targets)
print(f"{loss.item():.4f} {by_hand.item():.4f} {with_nll.item():.4f}")
#> 0.3185 0.3185 0.3185
# --8<-- [end:logits]

# --8<-- [start:soft-targets]
one_hot = F.one_hot(targets, num_classes=3).float()
soft = torch.tensor([[0.8, 0.1, 0.1], [0.1, 0.8, 0.1]])
print(f"{F.cross_entropy(logits, one_hot).item():.4f} {F.cross_entropy(logits, soft).item():.4f}")
#> 0.3185 0.6735
# --8<-- [end:soft-targets]

# --8<-- [start:weights]
class_weights = torch.tensor([1.0, 2.0, 1.5])
weighted = nn.CrossEntropyLoss(weight=class_weights)(logits, targets)
per_sample = F.cross_entropy(logits, targets, reduction="none")
w = class_weights[targets]
print(f"{weighted.item():.4f} {((w * per_sample).sum() / w.sum()).item():.4f}")
#> 0.2857 0.2857
print(f"{(w * per_sample).mean().item():.4f}")
#> 0.4286
# --8<-- [end:weights]

# --8<-- [start:label-smoothing]
eps = 0.1
smoothed = nn.CrossEntropyLoss(label_smoothing=eps)(logits, targets)
smooth_target = (1 - eps) * one_hot + eps / 3
by_hand = -(smooth_target * log_probs).sum(dim=1).mean()
print(f"{smoothed.item():.4f} {by_hand.item():.4f}")
#> 0.4369 0.4369
# --8<-- [end:label-smoothing]

# --8<-- [start:ignore-index]
tokens = torch.tensor([[2, 0, 1, -100], [1, 1, -100, -100]])
token_logits = torch.randn(2, 4, 3, generator=torch.Generator().manual_seed(0))
flat = F.cross_entropy(token_logits.reshape(-1, 3), tokens.reshape(-1))
class_dim_second = F.cross_entropy(token_logits.permute(0, 2, 1), tokens)
kept = tokens != -100
only_real = F.cross_entropy(token_logits[kept], tokens[kept])
print(f"{flat.item():.4f} {class_dim_second.item():.4f} {only_real.item():.4f}")
#> 1.4550 1.4550 1.4550
# --8<-- [end:ignore-index]
