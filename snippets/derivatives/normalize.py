# --8<-- [start:data]
import numpy as np

rng = np.random.default_rng(0)
X = np.column_stack([rng.normal(2, 1, 200), rng.normal(20, 5, 200)])
y = X @ np.array([1.5, -0.3]) + 2.0 + 0.1 * rng.normal(size=200)
X_std = (X - X.mean(axis=0)) / X.std(axis=0)
# --8<-- [end:data]


# --8<-- [start:steps]
def steps_to_converge(X: np.ndarray, y: np.ndarray, tol: float = 1e-6) -> int:
    A = np.column_stack([np.ones(len(X)), X])
    hessian = A.T @ A / len(y)
    lr = 1 / np.linalg.eigvalsh(hessian).max()
    best = np.linalg.lstsq(A, y)[0]
    best_loss = np.mean((A @ best - y) ** 2) / 2
    theta = np.zeros(A.shape[1])
    for step in range(1, 100_001):
        theta = theta - lr * A.T @ (A @ theta - y) / len(y)
        if np.mean((A @ theta - y) ** 2) / 2 - best_loss < tol:
            return step
    return -1


print(steps_to_converge(X, y), steps_to_converge(X_std, y))
#> 49588 3
# --8<-- [end:steps]
