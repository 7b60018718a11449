# --8<-- [start:paths]
import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.linear_model import Lasso, Ridge
from sklearn.preprocessing import StandardScaler

X, y = load_diabetes(return_X_y=True)
# fr: standardiser d'abord : la pénalité traite tous les coefficients de la même façon
# en: standardise first: the penalty treats every coefficient the same way
X = StandardScaler().fit_transform(X)
alphas = (0.1, 1.0, 10.0, 100.0)
ridge = {a: Ridge(alpha=a).fit(X, y).coef_ for a in alphas}
lasso = {a: Lasso(alpha=a).fit(X, y).coef_ for a in alphas}
print("alpha   ridge |w| zeros   lasso |w| zeros")
for a in alphas:
    ridge_part = f"{np.linalg.norm(ridge[a]):9.1f} {(ridge[a] == 0).sum():5d}"
    lasso_part = f"{np.linalg.norm(lasso[a]):9.1f} {(lasso[a] == 0).sum():5d}"
    print(f"{a:<7} {ridge_part}   {lasso_part}")
#> alpha   ridge |w| zeros   lasso |w| zeros
#> 0.1          64.5     0        54.0     1
#> 1.0          57.5     0        40.5     3
#> 10.0         42.6     0        30.8     6
#> 100.0        34.8     0         0.0    10
# --8<-- [end:paths]

# --8<-- [start:elastic-net]
from sklearn.linear_model import ElasticNet

enet_zeros = {}
for l1_ratio in (0.1, 0.5, 0.9, 1.0):
    enet = ElasticNet(alpha=5.0, l1_ratio=l1_ratio).fit(X, y)
    enet_zeros[l1_ratio] = int((enet.coef_ == 0).sum())
    norm = np.linalg.norm(enet.coef_)
    print(f"l1_ratio {l1_ratio}: {enet_zeros[l1_ratio]} zeros, |w| {norm:.1f}")
#> l1_ratio 0.1: 0 zeros, |w| 11.8
#> l1_ratio 0.5: 1 zeros, |w| 15.4
#> l1_ratio 0.9: 3 zeros, |w| 25.7
#> l1_ratio 1.0: 5 zeros, |w| 34.6
# --8<-- [end:elastic-net]

# --8<-- [start:elastic-net-check]
# fr: avec un ratio égal à un, l'elastic net est exactement le lasso
# en: with a ratio equal to one, the elastic net is exactly the lasso
same = ElasticNet(alpha=5.0, l1_ratio=1.0).fit(X, y).coef_
print(np.allclose(same, Lasso(alpha=5.0).fit(X, y).coef_, rtol=0, atol=1e-8))
#> True
# --8<-- [end:elastic-net-check]
