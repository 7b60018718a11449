# --8<-- [start:perplexity]
import numpy as np


def perplexity(probs: np.ndarray) -> float:
    p = probs[probs > 0]
    return float(2 ** -(p * np.log2(p)).sum())


vocab_size = 10_000
uniform = np.full(vocab_size, 1 / vocab_size)
focused = np.zeros(vocab_size)
focused[:100] = 0.01
print(f"{perplexity(uniform):.0f} {perplexity(focused):.0f}")
#> 10000 100
# --8<-- [end:perplexity]

# --8<-- [start:model]
# fr: P la distribution des données, Q celle du modèle
# en: P the data distribution, Q the model's
p_data = np.array([0.5, 0.25, 0.25])
q_model = np.array([0.25, 0.5, 0.25])
h_p = -(p_data * np.log2(p_data)).sum()
h_pq = -(p_data * np.log2(q_model)).sum()
print(f"{2**h_p:.4f} {2**h_pq:.4f}")
#> 2.8284 3.3636
# --8<-- [end:model]

# --8<-- [start:from-loss]
import torch
import torch.nn.functional as F

# fr: un modèle qui hésite à parts égales entre tous les mots
# en: a model that spreads its probability evenly over all words
logits = torch.zeros(4, 8, vocab_size)
tokens = torch.randint(0, vocab_size, (4, 8), generator=torch.Generator().manual_seed(0))
loss = F.cross_entropy(logits.reshape(-1, vocab_size), tokens.reshape(-1))
print(f"{loss.item():.4f} {loss.exp().item():.0f}")
#> 9.2103 10000
# --8<-- [end:from-loss]
