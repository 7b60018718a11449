# --8<-- [start:with-logits]
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([1.5, -0.8, 2.1])
targets = torch.tensor([1.0, 0.0, 1.0])
from_logits = nn.BCEWithLogitsLoss()(logits, targets)
from_probs = nn.BCELoss()(torch.sigmoid(logits), targets)
print(f"{from_logits.item():.4f} {from_probs.item():.4f}")
#> 0.2293 0.2293
# --8<-- [end:with-logits]

# --8<-- [start:stability]
extreme, negative = torch.tensor([20.0]), torch.tensor([0.0])
print(torch.sigmoid(extreme).item())
#> 1.0
print(f"{nn.BCELoss()(torch.sigmoid(extreme), negative).item():.4f}")
#> 100.0000
print(f"{nn.BCEWithLogitsLoss()(extreme, negative).item():.4f}")
#> 20.0000
# --8<-- [end:stability]

# --8<-- [start:pos-weight]
pos_weight = torch.tensor([3.0])
weighted = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, targets)
by_hand = -(3.0 * targets * F.logsigmoid(logits) + (1 - targets) * F.logsigmoid(-logits)).mean()
print(f"{weighted.item():.4f} {by_hand.item():.4f}")
#> 0.4406 0.4406
# --8<-- [end:pos-weight]

# --8<-- [start:multi-label]
multi_logits = torch.tensor([[1.4, -1.0, 2.0], [-1.5, 0.8, -0.4]])
multi_targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
per_class = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 4.0, 1.0]))
print(f"{nn.BCEWithLogitsLoss()(multi_logits, multi_targets).item():.4f}")
#> 0.2910
print(f"{per_class(multi_logits, multi_targets).item():.4f}")
#> 0.4766
print((torch.sigmoid(multi_logits) > 0.5).int().tolist())
#> [[1, 0, 1], [0, 1, 0]]
# --8<-- [end:multi-label]
