from __future__ import annotations

import subprocess

from tests.git.conftest import Run, shown_output


def test_gitignore_script_prints_what_the_page_shows(git_run: Run) -> None:
    assert git_run.stdout["gitignore"] == shown_output("gitignore")


def test_gitignore_never_ignores_what_lfs_tracks(git_run: Run) -> None:
    attributes = (git_run.folder / "ml-project" / ".gitattributes").read_text()
    patterns = [line.split()[0] for line in attributes.splitlines()]
    assert patterns == ["*.pt", "*.safetensors", "*.onnx"]
    for pattern in patterns:
        path = "models/" + pattern.replace("*", "model")
        ignored = subprocess.run(
            ["git", "check-ignore", "-q", "--no-index", path],
            cwd=git_run.folder / "ml-project",
            check=False,
        )
        assert ignored.returncode == 1, f"{path} is ignored but LFS tracks {pattern}"


def test_training_outputs_and_secrets_stay_out_of_git(git_run: Run) -> None:
    tracked = git_run.git("ls-files").split()
    assert ".env" not in tracked
    assert not [path for path in tracked if path.startswith(("checkpoints/", "runs/"))]


def test_env_files_are_ignored_but_the_env_template_is_not(git_run: Run) -> None:
    def ignored(path: str) -> bool:
        done = subprocess.run(
            ["git", "check-ignore", "-q", "--no-index", path],
            cwd=git_run.folder / "ml-project",
            check=False,
        )
        return done.returncode == 0

    assert ignored(".env") and ignored(".env.local") and ignored(".env.production")
    assert not ignored(".env.example")
    assert ".env.example" in git_run.git("ls-files").split()
