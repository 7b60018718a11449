from __future__ import annotations

from tests.git.conftest import Run, shown_output


def test_dvc_script_prints_what_the_page_shows(git_run: Run) -> None:
    assert git_run.stdout["dvc"] == shown_output("dvc")


def test_git_tracks_the_dvc_file_not_the_data(git_run: Run) -> None:
    tracked = git_run.git("ls-files").split()
    assert "data/raw.dvc" in tracked
    assert "data/raw/train.csv" not in tracked


def test_local_remote_holds_the_pushed_data(git_run: Run) -> None:
    stored = [p for p in (git_run.folder / "dvc-storage").rglob("*") if p.is_file()]
    assert len(stored) == 2  # the folder's manifest and the CSV file
