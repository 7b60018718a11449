# --8<-- [start:cosine]
import torch
import torch.nn.functional as F
from torch import nn

x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
x2 = torch.tensor([[1.0, 1.0], [0.0, 1.0], [1.0, 1.0], [-1.0, 0.0]])
y = torch.tensor([1, 1, -1, -1])
margin = 0.2
cosine = nn.CosineEmbeddingLoss(margin=margin, reduction="none")
cos = F.cosine_similarity(x1, x2, dim=1)
print([round(v, 4) for v in cos.tolist()])
#> [0.7071, 0.0, 0.7071, -1.0]
print([round(v, 4) for v in cosine(x1, x2, y).tolist()])
#> [0.2929, 1.0, 0.5071, 0.0]
# --8<-- [end:cosine]

# --8<-- [start:cosine-check]
cosine_by_hand = torch.where(y == 1, 1 - cos, (cos - margin).clamp(min=0))
print(torch.allclose(cosine(x1, x2, y), cosine_by_hand, rtol=0, atol=1e-6))
#> True
# --8<-- [end:cosine-check]

# --8<-- [start:triplet]
anchor = torch.zeros(3, 2)
positive = torch.tensor([[1.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
negative = torch.tensor([[3.0, 0.0], [0.0, 1.5], [1.0, 0.0]])
triplet = nn.TripletMarginLoss(margin=1.0, reduction="none")
per_triplet = triplet(anchor, positive, negative)
print([round(v, 4) for v in per_triplet.tolist()])
#> [0.0, 0.5, 2.0]
print(f"{nn.TripletMarginLoss(margin=1.0)(anchor, positive, negative).item():.4f}")
#> 0.8333
# --8<-- [end:triplet]

# --8<-- [start:triplet-check]
d_pos = F.pairwise_distance(anchor, positive)
d_neg = F.pairwise_distance(anchor, negative)
triplet_by_hand = (d_pos - d_neg + 1.0).clamp(min=0)
print(torch.allclose(per_triplet, triplet_by_hand, rtol=0, atol=1e-6))
#> True
# --8<-- [end:triplet-check]
