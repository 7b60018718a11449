"""Import a snippet module as a test would run the page: in a folder of its own."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest


def import_in(folder: Path, module: str) -> ModuleType:
    """Import `module` (freshly) with `folder` as the current folder: files it writes land there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        sys.modules.pop(module, None)
        return importlib.import_module(module)
