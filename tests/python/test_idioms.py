import copy
from types import ModuleType

import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def idioms(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_in(tmp_path_factory.mktemp("idioms"), "snippets.python.idioms")


def test_setdefault_groups_and_get_gives_a_default(idioms: ModuleType) -> None:
    assert idioms.by_size == {3: ["cat", "dog", "cat"], 4: ["bird"]}
    assert idioms.by_size.get(9, []) == []


def test_a_mutable_default_is_shared_between_calls(idioms: ModuleType) -> None:
    assert idioms.append_bad.__defaults__ == ([1, 2],)
    assert idioms.append(3) == [3] and idioms.append(4, [1]) == [1, 4]


def test_args_collects_a_tuple_and_kwargs_a_dict(
    idioms: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    idioms.log_call(*idioms.sizes, **{"lr": 0.1})
    assert capsys.readouterr().out == "(3, 4) {'lr': 0.1}\n"


def test_copy_shares_the_inner_list_and_deepcopy_does_not(idioms: ModuleType) -> None:
    assert idioms.shallow["layers"] is idioms.config["layers"]
    assert idioms.deep["layers"] is not idioms.config["layers"]
    assert copy.deepcopy(idioms.config) == idioms.config


def test_sort_returns_none_and_sorted_a_new_list(idioms: ModuleType) -> None:
    assert idioms.ranked is None and idioms.scores == [0.4, 0.7, 0.9]
    with pytest.raises(TypeError, match="'NoneType' object is not subscriptable"):
        idioms.ranked[0]
