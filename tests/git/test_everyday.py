"""Everyday Git (snippets/git/everyday.sh), run alone in a folder of its own: it never touches
the ml-project repository that the other scripts share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from tests.git.conftest import SCRIPTS, Run, shown_output


@pytest.fixture(scope="module")
def everyday(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("everyday-git")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", str(SCRIPTS / "everyday.sh")],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"snippets/git/everyday.sh failed:\n{done.stderr}"
    stdout = "".join(line.rstrip() + "\n" for line in done.stdout.splitlines())
    return Run(folder, {"everyday": stdout})


def test_everyday_script_prints_what_the_page_shows(everyday: Run) -> None:
    assert everyday.stdout["everyday"] == shown_output("everyday")


def test_untracked_file_stays_on_disk_but_leaves_the_index(everyday: Run) -> None:
    assert (everyday.folder / "alice" / ".env").is_file()
    assert ".env" not in everyday.git("ls-files", repo="alice").split()
    # still in the history: a secret committed once must be changed
    assert ".env" in everyday.git("log", "--all", "--name-only", "--format=", repo="alice").split()


def test_revert_adds_a_commit_that_undoes_the_last_one(everyday: Run) -> None:
    subjects = everyday.git("log", "--format=%s", repo="alice").splitlines()
    assert "WIP" not in subjects  # reset --soft removed it
    assert 'Revert "Add the training script"' in subjects
    assert not (everyday.folder / "alice" / "train.py").exists()


def test_merge_keeps_the_resolved_value_and_both_parents(everyday: Run) -> None:
    config = (everyday.folder / "alice" / "config.py").read_text()
    assert config == "lr = 0.01\n"
    merge = everyday.git("log", "--merges", "--format=%s %p", repo="alice").splitlines()
    assert merge[-1].startswith("Merge branch 'exp/lr' ")
    assert len(merge[-1].split()[-2:]) == 2


def test_after_pull_and_push_both_clones_share_the_remote_history(everyday: Run) -> None:
    remote = everyday.git("rev-parse", "main", repo="team.git")
    assert everyday.git("rev-parse", "HEAD", repo="alice") == remote
    everyday.git("pull", "-q", repo="bob")
    assert everyday.git("rev-parse", "HEAD", repo="bob") == remote


def test_cleared_notebook_has_no_outputs_and_a_text_twin(everyday: Run) -> None:
    nb = nbformat.read(everyday.folder / "alice" / "explore.ipynb", as_version=4)
    assert nb.cells[0].outputs == [] and nb.cells[0].execution_count is None
    assert (everyday.folder / "alice" / "explore.py").read_text().endswith("print(1 + 1)\n")
