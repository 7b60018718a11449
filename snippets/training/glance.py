# --8<-- [start:setup]
import math
import random

import numpy as np
import torch
from torch import nn

# --8<-- [end:setup]

# --8<-- [start:seed]
random.seed(0)
np.random.seed(0)
torch.manual_seed(0)
# --8<-- [end:seed]

# --8<-- [start:shuffle]
from torch.utils.data import DataLoader

# fr: fixe l'ordre du mélange et les graines des workers
# en: fixes the shuffling order and the workers' seeds
g = torch.Generator().manual_seed(0)
loader = DataLoader(range(8), batch_size=4, shuffle=True, generator=g)
print([batch.tolist() for batch in loader])
#> [[5, 3, 1, 7], [2, 6, 4, 0]]
# --8<-- [end:shuffle]

# --8<-- [start:deterministic]
import os

# fr: pour cuBLAS (CUDA), avant son premier appel
# en: for cuBLAS (CUDA), before its first call
os.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"
torch.use_deterministic_algorithms(True)
torch.backends.cudnn.benchmark = False
# --8<-- [end:deterministic]

# --8<-- [start:deterministic-check]
print(torch.are_deterministic_algorithms_enabled())
#> True
# fr: retour à la valeur par défaut pour la suite de la page
# en: back to the default for the rest of the page
torch.use_deterministic_algorithms(False)
# --8<-- [end:deterministic-check]

# --8<-- [start:rmsnorm]
x = torch.tensor([[3.0, 4.0]])
# fr: x / racine de la moyenne des carrés, sans centrer
# en: x / root mean square, no centring
print([round(v, 4) for v in nn.RMSNorm(2)(x)[0].tolist()])
#> [0.8485, 1.1314]
# --8<-- [end:rmsnorm]

# --8<-- [start:dropout]
torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
print(dropout(torch.ones(8)).unique().tolist())
#> [0.0, 2.0]
print(dropout.eval()(torch.ones(3)).tolist())
#> [1.0, 1.0, 1.0]
# --8<-- [end:dropout]

# --8<-- [start:early-stopping]
import copy

model, patience, best_loss, bad_epochs = nn.Linear(2, 1), 3, float("inf"), 0
for epoch, val_loss in enumerate([0.9, 0.7, 0.8, 0.75, 0.72, 0.6]):
    if val_loss < best_loss:
        best_loss, best_epoch, bad_epochs = val_loss, epoch, 0
        best_state = copy.deepcopy(model.state_dict())
    else:
        bad_epochs += 1
    if bad_epochs >= patience:
        break
model.load_state_dict(best_state)
print(best_epoch, epoch)
#> 1 4
# --8<-- [end:early-stopping]

# --8<-- [start:accumulation]
model, accum_steps = nn.Linear(4, 1), 4
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for i, xb in enumerate(torch.randn(8, 16, 4)):
    loss = model(xb).pow(2).mean()
    (loss / accum_steps).backward()
    if (i + 1) % accum_steps == 0:
        optimizer.step()
        optimizer.zero_grad()
# fr: taille du lot effectif de chaque pas
# en: effective batch size of each step
print(accum_steps * len(xb))
#> 64
# --8<-- [end:accumulation]

# --8<-- [start:clip]
model = nn.Linear(4, 1)
(100 * model(torch.ones(1, 4))).sum().backward()
# fr: renvoie la norme d'avant l'écrêtage
# en: returns the norm from before clipping
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(round(norm.item(), 1))
#> 223.6
# --8<-- [end:clip]

# --8<-- [start:init-loss]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
inputs, labels = torch.randn(256, 20), torch.randint(0, 10, (256,))
loss = nn.functional.cross_entropy(model(inputs), labels)
print(round(loss.item(), 2), round(math.log(10), 2))
#> 2.32 2.3
# --8<-- [end:init-loss]

# --8<-- [start:grad-norm]
model = nn.Linear(4, 1)
model(torch.ones(2, 4)).sum().backward()
grad_norm = nn.utils.get_total_norm([p.grad for p in model.parameters()])
# fr: à journaliser à chaque pas, entre backward() et step()
# en: log it at every step, between backward() and step()
print(round(grad_norm.item(), 2))
#> 4.47
# --8<-- [end:grad-norm]

# --8<-- [start:augment]
import torch.nn.functional as F

image = torch.arange(9.0).view(1, 3, 3)
print(image.flip(-1)[0, 0].tolist())
#> [2.0, 1.0, 0.0]
padded = F.pad(image, (1, 1, 1, 1), mode="reflect")
print(padded.shape, padded[0, 1].tolist())
#> torch.Size([1, 5, 5]) [1.0, 0.0, 1.0, 2.0, 1.0]
# --8<-- [end:augment]

# --8<-- [start:freeze]
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 10))
model[:-1].requires_grad_(False)
model[-1] = nn.Linear(32, 3)
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
#> 99
# --8<-- [end:freeze]

# --8<-- [start:param-groups]
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 3))
groups = [{"params": model[0].parameters(), "lr": 1e-4}, {"params": model[-1].parameters()}]
optimizer = torch.optim.AdamW(groups, lr=1e-3)
print([group["lr"] for group in optimizer.param_groups])
#> [0.0001, 0.001]
# --8<-- [end:param-groups]
