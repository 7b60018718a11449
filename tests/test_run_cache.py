"""The run cache (cheatsheet/run_cache.py) never lets a stale result pass: a page runs again when
anything its run depends on changes, and an entry that cannot be trusted is ignored."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cheatsheet import run_cache
from cheatsheet.project import ROOT

# Print every page's key, as the page test computes it, for the copy of the project it runs in.
KEYS = """
import json
from cheatsheet.blocks import page_blocks
from cheatsheet.project import ROOT
from cheatsheet.run_cache import page_key
pages = sorted((ROOT / "docs").glob("*/*.md"))
print(json.dumps({p.relative_to(ROOT).as_posix(): page_key(page_blocks(p), False) for p in pages}))
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of what a page's key reads: pages, snippets, the code that expands them, locks."""
    root = tmp_path / "repo"
    for name in ("docs", "snippets", "cheatsheet", "requirements"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "mkdocs.en.yml", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    for name in ("overrides", "hooks.py"):  # the configuration names them
        (root / name).symlink_to(ROOT / name)
    return root


def page_keys(root: Path) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", KEYS], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {page for page, key in after.items() if before[page] != key}


def test_editing_a_snippet_line_runs_again_exactly_the_pages_that_include_it(
    project: Path,
) -> None:
    before = page_keys(project)
    snippet = project / "snippets" / "numpy" / "glance.py"
    lines = snippet.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("print("))
    lines.insert(at, "x_unused = 1\n")
    snippet.write_text("".join(lines), encoding="utf-8")
    including = {
        page.relative_to(project).as_posix()
        for page in (project / "docs").glob("*/*.md")
        if '"numpy/glance.py:' in page.read_text(encoding="utf-8")
    }
    assert including == {"docs/en/numpy.md", "docs/fr/numpy.md"}
    assert changed(before, page_keys(project)) == including


def test_editing_a_pages_prose_runs_nothing_again(project: Path) -> None:
    before = page_keys(project)
    page = project / "docs" / "en" / "numpy.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    assert changed(before, page_keys(project)) == set()


def test_changing_a_lock_runs_every_page_again(project: Path) -> None:
    before = page_keys(project)
    lock = project / "requirements" / "cpu.lock"
    lock.write_text(lock.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    after = page_keys(project)
    assert changed(before, after) == set(after)


def test_another_python_or_torch_build_runs_every_page_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_cache.environment.cache_clear()
    here = run_cache.key("page", "print(1)")
    monkeypatch.setattr(sys, "version", "3.13.1 (another Python)")
    run_cache.environment.cache_clear()
    assert run_cache.key("page", "print(1)") != here
    monkeypatch.undo()
    monkeypatch.setattr(run_cache, "version", lambda package: "2.13.0+cu130")
    run_cache.environment.cache_clear()
    assert run_cache.key("page", "print(1)") != here
    run_cache.environment.cache_clear()


def test_a_corrupted_foreign_or_misshapen_entry_is_ignored_then_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_cache, "CACHE", tmp_path)
    key = run_cache.key("page", "print(1)")
    assert run_cache.load(key, 1) is None  # nothing yet
    run_cache.save(key, [{"stdout": "1\n"}])
    assert run_cache.load(key, 1) == [{"stdout": "1\n"}]
    with pytest.warns(run_cache.IgnoredEntry, match="not the blocks that run now; ignored"):
        assert run_cache.load(key, 2) is None
    entry = tmp_path / f"{key}.json"
    entry.write_text('{"key": "' + key + '", "results": [{"stdout": "1', encoding="utf-8")
    with pytest.warns(run_cache.IgnoredEntry, match=f"{entry}: unreadable .*cut short"):
        assert run_cache.load(key, 1) is None
    entry.write_text(json.dumps({"key": "0" * 64, "results": [{"stdout": "2\n"}]}))
    with pytest.warns(run_cache.IgnoredEntry, match="another run's entry"):
        assert run_cache.load(key, 1) is None
    entry.write_bytes(b"\xff\xfe not json")
    with pytest.warns(run_cache.IgnoredEntry, match="unreadable"):
        assert run_cache.load(key, 1) is None
    run_cache.save(key, [{"stdout": "1\n"}])
    assert run_cache.load(key, 1) == [{"stdout": "1\n"}]
    assert [p.name for p in tmp_path.iterdir()] == [entry.name]  # no partial file left


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run_cache, "CACHE", tmp_path)
    key = run_cache.key("card", "print(1)")
    run_cache.save(key, [{"stdout": "1\n"}])
    monkeypatch.setenv("CHEATSHEET_RUN_CACHE", "0")
    assert run_cache.load(key, 1) is None


def test_a_pass_holds_for_exactly_the_state_of_the_project_it_ran_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any file git sees (tracked, or new and not ignored) or a CHEATSHEET_ switch changes the
    state, and with it every test runs again; an ignored file (.cache/) does not."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text(".cache/\n", encoding="utf-8")
    page = tmp_path / "docs" / "page.md"
    page.parent.mkdir()
    page.write_text("# Page\n", encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True)
    monkeypatch.setattr(run_cache, "ROOT", tmp_path)
    monkeypatch.setattr(run_cache, "PASSES", tmp_path / ".cache" / "passes")
    state = run_cache.project_state()
    run_cache.keep_passes(state, {"tests/test_page.py::test_it"})
    assert run_cache.passed_before(state) == {"tests/test_page.py::test_it"}

    page.write_text("# Page, edited\n", encoding="utf-8")
    assert run_cache.project_state() != state
    page.write_text("# Page\n", encoding="utf-8")
    assert run_cache.project_state() == state
    (tmp_path / "new.py").write_text("x = 1\n", encoding="utf-8")
    assert run_cache.project_state() != state
    (tmp_path / "new.py").unlink()
    (tmp_path / ".cache" / "anything").write_text("ignored\n", encoding="utf-8")
    assert run_cache.project_state() == state
    monkeypatch.setenv("CHEATSHEET_GPU", "1")
    assert run_cache.project_state() != state


def test_a_corrupted_or_foreign_passes_file_is_ignored_then_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_cache, "PASSES", tmp_path)
    state, test = run_cache.key("passes", "a state"), "tests/test_x.py::test_y"
    entry = tmp_path / f"{state}.json"
    entry.write_text('{"key": "' + state + '", "passed": ["tests/te', encoding="utf-8")
    with pytest.warns(run_cache.IgnoredEntry, match="unreadable .*cut short"):
        assert run_cache.passed_before(state) == set()  # every test runs
    entry.write_text(json.dumps({"key": "0" * 64, "passed": [test]}), encoding="utf-8")
    with pytest.warns(run_cache.IgnoredEntry, match="another state of the project"):
        assert run_cache.passed_before(state) == set()
    with pytest.warns(run_cache.IgnoredEntry):  # the foreign passes are replaced, not merged
        run_cache.keep_passes(state, {test})
    assert run_cache.passed_before(state) == {test}
    assert [p.name for p in tmp_path.iterdir()] == [entry.name]  # no partial file left
    monkeypatch.setenv("CHEATSHEET_RUN_CACHE", "0")
    assert run_cache.passed_before(state) == set()
