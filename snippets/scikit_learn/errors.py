# --8<-- [start:input-errors]
import numpy as np
import pandas as pd
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import StandardScaler

X, y = np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([0, 0, 1, 1])


def first_sentence(error: Exception) -> str:
    return f"{type(error).__name__}:\n  {str(error).splitlines()[0].split('. ')[0]}"


input_mistakes = [
    lambda: LinearRegression().fit([[1.0], [np.nan]], [0, 1]),
    lambda: LinearRegression().fit([[1.0], [np.inf]], [0, 1]),
    lambda: LinearRegression().fit(X.ravel(), y),
    lambda: LinearRegression().fit(X, y[:3]),
    lambda: LinearRegression().fit(pd.DataFrame({"city": ["Paris", "Lyon"]}), [0, 1]),
    lambda: StandardScaler().transform(X),
]
for mistake in input_mistakes:
    try:
        mistake()
    except (ValueError, NotFittedError) as error:
        print(first_sentence(error))
#> ValueError:
#>   Input X contains NaN.
#> ValueError:
#>   Input X contains infinity or a value too large for dtype('float64').
#> ValueError:
#>   Expected 2D array, got 1D array instead:
#> ValueError:
#>   Found input variables with inconsistent numbers of samples: [4, 3]
#> ValueError:
#>   could not convert string to float: 'Paris'
#> NotFittedError:
#>   This StandardScaler instance is not fitted yet
# --8<-- [end:input-errors]

# --8<-- [start:warnings]
import warnings

from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, precision_score

X_raw, y_raw = load_breast_cancer(return_X_y=True)
# fr: un modèle enregistré par une autre version, simulé en changeant la version notée
# en: a model saved by another version, simulated by changing the version it records
old = LogisticRegression().fit(X, y).__getstate__() | {"_sklearn_version": "1.5.0"}
other_mistakes = [
    lambda: LogisticRegression().fit(X_raw, y_raw),
    lambda: LogisticRegression().__setstate__(old),
    lambda: LogisticRegression(penalty="l1", solver="saga").fit(X, y),
    lambda: precision_score([0, 1, 1], [0, 0, 0]),
    lambda: accuracy_score([0, 1], [0.2, 0.8]),
]
with warnings.catch_warnings():
    # fr: les avertissements deviennent des exceptions, qu'on attrape
    # en: warnings become exceptions, which we catch
    warnings.simplefilter("error")
    for mistake in other_mistakes:
        try:
            mistake()
        except (ValueError, Warning) as error:
            print(first_sentence(error))
#> ConvergenceWarning:
#>   lbfgs failed to converge after 100 iteration(s) (status=1):
#> InconsistentVersionWarning:
#>   Trying to unpickle estimator LogisticRegression from version 1.5.0 when using version 1.9.1
#> FutureWarning:
#>   'penalty' was deprecated in version 1.8 and will be removed in 1.10
#> UndefinedMetricWarning:
#>   Precision is ill-defined and being set to 0.0 due to no predicted samples
#> ValueError:
#>   Classification metrics can't handle a mix of binary and continuous targets
# --8<-- [end:warnings]
