"""Every device a page picks falls back to the CPU where the wheel's accelerator is missing.

`torch.accelerator.current_accelerator()` returns the accelerator the wheel was built for
(CUDA for PyPI's default wheel), present or not; `check_available=True` also asks whether
one is there. Each line of the pages' code that assigns a device from `torch.accelerator`
or `torch.cuda` runs alone, after `import torch`, as on a machine without a GPU that has
the CUDA wheel installed.
"""

from __future__ import annotations

import ast
import re
from unittest import mock

import pytest
import torch

from cheatsheet.blocks import page_blocks
from cheatsheet.project import ROOT

DEVICE_LINE = re.compile(r"^\s*\w*device\w*\s*=.*\btorch\.(accelerator|cuda)\.")
OLD_IDIOM = 'device = torch.accelerator.current_accelerator() or torch.device("cpu")'
# fr and en pages, each showing its device lines: setup, pytorch, neural-networks, cnn...
AT_LEAST = 20


def device_lines() -> list[tuple[str, str]]:
    """List (where, code) for each device-assigning line of every page's code blocks."""
    found = []
    for page in sorted((ROOT / "docs").glob("*/*.md")):
        for block in page_blocks(page):
            if block.syntax in {"python", "ipython"}:
                for offset, line in enumerate(block.code.splitlines(), start=1):
                    if DEVICE_LINE.match(line):
                        found.append((f"{block.where} (+{offset})", line.strip()))
    return found


def device_without_gpu(line: str) -> torch.device:
    """Run the line on a machine without a GPU whose torch wheel was built for CUDA."""

    def built_for_cuda(check_available: bool = False) -> torch.device | None:
        return None if check_available else torch.device("cuda")

    namespace: dict[str, object] = {}
    with (
        mock.patch("torch.accelerator.current_accelerator", built_for_cuda),
        mock.patch("torch.accelerator.is_available", return_value=False),
        mock.patch("torch.cuda.is_available", return_value=False),
    ):
        exec(f"import torch\n{line}", namespace)
    (target,) = ast.parse(line).body[0].targets  # type: ignore[attr-defined]
    return torch.device(namespace[target.id])  # type: ignore[arg-type]


LINES = device_lines()


def test_pages_pick_devices_in_enough_places_to_check() -> None:
    assert len(LINES) >= AT_LEAST, f"only {len(LINES)} device lines found in the pages"


@pytest.mark.parametrize(("where", "line"), LINES, ids=[where for where, _ in LINES])
def test_device_line_falls_back_to_the_cpu(where: str, line: str) -> None:
    device = device_without_gpu(line)
    assert device.type == "cpu", (
        f"{where}: `{line}` picks {device.type} on a machine without a GPU. "
        "Write: device = torch.accelerator.current_accelerator(check_available=True) "
        'or torch.device("cpu")'
    )


def test_the_wheels_built_in_accelerator_is_caught() -> None:
    assert DEVICE_LINE.match(OLD_IDIOM)
    assert device_without_gpu(OLD_IDIOM).type == "cuda"
