"""Lint, run by `make test`: ruff, actionlint, shellcheck, YAML validity, locks up to date.

The tools come from the lock file into the same environment as pytest, so every machine runs the
same versions. `.pre-commit-config.yaml` runs the same checks on each commit (`make hooks`).
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
TOOLS = Path(sys.executable).parent  # the environment's bin/: ruff, actionlint, shellcheck
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
SHELL_SCRIPTS = [ROOT / ".ci" / "run"]
LOCKS = {"cpu": ROOT / "requirements" / "cpu.lock", "gpu": ROOT / "requirements" / "gpu.lock"}
TORCH_CPU = ROOT / "requirements" / "torch-cpu.txt"
NOT_SOURCE = {"site", "node_modules", "test-artifacts", "figures"}  # and every dot folder


def run(*command: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if not Path(command[0]).exists():
        pytest.fail(f"{command[0]} is missing: install the lock with `make install`", False)
    return subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def check(done: subprocess.CompletedProcess[str], fix: str = "") -> None:
    """Fail with the tool's own report (no pytest traceback) unless it exited 0."""
    if done.returncode != 0:
        command = " ".join([Path(done.args[0]).name, *done.args[1:]]).replace(f"{ROOT}/", "")
        pytest.fail(f"$ {command}\n{done.stdout}{done.stderr}{fix}".rstrip(), pytrace=False)


# --- Python: ruff ---


def test_ruff_finds_no_lint_error() -> None:
    done = run(TOOLS / "ruff", "check", "--output-format", "concise", ".")
    check(done, "Fix: `make format` (which runs `ruff check --fix`), or by hand.")


def test_ruff_format_would_change_nothing() -> None:
    # snippets/ is left out here (pyproject.toml) and checked by the next test
    check(run(TOOLS / "ruff", "format", "--check", "."), "Fix: `make format`.")


SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))
SPACED_OUTPUT = re.compile(r"^(\s*)# >( |$)", re.MULTILINE)


# Each snippet's check reads that snippet, ruff's settings and ruff (its version is in the lock).
FORMAT_CHECKS = [
    pytest.param(
        path,
        id=str(path.relative_to(ROOT / "snippets")),
        marks=pytest.mark.inputs(
            path.relative_to(ROOT).as_posix(), "pyproject.toml", "requirements/cpu.lock"
        ),
    )
    for path in SNIPPETS
]


@pytest.mark.parametrize("path", FORMAT_CHECKS)
def test_snippet_is_ruff_formatted_with_its_output_lines_kept(path: Path) -> None:
    """ruff format turns `#> 42` into `# > 42`; apart from that, snippets are ruff-formatted."""
    source = path.read_text(encoding="utf-8")
    done = run(TOOLS / "ruff", "format", "--stdin-filename", path, "-", stdin=source)
    check(done)
    formatted = SPACED_OUTPUT.sub(r"\1#>\2", done.stdout)
    if formatted != source:
        diff = difflib.unified_diff(
            source.splitlines(), formatted.splitlines(), "as written", "formatted", lineterm=""
        )
        where = path.relative_to(ROOT)
        pytest.fail(f"{where}: not formatted; fix: `make format`\n" + "\n".join(diff), False)


# --- Workflows and shell ---


def test_there_are_workflows_to_check() -> None:
    names = {path.stem for path in WORKFLOWS}
    assert {"tests", "docs", "gpu", "latest"} <= names, names


def test_workflows_pass_actionlint_and_shellcheck() -> None:
    done = run(
        TOOLS / "actionlint",
        "-no-color",
        "-config-file",
        ROOT / ".github" / "actionlint.yaml",
        "-shellcheck",
        TOOLS / "shellcheck",
        "-pyflakes=",
        *WORKFLOWS,
    )
    check(done)


def test_workflow_actions_are_pinned_to_a_version() -> None:
    unpinned = []
    for path in WORKFLOWS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if (m := re.search(r"\buses:\s*(\S+)", line)) and not re.search(
                r"@(v\d+\.\d+\.\d+|[0-9a-f]{40})$", m[1]
            ):
                unpinned.append(f"{path.relative_to(ROOT)}:{number}: {m[1]}")
    assert not unpinned, "pin each action to a full version (vX.Y.Z) or a commit:\n" + "\n".join(
        unpinned
    )


def test_workflow_jobs_declare_their_permissions() -> None:
    for path in WORKFLOWS:
        workflow = yaml.load(path.read_text(encoding="utf-8"), Loader=StrictLoader)
        assert workflow.get("permissions") == {}, f"{path.name}: start from `permissions: {{}}`"
        for name, job in workflow["jobs"].items():
            assert "permissions" in job, f"{path.name}: job {name} must list its permissions"


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_shell_scripts_pass_shellcheck(script: Path) -> None:
    check(run(TOOLS / "shellcheck", script))


# --- YAML ---


class StrictLoader(yaml.SafeLoader):
    """Safe YAML plus the tags MkDocs reads (`!ENV`, `!relative`, `!!python/name:`);
    a key given twice in one mapping is an error (PyYAML would keep the last silently)."""

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> dict[object, object]:
        if isinstance(node, yaml.MappingNode):
            seen: set[object] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        "in this mapping",
                        node.start_mark,
                        f"the key {key!r} appears twice",
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _tagged(loader: yaml.SafeLoader, *args: object) -> object:
    node = args[-1]
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    return loader.construct_scalar(node)


StrictLoader.add_constructor("!ENV", _tagged)
StrictLoader.add_constructor("!relative", _tagged)
StrictLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", _tagged)


def yaml_files() -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [
            name
            for name in subfolders
            if name not in NOT_SOURCE and (not name.startswith(".") or name == ".github")
        ]
        found += [Path(folder, name) for name in files if name.endswith((".yml", ".yaml"))]
    return sorted(found)


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_yaml_file_is_valid(path: Path) -> None:
    try:
        documents = list(yaml.load_all(path.read_text(encoding="utf-8"), Loader=StrictLoader))
    except yaml.YAMLError as error:
        pytest.fail(f"{path.relative_to(ROOT)}: {error}", pytrace=False)
    assert documents, f"{path.relative_to(ROOT)} is empty"


def test_strict_yaml_loader_rejects_a_key_given_twice() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="appears twice"):
        yaml.load("a: 1\nb: 2\na: 3\n", Loader=StrictLoader)


def test_strict_yaml_loader_reads_mkdocs_tags() -> None:
    text = 'site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]\nx: !!python/name:a.b\n'
    assert yaml.load(text, Loader=StrictLoader) == {
        "site_url": ["SITE_URL", "http://127.0.0.1:8000/"],
        "x": "",
    }


# --- Locks ---

ENTRY = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s\\;]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def site_pins(groups: tuple[str, ...] = ("site",)) -> dict[str, str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for requirement in (r for group in groups for r in pyproject["dependency-groups"][group]):
        name, sep, version = requirement.partition("==")
        assert sep and re.fullmatch(r"[\w.+-]+", version), f"pin exactly: {requirement!r}"
        pins[canonical(name)] = version
    return pins


def read_lock(path: Path) -> tuple[dict[str, str], set[str]]:
    """The lock's versions, and the names it lists as coming from pyproject's site or gpu group."""
    versions, direct, current = {}, set(), ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := ENTRY.match(line):
            current = canonical(m["name"])
            versions[current] = m["version"]
        elif current and re.search(r"\(pyproject\.toml:(site|gpu)\)", line):
            direct.add(current)
    return versions, direct


@pytest.mark.parametrize("kind", LOCKS)
def test_lock_matches_the_pins_of_pyproject(kind: str) -> None:
    path = LOCKS[kind]
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing: run `make lock`"
    text = path.read_text(encoding="utf-8")
    assert "make lock" in text.splitlines()[1], f"{path.name}: generate it with `make lock`"
    assert "--hash=sha256:" in text, f"{path.name}: the lock must carry hashes"
    versions, direct = read_lock(path)
    pins = site_pins(("site", "gpu") if kind == "gpu" else ("site",))  # gpu: GPU blocks only
    if kind == "cpu":  # torch's CPU build is pinned beside the lock (see the Makefile)
        torch = TORCH_CPU.read_text(encoding="utf-8").splitlines()[-1]
        assert torch == f"torch=={pins.pop('torch')}+cpu", f"{TORCH_CPU.name}: run `make lock`"
    stale = {
        name: (version, versions.get(name))
        for name, version in pins.items()
        if versions.get(name) != version
    }
    assert not stale, f"{path.name} is out of date (pin, lock): {stale}. Run `make lock`."
    assert direct == set(pins), (
        f"{path.name} lists other direct dependencies than pyproject.toml's groups: "
        f"{sorted(direct ^ set(pins))}. Run `make lock`."
    )


def lock_pins(path: Path, python: str) -> list[str]:
    """The `name==version` lines of a universal lock that apply on Linux x86-64 and `python`."""
    from packaging.markers import Marker

    env = {"python_version": python, "python_full_version": f"{python}.5"}
    env |= {"sys_platform": "linux", "platform_machine": "x86_64", "platform_system": "Linux"}
    pins = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := ENTRY.match(line):
            marker = line.partition(";")[2].rstrip("\\ ").strip()
            if not marker or Marker(marker).evaluate(env):
                pins.append(f"{m['name']}=={m['version']}")
    return pins


# Each supported Python, and a current x86-64 Linux: glibc 2.28+, so any manylinux wheel up to
# manylinux_2_28 (manylinux2014 included).
PYTHONS = ("3.11", "3.12", "3.13")
PLATFORM = "x86_64-manylinux_2_28"
# Pure-Python packages published as sdists only: uv builds them on any Python (`make install`).
SDIST_ONLY = {"antlr4-python3-runtime"}  # for dvc's hydra-core; last release 2022, no wheel
UV = Path(sys.executable).with_name("uv")  # the tools group's pin, installed by `make install`


def wheel_check(python: str, folder: Path) -> subprocess.Popen[str]:
    """Start uv on every pin of both locks for that Python, wheels only; it reads the index."""
    folder.mkdir()
    locked = {pin for lock in LOCKS.values() for pin in lock_pins(lock, python)}  # one uv run
    wanted = sorted(p for p in locked if canonical(p.split("==")[0]) not in SDIST_ONLY)
    (folder / "pins.txt").write_text("\n".join(wanted) + "\n", encoding="utf-8")
    return subprocess.Popen(
        [str(UV), "pip", "install", "--dry-run", "--no-deps", "--quiet", "--system-certs",
         "--target", str(folder / "t"), f"--python-version={python}.5",
         f"--python-platform={PLATFORM}", "--only-binary=:all:", "-r", str(folder / "pins.txt")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.network
@pytest.mark.inputs("requirements/*.lock")
def test_every_locked_package_has_a_wheel_for_each_supported_python(tmp_path: Path) -> None:
    """uv, which installs the locks (`make install`), finds a wheel of every pin of both locks
    for Python 3.11, 3.12 and 3.13 on x86-64 Linux.

    The three runs (a few seconds: uv reads the index, which `make install` has mostly cached)
    run at once. pip took 50 s and 38 s of CPU for the same check. A pass is kept for these
    exact locks (`inputs`), so that it runs again only when they change.
    Not checked here: torch's CPU build (requirements/torch-cpu.txt), served only by PyTorch's
    index, which this machine cannot reach; the tests workflow's Python matrix installs it.
    """
    assert UV.is_file(), f"{UV} is missing: run `make install`"
    runs = {python: wheel_check(python, tmp_path / python) for python in PYTHONS}
    problems = []
    for python, uv in runs.items():
        _, stderr = uv.communicate(timeout=600)
        if uv.returncode:
            missing = re.findall(r"Because (\S+) has no usable wheels", stderr)
            problems.append(f"Python {python}: {missing or stderr[-2000:]}")
    assert not problems, "requirements/*.lock: no wheel for " + "; ".join(problems)


def test_gpu_lock_has_the_cuda_build_of_torch() -> None:
    versions, _ = read_lock(LOCKS["gpu"])
    assert "+" not in versions["torch"], "the GPU lock takes torch from PyPI (its CUDA build)"
    assert any(name.startswith("nvidia-") for name in versions), "no CUDA libraries in gpu.lock"
