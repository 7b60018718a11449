"""Import a snippet module as a test would run the page: in a folder of its own."""

from __future__ import annotations

import importlib
import sys
import tempfile
from functools import cached_property
from pathlib import Path
from types import ModuleType

import pytest


def import_in(folder: Path, module: str) -> ModuleType:
    """Import `module` (freshly) with `folder` as the current folder: files it writes land there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        sys.modules.pop(module, None)
        return importlib.import_module(module)


class AtFirstUse:
    """A snippet module that a test module names at its top but imports at its first use.

    Each xdist worker collects every test module, while a section's tests all run on one worker
    (`pytest_xdist_make_scheduler`, tests/conftest.py): imported at collection, a costly
    section's snippets ran on both workers, before any test. Names that start with "_" are not
    looked up in the module: pytest asks every object it collects for some (`__test__`,
    `_pytestfixturefunction`). `in_a_folder`: imported with a new empty folder as the current
    one, for a module that writes files."""

    def __init__(self, name: str, *, in_a_folder: bool = False) -> None:
        self._name, self._in_a_folder = name, in_a_folder

    @cached_property
    def _module(self) -> ModuleType:
        if self._in_a_folder:
            return import_in(Path(tempfile.mkdtemp()), self._name)
        return importlib.import_module(self._name)

    def __getattr__(self, attr: str) -> object:
        if attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self._module, attr)
