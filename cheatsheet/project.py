"""Where things are, and the error all bad input raises."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository
SNIPPETS = ROOT / "snippets"
LANGS = ("fr", "en")
CONFIGS = {"fr": ROOT / "mkdocs.yml", "en": ROOT / "mkdocs.en.yml"}
# Warnings that torch 2.13 raises from its own code, whatever the caller writes; the tests turn
# every other deprecation into an error (pyproject.toml's filterwarnings lists the same two).
TORCH_INTERNAL_WARNINGS = {
    # torch.compile imports torch.utils.mkldnn, which builds TorchScript classes at import
    # (torch 2.13; drop the entry once a torch release stops warning)
    "`torch.jit.script_method` is deprecated": DeprecationWarning,
    # torch.onnx.export deep-copies pytree specs, which builds the deprecated LeafSpec
    "`isinstance(treespec, LeafSpec)` is deprecated": FutureWarning,
    # peft 0.21's get_peft_model reads transformers 5's deprecated alias of
    # `is_activation_checkpointing` (drop the entry once a peft release stops reading it)
    "`is_gradient_checkpointing` is deprecated": FutureWarning,
    # and its prepare_model_for_kbit_training (QLoRA) calls `gradient_checkpointing_enable`,
    # transformers 5's deprecated name of `activation_checkpointing_enable`
    "`gradient_checkpointing_enable` is deprecated": FutureWarning,
}
# The same rule as `python -W` options, for code run in a fresh interpreter (`-W` matches the
# start of the message as literal text).
WARNINGS_AS_ERRORS = ["-W", "error::DeprecationWarning", "-W", "error::FutureWarning"] + [
    f"-Wignore:{message}:{category.__name__}"
    for message, category in TORCH_INTERNAL_WARNINGS.items()
]


class PageError(ValueError):
    """Bad input in a page or a snippet; the message names the file, the line and the fix."""


def page_lang(page: Path) -> str:
    return page.relative_to(ROOT / "docs").parts[0]


def write_cache(path: Path, text: str) -> None:
    """Write a cache file whole or not at all: builds and test workers may write it together."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
