# --8<-- [start:scores]
import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_score, recall_score

y_true = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0])
y_pred = np.array([1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0])
tn, fp, fn, tp = confusion_matrix(y_true, y_pred).ravel().tolist()
print(tp, fp, fn, tn)
print(f"{precision_score(y_true, y_pred):.3f} {recall_score(y_true, y_pred):.3f}", end=" ")
print(f"{f1_score(y_true, y_pred):.3f}")
#> 3 1 2 6
#> 0.750 0.600 0.667
# --8<-- [end:scores]

# --8<-- [start:by-hand]
precision, recall = tp / (tp + fp), tp / (tp + fn)
f1 = 2 * precision * recall / (precision + recall)
print(f"{precision:.3f} {recall:.3f} {f1:.3f}")
#> 0.750 0.600 0.667
# --8<-- [end:by-hand]

# --8<-- [start:specificity]
specificity = tn / (tn + fp)
accuracy = (tp + tn) / (tp + tn + fp + fn)
print(f"{specificity:.3f} {accuracy:.3f}")
#> 0.857 0.750
# --8<-- [end:specificity]
