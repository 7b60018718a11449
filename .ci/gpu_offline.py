"""The GPU blocks of the pages, the GPU checks and the GPU speed claims, on a GPU machine that
reaches no package index: `make test-gpu-offline` (python3 .ci/gpu_offline.py).

Such a machine has its own python3 with a CUDA build of torch and most of the stack, but not the
Jupyter kernel that runs the pages' blocks, and the MkDocs stack that reads the pages (about
50 MB of wheels with mini-racer's V8) is too heavy to carry. So, on a machine with the network:

  `make gpu-wheels` (`--prepare`) downloads WHEELS at the versions of requirements/gpu.lock into
  .whl/ (cp312, manylinux), and writes .whl/gpu-blocks.json: the blocks of each page that has a
  GPU block, as the reader sees them (cheatsheet.blocks.page_blocks), with a hash of each source;

then, on the GPU machine, with .whl carried along, this script:

  1. prints the versions it runs with, and what it will run;
  2. stops with one line if .whl lacks a wheel, if a page or snippet changed since
     `make gpu-wheels`, or if there is no CUDA device (the dry run: exit 1, nothing run);
  3. installs the wheels into a folder of its own (no index, no venv: the machine's torch);
  4. runs the GPU checks (pytest -m gpu, CHEATSHEET_GPU=1), then each page with a GPU block top
     to bottom in a fresh Jupyter kernel with cuda=True (cheatsheet.kernel, as tests/test_pages.py
     does), and reports each GPU block (page:line) as passed or failed;
  5. measures the GPU speed claims (benchmarks/gpu_claims.py -> benchmarks/results.json, copied
     to $OUT when it is set).

`--cpu` runs steps 3-5 on the CPU (the pages' CPU blocks, the claims' code on tiny sizes): a
check of the machinery, which measures nothing and leaves benchmarks/results.json as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WHEEL_DIR = Path(os.environ.get("GPU_WHEELS", ROOT / ".whl"))
BLOCKS_FILE = "gpu-blocks.json"
SITE = Path(tempfile.gettempdir()) / "cheatsheet-gpu-site"  # where the wheels are installed
# What the GPU machine's python3 lacks (/work/.library/device/KINDS.md, 2026-11-17): the stack
# that runs a page's blocks as notebook cells (nbclient, ipykernel), then what the GPU pages
# import beyond its torch, transformers, peft, tokenizers, onnx, pyarrow and the rest:
# datasets, torchao, fastapi and bitsandbytes, with their dependencies.
WHEELS = (
    "asttokens comm debugpy executing fastjsonschema ipykernel ipython ipython-pygments-lexers "
    "jedi jsonschema jsonschema-specifications jupyter-client jupyter-core matplotlib-inline "
    "nbclient nbformat nest-asyncio2 parso pexpect platformdirs prompt-toolkit ptyprocess "
    "pure-eval pyzmq referencing rpds-py stack-data tornado traitlets wcwidth "
    "datasets dill multiprocess torchao fastapi starlette pydantic pydantic-core annotated-types "
    "typing-inspection bitsandbytes"
).split()
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_27_x86_64", "manylinux_2_24_x86_64",
             "manylinux_2_17_x86_64", "manylinux2014_x86_64", "manylinux1_x86_64")  # fmt: skip
# bitsandbytes' wheel holds a library per CUDA and ROCm version (43 MB); the lent machines' torch
# is built for CUDA 13, so the carried wheel keeps the CUDA 13 and CPU libraries (about 3 MB).
SLIM = {"bitsandbytes": re.compile(r"libbitsandbytes_(?!cuda13|cpu\b)\w+\.so")}
CARRY_LIMIT_MIB = 64  # what travels to a lent machine: the working tree and the wheels
SOURCES = ("docs/**/*.md", "snippets/**/*", "cheatsheet/*.py", "mkdocs.yml", "mkdocs.en.yml")
FETCH = f"run `make gpu-wheels` (with the network), then carry {WHEEL_DIR.name}"
CHECKS = re.compile(r"pytest\.mark\.gpu\b")
NEWER_TORCH = re.compile(
    r"(?:AttributeError: module 'torch[\w.]*' has no attribute"
    r"|ImportError: cannot import name '\w+' from 'torch"
    r"|TypeError: .*got an unexpected keyword argument)"
)


class NotRunError(Exception):
    """A reason not to run, in one line that names the fix."""


REPORT: list[str] = []  # what `say` printed, written to $OUT/gpu-offline.txt at the end


def say(line: str = "") -> None:
    print(line, flush=True)
    REPORT.append(line)


def lock_pins(names: list[str]) -> dict[str, str]:
    """Return `name==version` for each name, from requirements/gpu.lock."""
    text = (ROOT / "requirements" / "gpu.lock").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^\s;]+)", text, re.M))
    return {name: f"{name}=={pins[name]}" for name in names}


def wheel_name(path: Path) -> str:
    """The distribution a wheel holds, normalized: `nest_asyncio2-1.7.4-...` -> nest-asyncio2."""
    return path.name.split("-")[0].lower().replace("_", "-")


def source_hashes() -> dict[str, str]:
    """sha256 of each file a page's blocks are made from."""
    files = {p for pattern in SOURCES for p in ROOT.glob(pattern) if p.is_file()}
    return {
        p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(files)
        if "__pycache__" not in p.parts
    }


def download_wheels() -> None:
    """Download WHEELS, at the versions of requirements/gpu.lock, into WHEEL_DIR (cp312)."""
    WHEEL_DIR.mkdir(exist_ok=True)
    pins = lock_pins(WHEELS)
    for wheel in WHEEL_DIR.glob("*.whl"):  # keep one version of each: two stop the install
        if pins.get(wheel_name(wheel)) != f"{wheel_name(wheel)}=={wheel.name.split('-')[1]}":
            wheel.unlink()
    platforms = [f"--platform={p}" for p in PLATFORMS]
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--python-version=3.12", "--implementation=cp", *platforms, "-d", str(WHEEL_DIR),
         *pins.values()],
        check=True,
    )  # fmt: skip
    for wheel in WHEEL_DIR.glob("*.whl"):
        if wheel_name(wheel) in SLIM:
            slim(wheel, SLIM[wheel_name(wheel)])
    wheels = sorted(WHEEL_DIR.glob("*.whl"))
    size = sum(p.stat().st_size for p in wheels) / 2**20
    print(f"gpu-wheels: {len(wheels)} wheels in {WHEEL_DIR.name}/ ({size:.1f} MiB):")
    print("  " + " ".join(p.name.split("-py")[0].split("-cp")[0] for p in wheels))
    if size > CARRY_LIMIT_MIB / 2:
        sys.exit(f"gpu-wheels: {size:.1f} MiB of wheels: too much of the {CARRY_LIMIT_MIB} MiB")


def slim(wheel: Path, unused: re.Pattern[str]) -> None:
    """Rewrite `wheel` without the files whose names match `unused`, and their RECORD lines."""
    with zipfile.ZipFile(wheel) as source:
        dropped = [i for i in source.infolist() if unused.search(i.filename)]
        if not dropped:
            return  # slimmed already
        kept = [i for i in source.infolist() if i not in dropped]
        slimmed = wheel.with_suffix(".slim")
        with zipfile.ZipFile(slimmed, "w", zipfile.ZIP_DEFLATED) as target:
            for info in kept:
                data = source.read(info)
                if info.filename.endswith(".dist-info/RECORD"):
                    lines = data.decode().splitlines(keepends=True)
                    data = "".join(x for x in lines if not unused.search(x.split(",")[0])).encode()
                target.writestr(info, data)
    slimmed.replace(wheel)
    print(f"gpu-wheels: {wheel.name}: left out {len(dropped)} libraries for other GPUs")


def write_blocks() -> None:
    """Write the blocks of the pages that have a GPU block, as the reader sees them, and the
    hashes of their sources, into WHEEL_DIR/BLOCKS_FILE (page_blocks needs the MkDocs stack)."""
    from dataclasses import asdict

    from cheatsheet.blocks import page_blocks

    pages = {}
    for en in sorted((ROOT / "docs" / "en").glob("**/*.md")):
        fr = ROOT / "docs" / "fr" / en.relative_to(ROOT / "docs" / "en")
        blocks = {str(p.relative_to(ROOT)): page_blocks(p) for p in (en, fr)}
        if any(b.gpu for found in blocks.values() for b in found):
            pages |= {page: [asdict(b) for b in found] for page, found in blocks.items()}
    site = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["dependency-groups"]["site"]
    torch = next(r.removeprefix("torch==") for r in site if r.startswith("torch=="))
    plan = {"torch": torch, "sources": source_hashes(), "pages": pages}
    WHEEL_DIR.mkdir(exist_ok=True)
    (WHEEL_DIR / BLOCKS_FILE).write_text(json.dumps(plan, indent=1) + "\n", encoding="utf-8")
    count = sum(map(len, pages.values()))
    print(f"gpu-wheels: {count} blocks of {len(pages)} pages in {WHEEL_DIR.name}/{BLOCKS_FILE}")


def load_plan() -> dict[str, Any]:
    """Read the pages' blocks written by `make gpu-wheels`; NotRunError if missing or stale."""
    path = WHEEL_DIR / BLOCKS_FILE
    if not path.is_file():
        raise NotRunError(f"no {path.relative_to(ROOT)}: {FETCH}")
    plan = json.loads(path.read_text(encoding="utf-8"))
    then, now = plan["sources"], source_hashes()
    if changed := sorted(p for p in then.keys() | now.keys() if then.get(p) != now.get(p)):
        more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
        raise NotRunError(f"{changed[0]}{more} changed since `make gpu-wheels`: {FETCH}")
    return plan


def installed(name: str) -> bool:
    try:
        version(name)
    except PackageNotFoundError:
        return False
    return True


def missing_wheels() -> list[Path]:
    """The wheels of the WHEELS this Python lacks; NotRunError if the folder lacks one."""
    needed = sorted(name for name in WHEELS if not installed(name))
    found = {wheel_name(p): p for p in WHEEL_DIR.glob("*.whl")}
    if lacking := [name for name in needed if name not in found]:
        pins = lock_pins(lacking)
        raise NotRunError(f"{WHEEL_DIR.name}/ lacks {', '.join(pins.values())}: {FETCH}")
    return [found[name] for name in needed]


def install(wheels: list[Path]) -> None:
    """Install the wheels into SITE, without an index, and put SITE first on the import path."""
    if wheels:
        shutil.rmtree(SITE, ignore_errors=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps",
             "--no-compile", "--no-cache-dir", "--disable-pip-version-check", "--target",
             str(SITE), *map(str, wheels)],
            check=True,
        )  # fmt: skip
        sys.path.insert(0, str(SITE))
        os.environ["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(SITE), os.environ.get("PYTHONPATH")])
        )
    say(
        f"installed {len(wheels)} wheels from {WHEEL_DIR.name}/ into {SITE}"
        if wheels
        else "wheels: all installed already"
    )


def versions() -> tuple[str, bool]:
    """Return the versions line (python, torch, CUDA, driver, GPU) and whether CUDA works."""
    query = ["nvidia-smi", "--query-gpu=driver_version,name", "--format=csv,noheader"]
    try:
        smi = subprocess.run(query, capture_output=True, text=True, check=True, timeout=60).stdout
        driver, gpu = (s.strip() for s in smi.splitlines()[0].split(",", 1))
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        driver = gpu = "none"
    python = f"python {platform.python_version()}"
    try:
        import torch
    except ImportError:
        return f"{python}, torch: not installed, driver {driver}, GPU {gpu}", False
    cuda = torch.cuda.is_available()
    if cuda:
        gpu = torch.cuda.get_device_name(0)
    build = f"torch {torch.__version__}, CUDA {torch.version.cuda}"
    return f"{python}, {build}, driver {driver}, GPU {gpu}", cuda


def no_cuda() -> str:
    """Why there is no CUDA device, in one line (.ci/require_cuda.py's diagnosis)."""
    sys.path.insert(0, str(ROOT / ".ci"))
    from require_cuda import nvidia_smi

    try:
        import torch

        build = f"CUDA {torch.version.cuda}" if torch.version.cuda else "a CPU-only build"
        why = f"torch.cuda.is_available() is False (torch {torch.__version__}, {build})"
    except ImportError:
        why = "torch is not installed"
    return f"no CUDA device: {why}; {nvidia_smi()}. Nothing was run: it needs an NVIDIA GPU"


def check_files() -> list[str]:
    """The test files that hold GPU checks (`pytest.mark.gpu`)."""
    files = sorted(ROOT.glob("tests/**/test_*.py"))
    return [p.relative_to(ROOT).as_posix() for p in files if CHECKS.search(p.read_text("utf-8"))]


def claim_names() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gpu_claims import CLAIMS

    return list(CLAIMS)


def describe(plan: dict[str, Any]) -> None:
    """Say what will run: the checks, the pages and their GPU blocks, the claims."""
    say(f"GPU checks: pytest -m gpu {' '.join(check_files())}")
    lines: dict[str, list[str]] = {}
    for page, blocks in plan["pages"].items():
        _, lang, name = page.split("/", 2)
        gpu = " ".join(str(b["line"]) for b in blocks if b["gpu"])
        lines.setdefault(name, []).append(f"{lang} {gpu}")
    pages = ", ".join(f"{name} ({', '.join(at)})" for name, at in sorted(lines.items()))
    say(f"pages run top to bottom, with their GPU blocks at lines: {pages}")
    say(f"GPU speed claims -> benchmarks/results.json: {', '.join(claim_names())}")


def run_checks(cuda: bool) -> bool:
    env = os.environ | ({"CHEATSHEET_GPU": "1"} if cuda else {})
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-v",
        "-m",
        "gpu",
        "-p",
        "no:cacheprovider",
        *check_files(),
    ]
    say(f"$ {'CHEATSHEET_GPU=1 ' if cuda else ''}python -m pytest -v -m gpu ...")
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode == 0


def needs_newer_torch(error: str, plan: dict[str, Any]) -> str:
    if not NEWER_TORCH.search(error):
        return ""
    import torch

    return f" NEEDS TORCH > {torch.__version__.split('+')[0]} (pages checked with {plan['torch']})"


def run_page(name: str, plan: dict[str, Any], cuda: bool) -> tuple[list[str], bool]:
    """Run a page in both languages as tests/test_pages.py does; return report lines, success."""
    from cheatsheet.blocks import Block, run_alike, shown
    from cheatsheet.kernel import Outcome, run_blocks, runs

    blocks = {
        lang: [Block(**b) for b in plan["pages"][f"docs/{lang}/{name}"]] for lang in ("en", "fr")
    }
    outcomes: dict[str, list[Outcome]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "fr"):
            if lang == "fr" and run_alike(blocks["fr"], blocks["en"]):
                twin = dict(zip(map(id, blocks["en"]), blocks["fr"], strict=True))
                outcomes["fr"] = [
                    Outcome(twin[id(o.block)], o.stdout, o.error) for o in outcomes["en"]
                ]
                continue
            (Path(folder) / lang).mkdir()
            outcomes[lang] = run_blocks(blocks[lang], Path(folder) / lang, cuda=cuda)
    lines, ok = [], True
    for lang, done in outcomes.items():
        by_line = {o.block.line: o for o in done}
        for block in blocks[lang]:
            outcome = by_line.get(block.line)
            kind = "GPU block" if block.gpu else "block"
            if not runs(block, cuda):
                if block.gpu:
                    lines.append(f"  skipped {block.where} ({kind}): no CUDA device")
                continue
            if outcome is None:  # an earlier block failed, reported above
                if block.gpu:
                    lines.append(f"  NOT RUN {block.where} ({kind}): an earlier block failed")
            elif outcome.error:
                error = [line for line in outcome.error.splitlines() if line.strip()]
                torch = needs_newer_torch(outcome.error, plan)
                lines.append(f"  FAILED  {block.where} ({kind}):{torch}")
                lines += [f"    {line}" for line in error[-6:]]
                ok = False
            elif shown(outcome.stdout) != shown(block.expected):
                lines.append(
                    f"  FAILED  {block.where} ({kind}): printed something else than the page shows:"
                )
                lines += [f"    shown:   {line}" for line in shown(block.expected).split("\n")[:10]]
                lines += [f"    printed: {line}" for line in shown(outcome.stdout).split("\n")[:10]]
                ok = False
            elif block.gpu:
                lines.append(f"  passed  {block.where} ({kind})")
    return lines, ok


def run_pages(plan: dict[str, Any], cuda: bool) -> bool:
    """Run the pages side by side, each in its own process and kernels; report each in turn."""
    names = sorted({page.split("/", 2)[2] for page in plan["pages"]})
    ok = True
    with ProcessPoolExecutor(len(names), mp_context=get_context("spawn")) as pool:
        runs = {name: pool.submit(run_page, name, plan, cuda) for name in names}
        for name, run in runs.items():
            try:
                lines, passed = run.result()
            except Exception as error:  # noqa: BLE001 - a page that could not run: the next one
                lines, passed = [f"  ERROR {type(error).__name__}: {error}"], False
            say(f"{name}: {'ok' if passed else 'FAILED'}")
            for line in lines:
                say(line)
            ok &= passed
    return ok


def main() -> int:
    os.environ.setdefault("MPLBACKEND", "Agg")
    cpu = "--cpu" in sys.argv
    if "--prepare" in sys.argv:  # `make gpu-wheels`; --no-download: the blocks alone
        if "--no-download" not in sys.argv:
            download_wheels()
        write_blocks()
        return 0
    line, cuda = versions()
    say(f"gpu_offline: {line}")
    try:
        plan = load_plan()
        describe(plan)
        wheels = missing_wheels()
        if not cuda and not cpu:
            raise NotRunError(no_cuda())
    except NotRunError as stop:
        print(f"gpu_offline: {stop}", file=sys.stderr)
        return 1
    install(wheels)
    results = {"checks": run_checks(cuda), "pages": run_pages(plan, cuda)}
    claims = [
        sys.executable,
        str(ROOT / "benchmarks" / "gpu_claims.py"),
        *(["--check"] if cpu else []),
    ]
    say(f"$ python benchmarks/gpu_claims.py{' --check' if cpu else ''}")
    results["claims"] = subprocess.run(claims, cwd=ROOT, check=False).returncode == 0
    say("gpu_offline: " + ", ".join(f"{k} {'ok' if v else 'FAILED'}" for k, v in results.items()))
    if out := os.environ.get("OUT"):
        Path(out, "gpu-offline.txt").write_text("\n".join(REPORT) + "\n", encoding="utf-8")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
