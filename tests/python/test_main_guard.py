import runpy
import subprocess
import sys
from pathlib import Path

import pytest

SNIPPET = Path(__file__).resolve().parents[2] / "snippets" / "python" / "main_guard.py"


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("main_guard")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        return runpy.run_path(str(SNIPPET))


def test_main_block_runs_as_a_script_only(ran: dict) -> None:
    assert ran["as_script"].stdout.splitlines()[-1] == "main code runs"
    assert ran["as_import"].stdout.splitlines() == ["tool loaded, __name__ = tool"]


def test_spawn_without_the_guard_fails_while_bootstrapping(ran: dict) -> None:
    assert ran["run"].returncode == 0  # the last script run is the guarded one
    assert "worker runs" in ran["run"].stdout and "exit code 0" in ran["run"].stdout


def test_spawn_error_message_is_the_one_people_search(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import multiprocessing as mp\n"
        "def work():\n    pass\n"
        "p = mp.get_context('spawn').Process(target=work)\np.start()\np.join()\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert (
        "RuntimeError: \n        An attempt has been made to start a new process before the\n"
        "        current process has finished its bootstrapping phase." in done.stderr
    )
