# --8<-- [start:counts]
import numpy as np
from sklearn.metrics import confusion_matrix

y_true = np.array([0] * 10 + [1] * 5 + [2] * 3)
y_pred = np.array([0] * 9 + [1] + [1] * 3 + [0] * 2 + [2, 0, 0])
cm = confusion_matrix(y_true, y_pred)
print(cm)
print(cm.sum(axis=1), np.trace(cm))
#> [[9 1 0]
#>  [2 3 0]
#>  [2 0 1]]
#> [10  5  3] 13
# --8<-- [end:counts]

# --8<-- [start:normalized]
with np.printoptions(precision=2):
    print(confusion_matrix(y_true, y_pred, normalize="true"))
    print(confusion_matrix(y_true, y_pred, normalize="pred"))
#> [[0.9  0.1  0.  ]
#>  [0.4  0.6  0.  ]
#>  [0.67 0.   0.33]]
#> [[0.69 0.25 0.  ]
#>  [0.15 0.75 0.  ]
#>  [0.15 0.   1.  ]]
# --8<-- [end:normalized]
