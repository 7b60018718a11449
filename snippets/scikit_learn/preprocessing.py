# --8<-- [start:scalers]
import numpy as np
from sklearn.preprocessing import MinMaxScaler, RobustScaler, StandardScaler

X_train = np.array([[1.0], [2.0], [3.0], [4.0], [100.0]])
X_test = np.array([[2.5], [4.0]])
for scaler in (StandardScaler(), MinMaxScaler(), RobustScaler()):
    scaler.fit(X_train)
    scaled = scaler.transform(X_test).ravel()
    print(f"{type(scaler).__name__:<15}{scaled[0]:7.3f}{scaled[1]:7.3f}")
#> StandardScaler  -0.500 -0.461
#> MinMaxScaler     0.015  0.030
#> RobustScaler    -0.250  0.500
# --8<-- [end:scalers]

# --8<-- [start:impute]
from sklearn.impute import SimpleImputer

X = np.array([[1.0, np.nan], [3.0, 4.0], [np.nan, 8.0], [10.0, 6.0]])
imputer = SimpleImputer(strategy="median")
print(imputer.fit_transform(X))
print(imputer.statistics_)
#> [[ 1.  6.]
#>  [ 3.  4.]
#>  [ 3.  8.]
#>  [10.  6.]]
#> [3. 6.]
# --8<-- [end:impute]

# --8<-- [start:encoders]
from sklearn.preprocessing import LabelEncoder, OneHotEncoder, OrdinalEncoder

colors = np.array([["red"], ["green"], ["blue"], ["green"]])
onehot = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(colors)
print(onehot.get_feature_names_out(["color"]).tolist())
print(onehot.transform(np.array([["green"], ["purple"]])))
sizes = np.array([["S"], ["L"], ["M"]])
ordinal = OrdinalEncoder(categories=[["S", "M", "L"]]).fit(sizes)
print(ordinal.transform(sizes).ravel())
labels = LabelEncoder().fit(["spam", "ham", "spam"])
print(labels.classes_.tolist(), labels.transform(["spam", "ham"]).tolist())
#> ['color_blue', 'color_green', 'color_red']
#> [[0. 1. 0.]
#>  [0. 0. 0.]]
#> [0. 2. 1.]
#> ['ham', 'spam'] [1, 0]
# --8<-- [end:encoders]
