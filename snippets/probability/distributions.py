# --8<-- [start:normal]
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
normal = stats.norm(loc=0.0, scale=1.0)
samples = normal.rvs(size=10_000, random_state=rng)
print(f"{samples.mean():.3f} {samples.std():.3f}")
#> 0.006 0.998
print(f"{normal.pdf(0):.4f} {normal.cdf(1.96):.4f} {normal.ppf(0.975):.4f}")
#> 0.3989 0.9750 1.9600
# --8<-- [end:normal]

# --8<-- [start:normal-check]
print(f"{normal.pdf(0):.4f} {1 / np.sqrt(2 * np.pi):.4f}")
#> 0.3989 0.3989
# --8<-- [end:normal-check]

# --8<-- [start:binomial]
from math import comb

print(stats.bernoulli(0.7).rvs(size=10, random_state=rng))
#> [1 1 1 1 0 1 0 1 1 1]
binomial = stats.binom(n=10, p=0.5)
print(f"{binomial.pmf(5):.4f} {binomial.mean():.1f}")
#> 0.2461 5.0
# --8<-- [end:binomial]

# --8<-- [start:binomial-check]
print(f"{binomial.pmf(5):.4f} {comb(10, 5) * 0.5**10:.4f}")
#> 0.2461 0.2461
# --8<-- [end:binomial-check]

# --8<-- [start:uniform-exponential]
uniform = stats.uniform(loc=-1.0, scale=4.0)
low, high = uniform.support()
print(low, high, uniform.mean(), f"{uniform.pdf(0):.2f}")
#> -1.0 3.0 1.0 0.25
lam = 1.5
exponential = stats.expon(scale=1 / lam)
print(f"{exponential.mean():.4f} {exponential.cdf(1.0):.4f}")
#> 0.6667 0.7769
# --8<-- [end:uniform-exponential]

# --8<-- [start:uniform-exponential-check]
print(f"{exponential.cdf(1.0):.4f} {1 - np.exp(-lam):.4f}")
#> 0.7769 0.7769
# --8<-- [end:uniform-exponential-check]

# --8<-- [start:poisson]
poisson = stats.poisson(mu=3.0)
print(f"{poisson.pmf(2):.4f} {poisson.mean()} {poisson.var()}")
#> 0.2240 3.0 3.0
# --8<-- [end:poisson]

# --8<-- [start:poisson-check]
print(f"{poisson.pmf(2):.4f} {np.exp(-3) * 3**2 / 2:.4f}")
#> 0.2240 0.2240
# --8<-- [end:poisson-check]
