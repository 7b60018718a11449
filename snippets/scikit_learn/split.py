# --8<-- [start:stratified]
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42
)
print(X.shape, X_train.shape, X_test.shape)
print(f"{y.mean():.3f} {y_train.mean():.3f} {y_test.mean():.3f}")
#> (569, 30) (455, 30) (114, 30)
#> 0.627 0.626 0.632
# --8<-- [end:stratified]

# --8<-- [start:three-way]
X_train, X_tmp, y_train, y_tmp = train_test_split(X, y, test_size=0.3, stratify=y, random_state=42)
X_val, X_test, y_val, y_test = train_test_split(
    X_tmp, y_tmp, test_size=0.5, stratify=y_tmp, random_state=42
)
print(len(X_train), len(X_val), len(X_test))
#> 398 85 86
# --8<-- [end:three-way]
