"""The Git cards are tables of commands: each command they name is one the tested scripts run."""

from __future__ import annotations

import re

import pytest

from cheatsheet.project import LANGS, ROOT

SCRIPTS = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "snippets" / "git").glob("*.sh"))
FIRST_CELL = re.compile(r"^\| `([^`]+)` \|", re.M)
WORD = re.compile(r"[a-z][a-z-]*")


def glance(lang: str) -> str:
    text = (ROOT / "docs" / lang / "git.md").read_text(encoding="utf-8")
    return text.split('<div class="glance" markdown>', 1)[1].split("\n</div>\n\n</div>\n", 1)[0]


def command_words(command: str) -> str:
    """`GIT_LFS_SKIP_SMUDGE=1 git lfs pull --include=…` -> `git lfs pull`: the program and its
    subcommands, up to the first option or argument."""
    words = [w for w in command.split() if "=" not in w or w.startswith("-")]
    lead = []
    for word in words:
        if not WORD.fullmatch(word):
            break
        lead.append(word)
    return " ".join(lead)


@pytest.mark.parametrize("lang", LANGS)
def test_every_command_of_a_card_is_run_by_the_git_scripts(lang: str) -> None:
    cells = FIRST_CELL.findall(glance(lang))
    assert len(cells) >= 20, f"docs/{lang}/git.md: the cards name {len(cells)} commands"
    missing = []
    for cell in cells:
        if " " not in cell:  # a .gitignore pattern: it must be in the written .gitignore
            if not re.search(rf"^{re.escape(cell)}$", SCRIPTS, re.M):
                missing.append(cell)
            continue
        words = command_words(cell)
        in_order = r"\b" + r"\b.*\b".join(words.split()) + r"\b"  # on one line, options between
        if len(words.split()) < 2 or not re.search(in_order, SCRIPTS):
            missing.append(f"{cell} ({words!r})")
    assert not missing, f"docs/{lang}/git.md: no script in snippets/git runs {missing}"


def test_both_languages_show_the_same_commands() -> None:
    fr, en = (FIRST_CELL.findall(glance(lang)) for lang in ("fr", "en"))
    assert fr == en
