from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.imports import import_in


@pytest.fixture(scope="module")
def excel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ModuleType]:
    """Import the snippet in a folder of its own: it writes its workbooks there."""
    folder = tmp_path_factory.mktemp("excel")
    return folder, import_in(folder, "snippets.pandas.excel")


def test_excel_round_trip_gives_the_same_table(excel: tuple[Path, ModuleType]) -> None:
    folder, module = excel
    assert (folder / "people.xlsx").is_file()
    assert module.back.equals(module.people)


def test_sheet_name_none_reads_every_sheet_into_a_dict(excel: tuple[Path, ModuleType]) -> None:
    _, module = excel
    assert list(module.sheets) == ["people", "by_city"]
    assert {name: frame.shape for name, frame in module.sheets.items()} == {
        "people": (4, 3),
        "by_city": (3, 2),
    }
    assert module.by_city["score"].to_dict() == {"Lyon": 10.5, "Nice": 15.0, "Paris": 15.0}
