# --8<-- [start:cross-entropy]
import torch
from torch import nn

# fr: des logits bruts (sans softmax) et des indices de classe
# en: raw logits (no softmax) and class indices
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
targets = torch.tensor([0, 1])
print(f"{nn.CrossEntropyLoss()(logits, targets).item():.4f}")
#> 0.3185
# --8<-- [end:cross-entropy]

# --8<-- [start:label-smoothing]
import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
targets = torch.tensor([0, 1])
smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, targets)
print(f"{smoothed.item():.4f}")
#> 0.4369
# --8<-- [end:label-smoothing]

# --8<-- [start:ignore-index]
import torch
from torch import nn

# fr: la dernière position est du padding, exclue de la moyenne
# en: the last position is padding, left out of the mean
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [9.0, -9.0, 0.0]])
padded = torch.tensor([0, 1, -100])
print(f"{nn.CrossEntropyLoss(ignore_index=-100)(logits, padded).item():.4f}")
#> 0.3185
# --8<-- [end:ignore-index]

# --8<-- [start:reduction-none]
import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, torch.tensor([0, 1]))
print([round(v, 4) for v in per_sample.tolist()], f"{per_sample.mean().item():.4f}")
#> [0.417, 0.22] 0.3185
# --8<-- [end:reduction-none]

# --8<-- [start:bce]
import torch
from torch import nn

logits = torch.tensor([1.5, -0.8, 2.1])
targets = torch.tensor([1.0, 0.0, 1.0])
plain = nn.BCEWithLogitsLoss()(logits, targets)
weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(logits, targets)
print(f"{plain.item():.4f} {weighted.item():.4f}")
#> 0.2293 0.4406
# --8<-- [end:bce]

# --8<-- [start:mse-l1]
import torch
from torch import nn

pred, target = torch.tensor([2.5, 3.7, 1.2]), torch.tensor([3.0, 4.0, 1.0])
mse, mae = nn.MSELoss()(pred, target), nn.L1Loss()(pred, target)
print(f"{mse.item():.4f} {mae.item():.4f}")
#> 0.1267 0.3333
# --8<-- [end:mse-l1]

# --8<-- [start:huber]
import torch
from torch import nn

# fr: une valeur aberrante : Huber reste linéaire au-delà de delta
# en: an outlier: Huber stays linear beyond delta
pred, target = torch.tensor([2.5, 3.7, 11.0]), torch.tensor([3.0, 4.0, 1.0])
huber = nn.HuberLoss(delta=1.0)(pred, target)
print(f"{nn.MSELoss()(pred, target).item():.4f} {huber.item():.4f}")
#> 33.4467 3.2233
# --8<-- [end:huber]

# --8<-- [start:nll]
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
log_probs = F.log_softmax(logits, dim=1)
print(f"{nn.NLLLoss()(log_probs, torch.tensor([0, 1])).item():.4f}")
#> 0.3185
# --8<-- [end:nll]

# --8<-- [start:kl]
import torch
import torch.nn.functional as F
from torch import nn

student = torch.tensor([[1.0, 0.5, -0.5], [0.2, 0.1, 0.9]])
teacher = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.2, 0.7]])
kl = nn.KLDivLoss(reduction="batchmean")(F.log_softmax(student, dim=1), teacher)
print(f"{kl.item():.4f}")
#> 0.0731
# --8<-- [end:kl]

# --8<-- [start:cosine]
import torch
from torch import nn

# fr: cible : un pour une paire semblable, moins un pour une paire dissemblable
# en: target: one for a similar pair, minus one for a dissimilar pair
x1, x2 = torch.tensor([[1.0, 0.0], [1.0, 0.0]]), torch.tensor([[1.0, 1.0], [1.0, 1.0]])
cosine = nn.CosineEmbeddingLoss(margin=0.2, reduction="none")
print([round(v, 4) for v in cosine(x1, x2, torch.tensor([1, -1])).tolist()])
#> [0.2929, 0.5071]
# --8<-- [end:cosine]

# --8<-- [start:triplet]
import torch
from torch import nn

anchor, positive = torch.tensor([[0.0, 0.0]]), torch.tensor([[1.0, 0.0]])
negative = torch.tensor([[0.0, 1.5]])
# fr: max(d(a, p) - d(a, n) + marge, zéro)
# en: max(d(a, p) - d(a, n) + margin, zero)
triplet = nn.TripletMarginLoss(margin=1.0)(anchor, positive, negative)
print(f"{triplet.item():.4f}")
#> 0.5000
# --8<-- [end:triplet]
