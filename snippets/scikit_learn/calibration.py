# --8<-- [start:calibration]
from sklearn.calibration import CalibratedClassifierCV
from sklearn.datasets import load_breast_cancer
from sklearn.metrics import brier_score_loss, log_loss
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, stratify=y, random_state=0)
models = {
    "raw": GaussianNB(),
    "sigmoid": CalibratedClassifierCV(GaussianNB(), method="sigmoid", cv=5),
    "isotonic": CalibratedClassifierCV(GaussianNB(), method="isotonic", cv=5),
    "temperature": CalibratedClassifierCV(GaussianNB(), method="temperature", cv=5),
}
losses = {}
print("model        Brier   log loss")
for name, model in models.items():
    proba = model.fit(X_train, y_train).predict_proba(X_test)[:, 1]
    losses[name] = brier_score_loss(y_test, proba), log_loss(y_test, proba)
    print(f"{name:<12} {losses[name][0]:.4f}  {losses[name][1]:.4f}")
#> model        Brier   log loss
#> raw          0.0681  0.9463
#> sigmoid      0.0645  0.2494
#> isotonic     0.0530  0.8526
#> temperature  0.0527  0.1971
# --8<-- [end:calibration]

# --8<-- [start:certain]
import numpy as np

# fr: part des probabilités à moins d'un millionième de zéro ou de un
# en: share of probabilities within a millionth of zero or one
for name, model in models.items():
    proba = model.predict_proba(X_test)[:, 1]
    print(f"{name:<12} {np.mean(np.minimum(proba, 1 - proba) < 1e-6):.2f}")
#> raw          0.87
#> sigmoid      0.00
#> isotonic     0.81
#> temperature  0.00
# --8<-- [end:certain]

# --8<-- [start:threshold]
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import TunedThresholdClassifierCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# fr: une classe positive rare
# en: a rare positive class
X, y = make_classification(n_samples=3000, weights=[0.95], class_sep=0.8, random_state=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
tuned = TunedThresholdClassifierCV(model, scoring="balanced_accuracy").fit(X_train, y_train)
default = balanced_accuracy_score(y_test, model.predict(X_test))
chosen = balanced_accuracy_score(y_test, tuned.predict(X_test))
print(f"threshold {tuned.best_threshold_:.2f}: {chosen:.3f} (at 0.5: {default:.3f})")
#> threshold 0.07: 0.801 (at 0.5: 0.570)
# --8<-- [end:threshold]
