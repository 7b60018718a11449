# --8<-- [start:torch]
import torch
from torch.distributions import Bernoulli, Exponential, Normal

torch.manual_seed(0)
normal = Normal(loc=torch.tensor(0.0), scale=torch.tensor(1.0))
print(normal.sample((3,)))
#> tensor([ 1.5410, -0.2934, -2.1788])
print(f"{normal.log_prob(torch.tensor(0.0)).exp().item():.4f}")
#> 0.3989
print(f"{normal.cdf(torch.tensor(1.96)).item():.4f}")
#> 0.9750
print(Bernoulli(probs=torch.tensor(0.7)).sample((5,)))
#> tensor([1., 1., 1., 1., 1.])
print(f"{Exponential(rate=torch.tensor(1.5)).mean.item():.4f}")
#> 0.6667
# --8<-- [end:torch]
