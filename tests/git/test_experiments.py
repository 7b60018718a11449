from __future__ import annotations

from tests.git.conftest import Run, shown_output


def test_experiments_script_prints_what_the_page_shows(git_run: Run) -> None:
    assert git_run.stdout["experiments"] == shown_output("experiments")


def test_tag_reached_the_remote(git_run: Run) -> None:
    assert git_run.git("tag", "--list", repo="remote.git").split() == ["model-v1.0"]


def test_rebase_melds_three_commits_into_one(git_run: Run) -> None:
    subjects = git_run.git("log", "--format=%s", "main..exp/threshold").splitlines()
    assert subjects == ["Try lr=0.01", "Threshold rule - accuracy 0.75"]


def test_stash_is_empty_after_pop(git_run: Run) -> None:
    assert git_run.git("stash", "list") == ""
