# --8<-- [start:nll]
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
features, targets = torch.randn(4, 5), torch.tensor([0, 2, 1, 2])
linear = nn.Linear(5, 3)
with_log_softmax = nn.Sequential(linear, nn.LogSoftmax(dim=1))
nll = nn.NLLLoss()(with_log_softmax(features), targets)
ce = nn.CrossEntropyLoss()(linear(features), targets)
print(f"{nll.item():.4f} {ce.item():.4f}")
#> 2.1078 2.1078
print(f"{with_log_softmax(features).exp().sum(dim=1).mean().item():.4f}")
#> 1.0000
# --8<-- [end:nll]

# --8<-- [start:kl]
student_logits = linear(features)
teacher_probs = F.softmax(torch.randn(4, 3), dim=1)
log_q = F.log_softmax(student_logits, dim=1)
kl = nn.KLDivLoss(reduction="batchmean")(log_q, teacher_probs)
by_hand = (teacher_probs * (teacher_probs.log() - log_q)).sum(dim=1).mean()
print(f"{kl.item():.4f} {by_hand.item():.4f}")
#> 0.4317 0.4317
log_p = teacher_probs.log()
print(f"{nn.KLDivLoss(reduction='batchmean', log_target=True)(log_q, log_p).item():.4f}")
#> 0.4317
# --8<-- [end:kl]

# --8<-- [start:kl-mistakes]
probs_as_input = nn.KLDivLoss(reduction="batchmean")(log_q.exp(), teacher_probs)
summed = nn.KLDivLoss(reduction="sum")(log_q, teacher_probs)
print(f"{probs_as_input.item():.4f} {summed.item() / (4 * 3):.4f}")
#> -1.2296 0.1439
# --8<-- [end:kl-mistakes]
