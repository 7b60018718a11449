# --8<-- [start:focal]
import torch
import torch.nn.functional as F


def focal_loss(
    logits: torch.Tensor, targets: torch.Tensor, gamma: float = 2.0, alpha: float = 1.0
) -> torch.Tensor:
    log_p_t = F.log_softmax(logits, dim=1).gather(1, targets[:, None]).squeeze(1)
    p_t = log_p_t.exp()
    return (-alpha * (1 - p_t) ** gamma * log_p_t).mean()


logits = torch.tensor([[4.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
targets = torch.tensor([0, 1])
# fr: un exemple facile (p_t élevé), un exemple difficile
# en: one easy example (high p_t), one hard one
ce = F.cross_entropy(logits, targets, reduction="none")
fl = torch.stack([focal_loss(logits[i : i + 1], targets[i : i + 1]) for i in range(2)])
print([round(v, 4) for v in (fl / ce).tolist()])
#> [0.0012, 0.621]
# --8<-- [end:focal]

# --8<-- [start:check]
p_t = torch.softmax(logits, dim=1)[torch.arange(2), targets]
by_formula = (-0.25 * (1 - p_t) ** 2 * torch.log(p_t)).mean()
as_cross_entropy = focal_loss(logits, targets, gamma=0.0, alpha=1.0)
print(
    torch.allclose(focal_loss(logits, targets, gamma=2.0, alpha=0.25), by_formula, rtol=1e-5),
    torch.allclose(as_cross_entropy, F.cross_entropy(logits, targets), rtol=1e-5),
)
#> True True
# --8<-- [end:check]
