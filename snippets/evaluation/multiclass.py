# --8<-- [start:averages]
import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

y_true = np.array([0] * 10 + [1] * 5 + [2] * 3)
y_pred = np.array([0] * 9 + [1] + [1] * 3 + [0] * 2 + [2, 0, 0])
precision, recall, f1, support = precision_recall_fscore_support(y_true, y_pred, average=None)
for label, (p, r, f, n) in enumerate(zip(precision, recall, f1, support, strict=True)):
    print(f"{label}: P={p:.3f} R={r:.3f} F1={f:.3f} n={n}")
for average in ("micro", "macro", "weighted"):
    print(f"{average:<9}{f1_score(y_true, y_pred, average=average):.3f}")
#> 0: P=0.692 R=0.900 F1=0.783 n=10
#> 1: P=0.750 R=0.600 F1=0.667 n=5
#> 2: P=1.000 R=0.333 F1=0.500 n=3
#> micro    0.722
#> macro    0.650
#> weighted 0.703
# --8<-- [end:averages]
