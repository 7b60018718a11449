# --8<-- [start:sample]
import numpy as np

rng = np.random.default_rng(0)
samples = rng.normal(loc=0.0, scale=1.0, size=10_000)
print(samples[:3].round(3), f"{samples.mean():.3f} {samples.std():.3f}")
#> [ 0.126 -0.132  0.64 ] 0.006 0.998
picks = rng.choice(["a", "b", "c"], size=4, p=[0.5, 0.3, 0.2])
print(picks)
#> ['b' 'a' 'a' 'a']
# --8<-- [end:sample]

# --8<-- [start:ddof]
import numpy as np
import pandas as pd

data = np.array([2, 4, 4, 4, 5, 5, 7, 9])
print(data.mean(), data.std(), data.var())
#> 5.0 2.0 4.0
print(f"{data.std(ddof=1):.4f} {data.var(ddof=1):.4f} {pd.Series(data).std():.4f}")
#> 2.1381 4.5714 2.1381
# --8<-- [end:ddof]

# --8<-- [start:quantiles]
import numpy as np

data = np.array([2, 4, 4, 4, 5, 5, 7, 9])
print(np.median(data), np.percentile(data, [25, 50, 75]))
#> 4.5 [4.  4.5 5.5]
print(f"{np.quantile(data, 0.9):.2f}")
#> 7.60
# --8<-- [end:quantiles]

# --8<-- [start:normal]
from scipy import stats

print(f"{stats.norm.pdf(0):.4f} {stats.norm.cdf(1.96):.4f} {stats.norm.ppf(0.975):.4f}")
#> 0.3989 0.9750 1.9600
height = stats.norm(loc=170, scale=10)
print(f"{height.cdf(180):.4f} {height.sf(190):.4f}")
#> 0.8413 0.0228
# --8<-- [end:normal]

# --8<-- [start:binomial]
from scipy import stats

coin = stats.binom(n=10, p=0.5)
print(f"{coin.pmf(5):.4f} {coin.cdf(3):.4f} {coin.mean()} {coin.var()}")
#> 0.2461 0.1719 5.0 2.5
# --8<-- [end:binomial]

# --8<-- [start:torch]
import torch
from torch.distributions import Normal

torch.manual_seed(0)
dist = Normal(loc=0.0, scale=1.0)
print(dist.sample((3,)), dist.log_prob(torch.tensor([0.0, 1.96])))
#> tensor([ 1.5410, -0.2934, -2.1788]) tensor([-0.9189, -2.8397])
# --8<-- [end:torch]

# --8<-- [start:correlation]
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=100)
y = 2 * x + 0.5 * rng.normal(size=100)
print(np.cov(x, y).round(3))
#> [[0.935 1.896]
#>  [1.896 4.074]]
print(f"{np.corrcoef(x, y)[0, 1]:.4f}")
#> 0.9714
# --8<-- [end:correlation]

# --8<-- [start:bayes]
sensitivity, specificity, prevalence = 0.95, 0.90, 0.01
p_positive = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
p_sick_if_positive = sensitivity * prevalence / p_positive
print(f"{p_sick_if_positive:.1%}")
#> 8.8%
# --8<-- [end:bayes]

# --8<-- [start:softmax]
import numpy as np


def softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


print(softmax(np.array([1000.0, 1001.0, 1002.0])).round(4))
#> [0.09   0.2447 0.6652]
# --8<-- [end:softmax]

# --8<-- [start:temperature]
import torch

torch.manual_seed(0)
logits = torch.tensor([2.0, 1.0, 0.1])
for temperature in (0.5, 1.0, 2.0):
    probs = torch.softmax(logits / temperature, dim=-1)
    print(temperature, probs.round(decimals=3))
#> 0.5 tensor([0.8640, 0.1170, 0.0190])
#> 1.0 tensor([0.6590, 0.2420, 0.0990])
#> 2.0 tensor([0.5020, 0.3040, 0.1940])
print(torch.multinomial(probs, num_samples=5, replacement=True))
#> tensor([2, 1, 0, 2, 1])
# --8<-- [end:temperature]
