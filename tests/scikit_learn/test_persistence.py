from __future__ import annotations

import importlib
from types import ModuleType

import pytest


def snippet() -> ModuleType:
    return importlib.import_module("snippets.scikit_learn.persistence")


def test_skops_lists_and_refuses_untrusted_types() -> None:
    mod = snippet()
    assert mod.unknown == ["sklearn.tree._tree.Tree"]
    with pytest.raises(mod.UntrustedTypesFoundException):
        mod.sio.load(mod.folder / "forest.skops")
    assert (mod.loaded.predict(mod.X) == mod.model.predict(mod.X)).all()


def test_joblib_round_trip_and_files_stay_in_the_temporary_folder() -> None:
    mod = snippet()
    assert (mod.restored.predict(mod.X) == mod.model.predict(mod.X)).all()
    assert sorted(p.name for p in mod.folder.iterdir()) == ["forest.joblib", "forest.skops"]


def test_unpickling_runs_code(capsys: pytest.CaptureFixture[str]) -> None:
    mod = snippet()
    capsys.readouterr()  # what the snippet printed, if this test is the first to import it
    assert mod.result is None  # what print returned
    mod.pickle.loads(mod.data)
    assert capsys.readouterr().out == "this code ran while loading\n"
