"""Each card of a page's quick reference runs when copied alone.

A reader copies one card, not the page: its Python code, pasted into a fresh interpreter in an
empty folder, must run and print what the card shows. A page that prefers one shared set-up shows
it once, as its first card `{ #glance-setup }`; every other card of that page then runs after it.
Each card runs in a fresh process, with deprecation and future warnings as errors, forked from one
that has imported the common libraries (cheatsheet/warm_start.py says why that is the same). The
French card runs too where its code is not the English one's (comments aside).
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from cheatsheet import run_cache
from cheatsheet.blocks import Block, executed, shown
from cheatsheet.glance import runnable_cards
from cheatsheet.project import ROOT, WARNINGS_AS_ERRORS
from cheatsheet.warm_start import run_fresh

SETUP = "glance-setup"


def params() -> list[object]:
    found = []
    for en in sorted((ROOT / "docs" / "en").glob("*.md")):
        if "{ #at-a-glance }" not in en.read_text(encoding="utf-8"):
            continue
        fr = ROOT / "docs" / "fr" / en.name
        english, french = runnable_cards(en), runnable_cards(fr)
        setups = {
            lang: [b for a, b in c if a == SETUP] for lang, c in (("en", english), ("fr", french))
        }
        for lang, page_cards in (("en", english), ("fr", french)):
            for index, (anchor, block) in enumerate(page_cards):
                if lang == "fr" and executed(block) == executed(english[index][1]):
                    continue  # the same code as the English card, comments aside
                setup = [] if anchor == SETUP else setups[lang]
                reads = pytest.mark.inputs(*run_cache.page_inputs(en, fr))  # the cards' code
                found.append(
                    pytest.param(block, setup, id=f"{lang}/{en.stem}#{anchor}", marks=reads)
                )
    return found


TIMEOUT = 300


def run_alone(
    code: str, key: str, folder: Path, record: pytest.RecordProperty
) -> tuple[int, str, str]:
    """Run code in a fresh interpreter in `folder`: (return code, stdout, stderr), or what a
    clean run with the same key printed (cheatsheet/run_cache.py: the code, the environment)."""
    if (cached := run_cache.load(key, 1)) is not None:
        record("cards:cached", 1)
        return 0, cached[0]["stdout"], ""
    record("cards:ran", 1)
    return run_fresh(code, folder, WARNINGS_AS_ERRORS, TIMEOUT)


@pytest.mark.parametrize(("card", "setup"), params())
def test_a_card_runs_alone_and_prints_what_it_shows(
    card: Block, setup: list[Block], tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    code = "".join(b.code for b in setup) + card.code
    key = run_cache.key("card", " ".join(WARNINGS_AS_ERRORS), code)
    returncode, stdout, stderr = run_alone(code, key, tmp_path, record_property)
    where = f"{card.where} (copied alone{' after the set-up card' if setup else ''})"
    assert returncode == 0, f"{where}: the card fails:\n{stderr[-2000:]}"
    expected = shown("".join(b.expected for b in setup) + card.expected)
    diff = "\n".join(
        difflib.unified_diff(
            expected.splitlines(), shown(stdout).splitlines(), "shown", "printed", lineterm=""
        )
    )
    assert shown(stdout) == expected, f"{where}: the output differs from the card:\n{diff}"
    run_cache.save(key, [{"stdout": stdout}])
