# --8<-- [start:center]
import numpy as np

data = np.array([2, 4, 4, 4, 5, 5, 7, 9])
print(np.mean(data), np.median(data), np.percentile(data, [25, 50, 75]))
#> 5.0 4.5 [4.  4.5 5.5]
# --8<-- [end:center]

# --8<-- [start:ddof]
import pandas as pd
import torch

print(np.std(data), f"{np.std(data, ddof=1):.4f}")
#> 2.0 2.1381
print(f"{pd.Series(data).std():.4f} {pd.Series(data).std(ddof=0):.4f}")
#> 2.1381 2.0000
print(f"{torch.tensor(data, dtype=torch.float64).std().item():.4f}")
#> 2.1381
# --8<-- [end:ddof]

# --8<-- [start:correlation]
rng = np.random.default_rng(0)
x = rng.normal(size=100)
y = 2 * x + 0.5 * rng.normal(size=100)
cov_xy = np.cov(x, y)[0, 1]
r = np.corrcoef(x, y)[0, 1]
print(f"{cov_xy:.4f} {r:.4f}")
#> 1.8958 0.9714
# --8<-- [end:correlation]

# --8<-- [start:correlation-check]
by_hand = ((x - x.mean()) * (y - y.mean())).sum() / (len(x) - 1)
print(f"{cov_xy:.4f} {by_hand:.4f}")
#> 1.8958 1.8958
print(f"{r:.4f} {cov_xy / (x.std(ddof=1) * y.std(ddof=1)):.4f}")
#> 0.9714 0.9714
# --8<-- [end:correlation-check]
