# --8<-- [start:classification]
from sklearn.datasets import load_wine
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X, y = load_wine(return_X_y=True)
# fr: deux variables seulement, pour que la tâche ne soit pas trop facile
# en: two features only, so that the task is not too easy
X = X[:, :2]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
clf = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
y_pred = clf.predict(X_test)
print(f"{accuracy_score(y_test, y_pred):.3f} {f1_score(y_test, y_pred, average='macro'):.3f}")
print(classification_report(y_test, y_pred, digits=3))
#> 0.778 0.760
#>               precision    recall  f1-score   support
#>
#>            0      0.917     0.611     0.733        18
#>            1      0.750     1.000     0.857        21
#>            2      0.714     0.667     0.690        15
#>
#>     accuracy                          0.778        54
#>    macro avg      0.794     0.759     0.760        54
#> weighted avg      0.796     0.778     0.769        54
# --8<-- [end:classification]

# --8<-- [start:regression]
from sklearn.datasets import load_diabetes
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error

X, y = load_diabetes(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
y_pred = Ridge(alpha=0.1).fit(X_train, y_train).predict(X_test)
rmse = root_mean_squared_error(y_test, y_pred)
mae = mean_absolute_error(y_test, y_pred)
print(f"RMSE {rmse:.2f}  MAE {mae:.2f}  R2 {r2_score(y_test, y_pred):.3f}")
#> RMSE 55.97  MAE 44.65  R2 0.369
# --8<-- [end:regression]
