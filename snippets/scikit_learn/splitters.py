# --8<-- [start:group-kfold]
import numpy as np
from sklearn.model_selection import GroupKFold, KFold, TimeSeriesSplit, cross_val_score
from sklearn.neighbors import KNeighborsClassifier

# fr: des patients mesurés plusieurs fois ; l'étiquette dépend du patient, pas des mesures
# en: patients measured several times; the label depends on the patient, not the measurements
rng = np.random.default_rng(0)
groups = np.repeat(np.arange(20), 5)
centres = rng.normal(scale=3.0, size=(20, 4))
X = centres[groups] + rng.normal(scale=0.3, size=(len(groups), 4))
y = rng.integers(0, 2, 20)[groups]
model = KNeighborsClassifier(n_neighbors=1)
shuffled = cross_val_score(model, X, y, cv=KFold(n_splits=5, shuffle=True, random_state=0))
grouped = cross_val_score(model, X, y, cv=GroupKFold(n_splits=5), groups=groups)
print(f"KFold {shuffled.mean():.2f}  GroupKFold {grouped.mean():.2f}")
#> KFold 1.00  GroupKFold 0.50
# --8<-- [end:group-kfold]

# --8<-- [start:group-check]
shared = [
    set(groups[train]) & set(groups[test])
    for train, test in GroupKFold(n_splits=5).split(X, y, groups)
]
print(shared)
#> [set(), set(), set(), set(), set()]
# --8<-- [end:group-check]

# --8<-- [start:time-series-split]
days = np.arange(12).reshape(-1, 1)
# fr: gap laisse un trou entre entraînement et test
# en: gap leaves a hole between training and test
for train, test in TimeSeriesSplit(n_splits=3, test_size=2, gap=1).split(days):
    print("train", train, "test", test)
#> train [0 1 2 3 4] test [6 7]
#> train [0 1 2 3 4 5 6] test [8 9]
#> train [0 1 2 3 4 5 6 7 8] test [10 11]
# --8<-- [end:time-series-split]

# --8<-- [start:time-check]
splits = list(TimeSeriesSplit(n_splits=5).split(np.arange(100)))
print(all(train.max() < test.min() for train, test in splits))
#> True
# --8<-- [end:time-check]
