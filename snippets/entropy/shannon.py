# --8<-- [start:entropy]
import numpy as np
from scipy.stats import entropy as scipy_entropy


def entropy(probs: np.ndarray, base: float = 2.0) -> float:
    # fr: p·log p tend vers zéro : les probabilités nulles n'ajoutent rien, on les retire
    # en: p·log p tends to zero: zero probabilities add nothing, so drop them
    p = probs[probs > 0]
    return float(-(p * np.log(p)).sum() / np.log(base))


uniform = np.array([0.25, 0.25, 0.25, 0.25])
peaked = np.array([0.9, 0.05, 0.03, 0.02])
print(f"{entropy(uniform):.2f} {entropy(peaked):.2f}")
#> 2.00 0.62
print(f"{scipy_entropy(peaked, base=2):.2f}")
#> 0.62
# --8<-- [end:entropy]

# --8<-- [start:nats]
print(f"{entropy(uniform, base=np.e):.4f} {np.log(4):.4f}")
#> 1.3863 1.3863
# --8<-- [end:nats]
