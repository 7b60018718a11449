"""The run cache (cheatsheet/run_cache.py) never lets a stale result pass: a page runs again when
anything its run depends on changes, and an entry that cannot be trusted is ignored."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cheatsheet import run_cache
from cheatsheet.project import ROOT

# What these tests read: the key code (cheatsheet/), which pages include which snippet (docs/),
# the snippet they edit, the locks. Editing another snippet cannot change what they prove.
pytestmark = pytest.mark.inputs(
    "cheatsheet/*.py",
    "docs/**/*",
    "snippets/numpy/glance.py",
    "mkdocs*.yml",
    "pyproject.toml",
    "requirements/*",
)

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


def test_a_test_marked_inputs_keeps_its_pass_while_the_files_it_reads_do_not_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_cache, "ROOT", tmp_path)
    (tmp_path / "requirements").mkdir()
    lock, other = tmp_path / "requirements" / "cpu.lock", tmp_path / "page.md"
    module = tmp_path / "tests" / "test_x.py"
    module.parent.mkdir()
    for path in (lock, other, module):
        path.write_text("v1\n", encoding="utf-8")
    key = run_cache.scoped_key(("requirements/*.lock",), "tests/test_x.py")
    other.write_text("v2\n", encoding="utf-8")  # a file it does not read
    assert run_cache.scoped_key(("requirements/*.lock",), "tests/test_x.py") == key
    for changed in (lock, module):  # a file it reads, or the test itself
        changed.write_text("v2\n", encoding="utf-8")
        assert run_cache.scoped_key(("requirements/*.lock",), "tests/test_x.py") != key
        changed.write_text("v1\n", encoding="utf-8")
    (tmp_path / "requirements" / "gpu.lock").write_text("new\n", encoding="utf-8")
    assert run_cache.scoped_key(("requirements/*.lock",), "tests/test_x.py") != key
    monkeypatch.setenv("CHEATSHEET_GPU", "1")
    (tmp_path / "requirements" / "gpu.lock").unlink()
    assert run_cache.scoped_key(("requirements/*.lock",), "tests/test_x.py") != key
    with pytest.raises(ValueError, match=r"tests/test_x.py: inputs\('requirement/\*'\) matches no"):
        run_cache.scoped_key(("requirement/*",), "tests/test_x.py")  # a misspelt glob


def test_a_corrupted_scoped_passes_file_is_ignored_then_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_cache, "SCOPED", tmp_path / "scoped.json")
    test, key = "tests/test_x.py::test_y", run_cache.key("scoped", "files")
    (tmp_path / "scoped.json").write_text('{"format": 1, "passes": {"tests/te', encoding="utf-8")
    with pytest.warns(run_cache.IgnoredEntry, match="unreadable .*cut short"):
        assert run_cache.scoped_passes() == {}
    (tmp_path / "scoped.json").write_text('{"format": 0, "passes": {}}', encoding="utf-8")
    with pytest.warns(run_cache.IgnoredEntry, match="older version"):
        run_cache.keep_scoped_passes({test: key})
    assert run_cache.scoped_passes() == {test: key}
    assert [p.name for p in tmp_path.iterdir()] == ["scoped.json"]  # no partial file left


def test_a_browser_check_runs_again_on_the_pages_whose_html_changed_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two builds of the same site, in other folders and served at other addresses, give the same
    keys; an edited page changes its own key, an edited asset or checking code every key."""
    monkeypatch.setattr(run_cache, "CHECKED", tmp_path / "checked")
    code = tmp_path / "test_check.py"
    code.write_text("check = 1\n", encoding="utf-8")
    sites = {}
    for name, port in (("one", 8001), ("two", 8002)):
        site = tmp_path / name
        for page in ("numpy/index.html", "en/numpy/index.html", "404.html"):
            (site / page).parent.mkdir(parents=True, exist_ok=True)
            (site / page).write_text(f"<a href='http://127.0.0.1:{port}/{page}'>\n", "utf-8")
        (site / "assets").mkdir()
        (site / "assets/site.css").write_text("a {}\n", encoding="utf-8")
        sites[name] = site, f"http://127.0.0.1:{port}/"

    def unchanged(name: str) -> dict[str, bool]:
        site, base = sites[name]
        pages = run_cache.CheckedPages("check", site, base, run_cache.site_key(site, [code]))
        seen = {path: pages.unchanged(path) for path in ("numpy/", "en/numpy/", "404.html")}
        pages.keep()
        return seen

    assert unchanged("one") == {"numpy/": False, "en/numpy/": False, "404.html": False}
    assert unchanged("two") == {"numpy/": True, "en/numpy/": True, "404.html": True}
    (sites["two"][0] / "numpy/index.html").write_text("<p>edited</p>\n", encoding="utf-8")
    assert unchanged("two") == {"numpy/": False, "en/numpy/": True, "404.html": True}
    code.write_text("check = 2\n", encoding="utf-8")
    assert not any(unchanged("two").values())
    (sites["two"][0] / "assets/site.css").write_text("p {}\n", encoding="utf-8")
    assert not any(unchanged("two").values())
    (tmp_path / "checked" / "check.json").write_text('{"format": 1, "pa', encoding="utf-8")
    with pytest.warns(run_cache.IgnoredEntry, match="unreadable"):
        assert not any(unchanged("two").values())
    assert unchanged("two") == {"numpy/": True, "en/numpy/": True, "404.html": True}


def test_a_print_page_checks_again_only_the_sections_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every section when the page around them changed, or one was added or taken out."""
    monkeypatch.setattr(run_cache, "CHECKED", tmp_path / "checked")
    page, part = tmp_path / "print" / "index.html", re.compile(rb"<section>.*?</section>", re.S)
    page.parent.mkdir()

    def write(*sections: str, title: str = "Print") -> None:
        body = "".join(f"<section>{s}</section>" for s in sections)
        page.write_text(f"<h1>{title}</h1>{body}", encoding="utf-8")

    def changed() -> tuple[list[int], int] | None:
        pages = run_cache.CheckedPages("check", tmp_path, "http://127.0.0.1:8001/", "shared")
        found = pages.changed_parts("print/", part)
        pages.keep()
        return found

    write("a", "b", "c")
    assert changed() == ([0, 1, 2], 3)
    assert changed() is None
    write("a", "B", "c")
    assert changed() == ([1], 3)
    write("a", "B", "c", title="Printed")
    assert changed() == ([0, 1, 2], 3)
    write("a", "B")
    assert changed() == ([0, 1], 2)


def test_a_one_language_check_runs_again_when_a_file_of_its_language_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fr: every file of the site but en/; en: en/. `also` (the sources it reads) counts too."""
    monkeypatch.setattr(run_cache, "CHECKED", tmp_path / "checked")
    site = tmp_path / "site"
    for name in ("numpy/index.html", "search/search_index.json", "en/numpy/index.html"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(f"{name} at http://127.0.0.1:8001/\n", encoding="utf-8")

    def unchanged(base: str = "http://127.0.0.1:8001/", also: str = "") -> dict[str, bool]:
        pages = run_cache.CheckedPages("check", site, base, "shared")
        seen = {lang: pages.unchanged_language(lang, also) for lang in ("fr", "en")}
        pages.keep()
        return seen

    assert unchanged() == {"fr": False, "en": False}
    assert unchanged() == {"fr": True, "en": True}
    (site / "en/numpy/index.html").write_text("edited\n", encoding="utf-8")
    assert unchanged() == {"fr": True, "en": False}
    (site / "search/search_index.json").write_text("edited\n", encoding="utf-8")
    assert unchanged() == {"fr": False, "en": True}
    assert unchanged(also="docs changed") == {"fr": False, "en": False}


def test_a_tools_version_ignores_what_it_writes_beside_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debian's chromium script writes the free room of /dev/shm to stderr: not part of the key."""
    noisy = "import random, sys; print('tool 1.0'); print(random.random(), file=sys.stderr)"
    monkeypatch.setattr(run_cache, "TOOLS", ([sys.executable, "-c", noisy],))
    run_cache._tool_versions.cache_clear()
    first = run_cache._tool_versions()
    run_cache._tool_versions.cache_clear()
    assert run_cache._tool_versions() == first
    assert first[0] == "tool 1.0"
    run_cache._tool_versions.cache_clear()  # the real tools again, for the next test
