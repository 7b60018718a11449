# --8<-- [start:kl]
import numpy as np
from scipy.stats import entropy as scipy_entropy


def kl_divergence(p: np.ndarray, q: np.ndarray) -> float:
    mask = p > 0
    return float((p[mask] * np.log(p[mask] / q[mask])).sum())


p = np.array([0.4, 0.3, 0.3])
q = np.array([0.3, 0.4, 0.3])
print(f"{kl_divergence(p, q):.4f} {kl_divergence(q, p):.4f}")
#> 0.0288 0.0288
print(f"{scipy_entropy(p, q):.4f}")
#> 0.0288
# --8<-- [end:kl]

# --8<-- [start:asymmetric]
r = np.array([0.8, 0.1, 0.1])
print(f"{kl_divergence(p, r):.4f} {kl_divergence(r, p):.4f}")
#> 0.3819 0.3348
# --8<-- [end:asymmetric]

# --8<-- [start:identity]
h_p = -(p * np.log(p)).sum()
h_pq = -(p * np.log(q)).sum()
print(f"{h_pq:.4f} = {h_p:.4f} + {kl_divergence(p, q):.4f}")
#> 1.1177 = 1.0889 + 0.0288
# --8<-- [end:identity]

# --8<-- [start:identity-check]
print(np.isclose(h_pq, h_p + kl_divergence(p, q)))
#> True
# --8<-- [end:identity-check]

# --8<-- [start:torch]
import torch

kl_loss = torch.nn.KLDivLoss(reduction="batchmean")
# fr: l'entrée est log Q (log-probabilités), la cible est P (probabilités)
# en: the input is log Q (log-probabilities), the target is P (probabilities)
loss = kl_loss(torch.log(torch.from_numpy(q)).unsqueeze(0), torch.from_numpy(p).unsqueeze(0))
print(f"{loss.item():.4f}")
#> 0.0288
# --8<-- [end:torch]
