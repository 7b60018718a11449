from __future__ import annotations

from tests.git.conftest import Run, shown_output


def test_lfs_script_prints_what_the_page_shows(git_run: Run) -> None:
    assert git_run.stdout["lfs"] == shown_output("lfs")


def test_history_holds_a_pointer_not_the_weights(git_run: Run) -> None:
    pointer = git_run.git("show", "HEAD:models/classifier.pt")
    assert pointer.startswith("version https://git-lfs.github.com/spec/v1\noid sha256:")
    assert "size 2000000" in pointer


def test_clone_gets_the_weights_after_lfs_pull(git_run: Run) -> None:
    weights = git_run.folder / "copy" / "models" / "classifier.pt"
    assert weights.stat().st_size == 2_000_000
    assert set(weights.read_bytes()) == {0}
