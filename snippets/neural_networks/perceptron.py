# --8<-- [start:model]
import numpy as np


class Perceptron:
    def __init__(self, n_inputs: int, lr: float = 0.1, seed: int = 0) -> None:
        self.w = np.random.default_rng(seed).normal(size=n_inputs)
        self.b = 0.0
        self.lr = lr

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.where(X @ self.w + self.b >= 0, 1, 0)

    def fit(self, X: np.ndarray, y: np.ndarray, max_epochs: int = 100) -> int | None:
        for epoch in range(1, max_epochs + 1):
            errors = 0
            for xi, target in zip(X, y, strict=True):
                error = target - self.predict(xi)
                self.w += self.lr * error * xi
                self.b += self.lr * error
                errors += int(error != 0)
            if errors == 0:
                return epoch
        return None


# --8<-- [end:model]


# --8<-- [start:separable]
rng = np.random.default_rng(42)
X = np.vstack([rng.normal([1.2, 0.8], 0.65, (20, 2)), rng.normal([-1.0, -0.8], 0.65, (20, 2))])
y = np.array([1] * 20 + [0] * 20)
perceptron = Perceptron(n_inputs=2)
epochs = perceptron.fit(X, y)
print(epochs, int((perceptron.predict(X) != y).sum()))
#> 5 0
# --8<-- [end:separable]

# --8<-- [start:xor]
X_xor = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y_xor = np.array([0, 1, 1, 0])
xor_perceptron = Perceptron(n_inputs=2)
print(xor_perceptron.fit(X_xor, y_xor, max_epochs=1000))
#> None
print(int((xor_perceptron.predict(X_xor) != y_xor).sum()))
#> 3
# --8<-- [end:xor]
