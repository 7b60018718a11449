from __future__ import annotations

import importlib
import re
import subprocess
from pathlib import Path

import pytest
import torch

from cheatsheet.localize import localize_code, run_localized
from cheatsheet.project import LANGS

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets" / "setup"


def shown(region: str, lang: str = "en") -> str:
    """Return the `#>` lines of a region of cuda_check.py, as the page of `lang` shows them."""
    text = localize_code((SNIPPETS / "cuda_check.py").read_text(encoding="utf-8"), lang)
    body = text.split(f"# --8<-- [start:{region}]")[1].split(f"# --8<-- [end:{region}]")[0]
    return "".join(m + "\n" for m in re.findall(r"^\s*#> (.*)$", body, re.M))


@pytest.mark.skipif(torch.cuda.is_available(), reason="the page shows the CPU machine's output")
@pytest.mark.parametrize("lang", LANGS)
def test_check_says_there_is_no_gpu_instead_of_crashing(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run_localized(SNIPPETS / "cuda_check.py", lang)
    printed = capsys.readouterr().out
    assert printed == shown("check", lang) + shown("device", lang) + shown("diagnose", lang)
    assert "CUDA available: False" in printed


def test_device_agnostic_model_runs_on_the_available_device() -> None:
    module = importlib.import_module("snippets.setup.cuda_check")
    assert module.model(module.x).shape == (8, 2)
    assert module.x.device.type == ("cuda" if torch.cuda.is_available() else "cpu")


@pytest.mark.skipif(torch.cuda.is_available(), reason="the page shows a CPU wheel's output")
def test_a_cpu_wheel_has_no_cuda_version() -> None:
    assert torch.version.cuda is None
    assert not torch.backends.cuda.is_built()


def test_the_installed_wheel_matches_the_checked_output() -> None:
    assert torch.__version__ == "2.13.0+cpu" or torch.cuda.is_available()


@pytest.mark.parametrize("script", ["envs.sh", "install.sh", "wsl.sh"])
def test_shell_snippets_are_valid_bash(script: str) -> None:
    done = subprocess.run(["bash", "-n", str(SNIPPETS / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_cuda_wheels_are_the_current_variants() -> None:
    text = (SNIPPETS / "install.sh").read_text(encoding="utf-8")
    variants = re.findall(r"download\.pytorch\.org/whl/(\w+)", text)
    assert variants[:4] == ["cpu", "cu130", "cu128", "cu126"]  # PyPI's default is cu130
    assert set(variants[4:]) <= set(variants[1:4])
