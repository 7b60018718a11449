from __future__ import annotations

import numpy as np
import pytest
from sklearn.model_selection import GroupKFold, TimeSeriesSplit

from snippets.scikit_learn import splitters


def test_no_group_is_in_both_train_and_test() -> None:
    folds = list(GroupKFold(n_splits=5).split(splitters.X, splitters.y, splitters.groups))
    for train, test in folds:
        assert not set(splitters.groups[train]) & set(splitters.groups[test])
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested.tolist()) == list(range(len(splitters.groups)))


def test_shuffled_kfold_flatters_a_model_that_memorises_groups() -> None:
    # one nearest neighbour finds another measure of the same patient: exact by construction
    assert splitters.shuffled.tolist() == [1.0] * 5
    # the labels are drawn per patient: on new patients, a coin toss
    assert splitters.grouped.mean() == pytest.approx(0.5, abs=1e-12)


def test_time_series_split_trains_only_on_the_past() -> None:
    for n_splits, gap in [(3, 0), (5, 2)]:
        for train, test in TimeSeriesSplit(n_splits=n_splits, gap=gap).split(np.arange(60)):
            assert train.max() + gap < test.min()
            assert train.tolist() == list(range(train.max() + 1))
    assert splitters.splits[-1][1].tolist() == list(range(84, 100))


def test_gap_and_test_size_on_the_page() -> None:
    folds = list(TimeSeriesSplit(n_splits=3, test_size=2, gap=1).split(splitters.days))
    assert [test.tolist() for _, test in folds] == [[6, 7], [8, 9], [10, 11]]
    assert [train.max() for train, _ in folds] == [4, 6, 8]
