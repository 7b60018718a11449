# --8<-- [start:targets]
import torch
from torch import nn

torch.manual_seed(0)
n, d, c = 6, 5, 3
features = torch.randn(n, d)
y_real = torch.randn(n, 1)
y_binary = torch.randint(0, 2, (n, 1)).float()
y_class = torch.randint(0, c, (n,))
y_multi = torch.randint(0, 2, (n, c)).float()
y_dist = torch.softmax(torch.randn(n, c), dim=1)
# --8<-- [end:targets]


# --8<-- [start:rows]
def head(out: int, activation: nn.Module | None = None) -> nn.Module:
    return nn.Sequential(nn.Linear(d, out), activation or nn.Identity())


ROWS = [
    ("regression", head(1), y_real, nn.MSELoss()),
    ("binary", head(1), y_binary, nn.BCEWithLogitsLoss()),
    ("binary-probs", head(1, nn.Sigmoid()), y_binary, nn.BCELoss()),
    ("multiclass", head(c), y_class, nn.CrossEntropyLoss()),
    ("multiclass-log", head(c, nn.LogSoftmax(dim=1)), y_class, nn.NLLLoss()),
    ("multilabel", head(c), y_multi, nn.BCEWithLogitsLoss()),
    ("distribution", head(c, nn.LogSoftmax(dim=1)), y_dist, nn.KLDivLoss(reduction="batchmean")),
]
# --8<-- [end:rows]

# --8<-- [start:check]
for task, layer, target, loss_fn in ROWS:
    output = layer(features)
    loss = loss_fn(output, target)
    shapes = f"{tuple(output.shape)} {tuple(target.shape)}"
    print(f"{task:<15} {shapes:<14} {target.dtype!s:<14} {loss.item():.4f}")
#> regression      (6, 1) (6, 1)  torch.float32  0.5966
#> binary          (6, 1) (6, 1)  torch.float32  0.6663
#> binary-probs    (6, 1) (6, 1)  torch.float32  0.7119
#> multiclass      (6, 3) (6,)    torch.int64    1.3507
#> multiclass-log  (6, 3) (6,)    torch.int64    1.6305
#> multilabel      (6, 3) (6, 3)  torch.float32  0.7178
#> distribution    (6, 3) (6, 3)  torch.float32  0.1665
# --8<-- [end:check]
