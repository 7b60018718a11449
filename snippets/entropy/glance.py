# --8<-- [start:bits]
import numpy as np

probs = np.array([0.5, 0.25, 0.25, 0.0])
# fr: p log p tend vers zéro : on retire les probabilités nulles
# en: p log p tends to zero: drop the zero probabilities
nz = probs[probs > 0]
print(-(nz * np.log2(nz)).sum())
#> 1.5
# --8<-- [end:bits]

# --8<-- [start:scipy]
from scipy.stats import entropy

# fr: base deux pour des bits ; sans base, des nats
# en: base two for bits; without a base, nats
print(f"{entropy([0.5, 0.25, 0.25], base=2):.4f} {entropy([0.5, 0.25, 0.25]):.4f}")
#> 1.5000 1.0397
# fr: des effectifs bruts sont normalisés
# en: raw counts are normalised
print(f"{entropy([2, 1, 1], base=2):.4f}")
#> 1.5000
# --8<-- [end:scipy]

# --8<-- [start:binary-entropy]
import numpy as np
from scipy.special import entr

# fr: entr(x) vaut -x log x, et zéro en zéro
# en: entr(x) is -x log x, and zero at zero
p1 = np.array([0.0, 0.1, 0.5, 0.9])
h_bin = (entr(p1) + entr(1 - p1)) / np.log(2)
print(h_bin.round(4))
#> [0.    0.469 1.    0.469]
# --8<-- [end:binary-entropy]

# --8<-- [start:cross-entropy]
import numpy as np

p_true = np.array([0.0, 1.0, 0.0])
q_pred = np.array([0.1, 0.8, 0.1])
h_pq = -(p_true * np.log(q_pred)).sum()
print(f"{h_pq:.4f} {-np.log(0.8):.4f}")
#> 0.2231 0.2231
# --8<-- [end:cross-entropy]

# --8<-- [start:torch-ce]
import torch
import torch.nn.functional as F

# fr: des logits (pas des probabilités) et des indices de classe
# en: logits (not probabilities) and class indices
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.0]])
ce_loss = F.cross_entropy(logits, torch.tensor([0, 1]))
print(f"{ce_loss.item():.4f}")
#> 0.3069
# --8<-- [end:torch-ce]

# --8<-- [start:bce]
import torch
import torch.nn.functional as F

bin_logits = torch.tensor([1.4, -0.8, 2.2])
bin_targets = torch.tensor([1.0, 0.0, 1.0])
bce = F.binary_cross_entropy_with_logits(bin_logits, bin_targets)
print(f"{bce.item():.4f}")
#> 0.2322
# --8<-- [end:bce]

# --8<-- [start:kl]
from scipy.stats import entropy

p_kl = [0.4, 0.3, 0.3]
q_kl = [0.8, 0.1, 0.1]
# fr: entropy(p, q) est la divergence KL(P || Q), en nats ; l'ordre compte
# en: entropy(p, q) is KL(P || Q), in nats; the order matters
print(f"{entropy(p_kl, q_kl):.4f} {entropy(q_kl, p_kl):.4f}")
#> 0.3819 0.3348
# --8<-- [end:kl]

# --8<-- [start:kl-torch]
import torch
import torch.nn.functional as F

p_t = torch.tensor([[0.4, 0.3, 0.3]])
q_t = torch.tensor([[0.8, 0.1, 0.1]])
# fr: entrée log Q, cible P : calcule KL(P || Q)
# en: input log Q, target P: computes KL(P || Q)
kl_t = F.kl_div(q_t.log(), p_t, reduction="batchmean")
print(f"{kl_t.item():.4f}")
#> 0.3819
# --8<-- [end:kl-torch]

# --8<-- [start:perplexity]
import numpy as np

# fr: probabilités que le modèle donne aux vrais mots
# en: the probabilities the model gives to the true words
q_true = np.array([0.5, 0.25, 0.125, 0.5])
h_bits = -np.log2(q_true).mean()
loss_nats = -np.log(q_true).mean()
print(h_bits, f"{2**h_bits:.4f} {np.exp(loss_nats):.4f}")
#> 1.75 3.3636 3.3636
# --8<-- [end:perplexity]
