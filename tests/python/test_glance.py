import dataclasses
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("glance")


@pytest.fixture(scope="module")
def glance(workdir: Path) -> Iterator[ModuleType]:
    """Import the cards in a scratch folder (the pathlib card writes files in the current one)
    and give the root logger back its handlers afterwards (the logging card forces its own)."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield import_in(workdir, "snippets.python.glance")
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_formatting_comprehensions_and_iteration(glance: ModuleType) -> None:
    x = glance.x
    assert f"{x:.3f}" == "3.142" and f"{x=:.2f}" == "x=3.14"
    assert glance.squares == [0, 4, 16] and glance.sizes == {"cat": 3, "horse": 5}
    assert glance.total == 14
    with pytest.raises(ValueError, match="shorter"):
        list(zip(glance.names, glance.scores[:2], strict=True))


def test_dicts_and_sorting(glance: ModuleType) -> None:
    assert glance.Counter(glance.labels)["cat"] == 3
    assert glance.config == {"lr": 0.01, "epochs": 10}  # the right operand wins
    assert glance.defaults["lr"] == 0.001  # | builds a new dict
    assert [name for name, _ in sorted(glance.runs, key=lambda run: run[1])] == ["a", "c", "b"]
    assert list(dict(sorted(glance.metrics.items(), key=lambda kv: kv[1]))) == ["b", "c", "a"]


def test_pathlib_card_writes_and_globs_in_the_current_folder(
    glance: ModuleType, workdir: Path
) -> None:
    folder = workdir / glance.out
    assert (folder / "metrics.txt").read_text(encoding="utf-8") == "acc=0.91\n"
    (folder / "notes.md").write_text("ok\n", encoding="utf-8")
    assert sorted(p.name for p in folder.glob("*.txt")) == ["metrics.txt"]


def test_context_manager_cleans_up_after_an_exception(
    glance: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(KeyError), glance.stage("fit"):
        raise KeyError("boom")
    assert capsys.readouterr().out == "end fit\n"


def test_dataclass_is_frozen_slotted_and_compares_by_value(glance: ModuleType) -> None:
    config = glance.Config(lr=0.01)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.lr = 0.1
    assert not hasattr(config, "__dict__")  # slots=True
    assert config == glance.Config(0.01, (64, 32))
    assert hash(config) == hash(glance.Config(lr=0.01))  # immutable fields: hashable
    assert isinstance(glance.Config().layers, tuple)


def test_functools_argparse_and_type_hints(glance: ModuleType) -> None:
    assert glance.fib(60) == 1548008755920 and glance.from_binary("1111") == 15
    # parse_args converts with type=float: 0.01 is the float parsed from "0.01", exactly
    assert vars(glance.args) == {"lr": 0.01, "verbose": True}
    assert glance.parser.parse_args([]).lr == 1e-3
    assert glance.mean([1.0, 2.0]) == 1.5 and glance.mean([]) is None


def test_logging_card_prints_level_name_and_message(
    glance: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter(logging.BASIC_FORMAT))
    glance.logger.addHandler(handler)
    glance.logger.propagate = False  # only this handler, writing to the captured stdout
    try:
        glance.logger.info("epoch %d loss %.3f", 2, 0.25)
        glance.logger.debug("hidden")
    finally:
        glance.logger.removeHandler(handler)
        glance.logger.propagate = True
    assert capsys.readouterr().out == "INFO:train:epoch 2 loss 0.250\n"
