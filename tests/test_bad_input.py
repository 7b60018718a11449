"""Bad input fails the build or the tests with a message naming the file, the line and the fix.

Each test plants a fault in a copy of the project (`sandbox`) and builds it or runs a page. What it
checks, the message, comes from the build and kernel code and from the file the fault is planted
in: the NumPy and entropy pages, or a page of its own. The other pages only have to build, which
tests/test_build.py checks on the project as it is. So a pass is kept while these `inputs` do not
change: an edit to another page does not run the sandboxes again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.inputs(
    "cheatsheet/*.py",
    "hooks.py",
    "conftest.py",
    "mkdocs.yml",
    "mkdocs.en.yml",
    "Makefile",
    "pyproject.toml",
    "overrides/**/*",
    "docs/*/numpy.md",
    "docs/*/entropy.md",
    "snippets/numpy/einsum.py",
    "snippets/entropy/*.py",
)

INCLUDED = '# Bad { #bad }\n\n```python\n--8<-- "bad/block.py:it"\n```\n'


def build(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(root / "out")],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def replace(path: Path, old: str, new: str) -> int:
    """Replace text in a file and return the line where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def test_missing_region_names_page_line_and_region(sandbox: Path) -> None:
    page = sandbox / "docs/fr/numpy.md"
    line = replace(page, '"numpy/einsum.py:einsum"', '"numpy/einsum.py:einsun"')
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/numpy.md:{line}: region 'einsun' not found in snippets/numpy/einsum.py" in (
        done.stderr
    )


def test_missing_snippet_file_names_page_and_file(sandbox: Path) -> None:
    line = replace(sandbox / "docs/fr/entropy.md", "entropy/shannon.py:nats", "entropy/shanon.py:x")
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/entropy.md:{line}: snippet file 'snippets/entropy/shanon.py' not found" in (
        done.stderr
    )


def test_syntax_error_in_a_snippet_names_the_snippet_line(sandbox: Path) -> None:
    snippet = sandbox / "snippets/numpy/einsum.py"
    lines = snippet.read_text(encoding="utf-8").count("\n")
    snippet.write_text(snippet.read_text(encoding="utf-8") + "def broken(:\n", encoding="utf-8")
    done = build(sandbox)
    assert done.returncode != 0
    assert f"snippets/numpy/einsum.py:{lines + 1}: syntax error" in done.stderr
    assert "included by docs/fr/numpy.md:" in done.stderr


def test_page_without_translation_fails_the_build(sandbox: Path) -> None:
    (sandbox / "docs/en/extra.md").write_text("# Extra { #extra }\n", encoding="utf-8")
    done = build(sandbox)
    assert done.returncode != 0
    assert "docs/en/extra.md has no translation: create docs/fr/extra.md" in done.stderr


def test_broken_internal_link_fails_the_strict_build(sandbox: Path) -> None:
    replace(
        sandbox / "docs/fr/entropy.md", "## Perplexité", "Voir [la page](nope.md).\n\n## Perplexité"
    )
    done = build(sandbox)
    assert done.returncode != 0
    assert "entropy.md" in done.stderr and "nope.md" in done.stderr


def test_formula_katex_cannot_render_names_page_and_line(sandbox: Path) -> None:
    line = replace(sandbox / "docs/fr/entropy.md", "## Perplexité", "$\\frac{1}$\n\n## Perplexité")
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/entropy.md:{line}: KaTeX cannot render '\\\\frac{{1}}'" in done.stderr


def test_failed_build_keeps_the_published_site(
    sandbox: Path, served_site: tuple[Path, str]
) -> None:
    """A failed `make build` leaves the published site/ as it was (here, this run's own build
    of the site, copied there: building one in the sandbox first took 9 s)."""
    make = ["make", "-s", "build", f"BIN={Path(sys.executable).parent}", "STAMP="]
    shutil.copytree(served_site[0], sandbox / "site")
    before = (sandbox / "site/numpy/index.html").read_text(encoding="utf-8")
    replace(sandbox / "docs/fr/numpy.md", '"numpy/einsum.py:einsum"', '"numpy/einsum.py:gone"')
    assert subprocess.run(make, cwd=sandbox, capture_output=True, check=False).returncode != 0
    assert (sandbox / "site/numpy/index.html").read_text(encoding="utf-8") == before


def write_bad_page(root: Path, page_text: str, snippet: str) -> None:
    """Write docs/{fr,en}/bad.md as page_text, and snippets/bad/block.py with region 'it'."""
    (root / "snippets/bad").mkdir(exist_ok=True)
    (root / "snippets/bad/block.py").write_text(
        f"# --8<-- [start:it]\n{snippet}\n# --8<-- [end:it]\n", encoding="utf-8"
    )
    for lang in ("fr", "en"):
        (root / f"docs/{lang}/bad.md").write_text(page_text, encoding="utf-8")


def run_page(root: Path, code: str, timeout: int = 120) -> str:
    """Show `code` on a new page pair of the sandbox and return the first block error."""
    write_bad_page(root, INCLUDED, code)
    script = (
        "import sys, tempfile, pathlib\n"
        "from cheatsheet.blocks import page_blocks\n"
        "from cheatsheet.kernel import run_blocks\n"
        "from cheatsheet.project import ROOT\n"
        "out = run_blocks(page_blocks(ROOT / 'docs/fr/bad.md'), pathlib.Path(tempfile.mkdtemp()))\n"
        "print(out[0].error)"
    )
    env = {**os.environ, "CHEATSHEET_BLOCK_TIMEOUT": str(timeout)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def test_deprecated_api_in_a_block_fails_with_page_and_line(sandbox: Path) -> None:
    error = run_page(sandbox, "import numpy as np\n\nnp.row_stack([[1], [2]])")
    assert "DeprecationWarning: `row_stack` alias is deprecated" in error
    assert "docs/fr/bad.md:3, block line 3" in error


def test_future_warning_in_a_block_fails(sandbox: Path) -> None:
    error = run_page(sandbox, "import torch\n\ntorch.cuda.amp.autocast()")
    assert "FutureWarning: `torch.cuda.amp.autocast(args...)` is deprecated" in error


def test_a_block_that_reaches_the_network_fails_naming_page_line_and_host(sandbox: Path) -> None:
    code = 'import urllib.request\n\nurllib.request.urlopen("https://example.org/data.csv")'
    error = run_page(sandbox, code)
    assert "docs/fr/bad.md:3, block line 3" in error
    assert "network access refused: a page's code must run offline" in error
    assert "'example.org'" in error


def test_a_block_may_still_talk_to_this_machine(sandbox: Path) -> None:
    code = "import socket\n\nsocket.create_server(('127.0.0.1', 0)).close()\n"
    code += "print(socket.getaddrinfo('localhost', 80)[0][4][1])"
    assert run_page(sandbox, code).strip() == "None"  # no error


def test_hanging_block_is_stopped_with_page_and_line(sandbox: Path) -> None:
    error = run_page(sandbox, "import time\n\ntime.sleep(60)", timeout=1)
    assert error.startswith("docs/fr/bad.md:3: the block did not finish in 1 s (timeout)")


def page_error(root: Path, page_text: str, snippet: str = "x = 1") -> str:
    """Write a page pair showing `snippet` and return the PageError that page_blocks raises."""
    write_bad_page(root, page_text, snippet)
    script = (
        "from cheatsheet.blocks import page_blocks\n"
        "from cheatsheet.project import ROOT, PageError\n"
        "try:\n    page_blocks(ROOT / 'docs/fr/bad.md')\nexcept PageError as e:\n    print(e)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_code_typed_into_a_page_is_refused(sandbox: Path) -> None:
    error = page_error(sandbox, "# Bad { #bad }\n\n```python\nx = 1\n```\n")
    assert error.startswith("docs/fr/bad.md:3: the block is typed into the page")


def test_value_in_a_comment_must_be_an_output_line(sandbox: Path) -> None:
    error = page_error(sandbox, INCLUDED, "x = (2, 3)  # (2, 3)")
    assert error.startswith("docs/fr/bad.md:3: line 1 of the block has a value in a comment")


def test_unknown_comment_tag_is_refused(sandbox: Path) -> None:
    error = page_error(sandbox, INCLUDED, "# de: Kommentar\nx = 1")
    assert error.startswith("snippets/bad/block.py:2: unknown language tag 'de'")


def test_comment_in_one_language_only_is_refused(sandbox: Path) -> None:
    error = page_error(sandbox, INCLUDED, "# fr: seulement en français\nx = 1")
    assert error.startswith("snippets/bad/block.py:2: write each tagged comment in both languages")


def test_skip_marker_without_reason_is_refused(sandbox: Path) -> None:
    error = page_error(sandbox, "<!--pytest.mark.skip-->\n" + INCLUDED.split("\n\n", 1)[1])
    assert "unsupported marker <!--pytest.mark.skip-->" in error


def test_codeblocks_run_names_a_missing_region_like_the_build(sandbox: Path) -> None:
    page = sandbox / "docs/fr/numpy.md"
    line = replace(page, '"numpy/einsum.py:einsum"', '"numpy/einsum.py:einsun"')
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--codeblocks",
            "docs/fr/numpy.md",
            "-p",
            "no:cacheprovider",
        ],
        cwd=sandbox,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert f"docs/fr/numpy.md:{line}: region 'einsun' not found in snippets/numpy/einsum.py" in (
        done.stdout
    )


def test_section_page_without_quick_reference_fails_naming_the_page(sandbox: Path) -> None:
    page = sandbox / "docs/en/numpy.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("{ #at-a-glance }", "{ #at-a-glimpse }"), encoding="utf-8")
    line = text.splitlines().index("## At a glance { #at-a-glance }") + 1
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/en/numpy.md:{line}: a section page opens with its quick reference" in done.stderr


def test_quick_reference_with_too_few_cards_fails(sandbox: Path) -> None:
    page = sandbox / "docs/fr/numpy.md"
    text = page.read_text(encoding="utf-8")
    cards = [line for line in text.splitlines() if line.startswith("### [")]
    for card in cards[7:]:
        text = text.replace(card + "\n", "")
    page.write_text(text, encoding="utf-8")
    line = text.splitlines().index("## L'essentiel { #at-a-glance }") + 1
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/numpy.md:{line}: the quick reference has 7 card(s)" in done.stderr


def test_card_without_twin_in_the_other_language_fails(sandbox: Path) -> None:
    page = sandbox / "docs/en/numpy.md"
    card = next(line for line in page.read_text("utf-8").splitlines() if line.startswith("### ["))
    anchor = card.rsplit("{ #", 1)[1].rstrip(" }")
    replace(page, card, card.replace(f"#{anchor}", "#glance-elsewhere"))
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/numpy.md: card #{anchor}" in done.stderr
    assert "has no twin in docs/en/numpy.md" in done.stderr


def test_card_with_typed_code_fails(sandbox: Path) -> None:
    page = sandbox / "docs/fr/numpy.md"
    text = page.read_text(encoding="utf-8")
    include = next(line for line in text.splitlines() if line.startswith('--8<-- "numpy/glance.py'))
    line = replace(page, include, "import numpy as np")
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/numpy.md:{line - 1}: the block is typed into the page" in done.stderr


def test_an_answer_whose_fragment_no_block_runs_fails_naming_page_line_and_fragment(
    sandbox: Path,
) -> None:
    page = sandbox / "docs/fr/numpy.md"  # the French site is built first
    entry = next(line for line in page.read_text("utf-8").splitlines() if line.startswith("- ["))
    typed = entry.split("`")[0] + "`np.fake_call(3)`"
    line = replace(page, entry, typed)
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/numpy.md:{line}:" in done.stderr
    assert "no block that the page runs has a line with `np.fake_call(3)`" in done.stderr


def test_an_answer_whose_value_was_not_printed_fails(sandbox: Path) -> None:
    page = sandbox / "docs/fr/numpy.md"
    entry = next(line for line in page.read_text("utf-8").splitlines() if " → `" in line)
    line = replace(page, entry, entry.rsplit(" → ", 1)[0] + " → `42424242`")
    done = build(sandbox)
    assert done.returncode != 0
    assert f"docs/fr/numpy.md:{line}:" in done.stderr
    assert "with the value `42424242`" in done.stderr


def test_a_page_with_too_few_answers_fails_naming_the_page(sandbox: Path) -> None:
    for lang in ("fr", "en"):
        page = sandbox / f"docs/{lang}/numpy.md"
        text = page.read_text(encoding="utf-8")
        start = text.index('<div class="answers" markdown>')
        end = text.index("</div>", start)
        entries = [x for x in text[start:end].splitlines() if x.startswith("- [")]
        page.write_text(text[:start] + text[start:end].replace("\n".join(entries[5:]), "")
                        + text[end:], encoding="utf-8")  # fmt: skip
    done = build(sandbox)
    assert done.returncode != 0
    assert "docs/fr/numpy.md: the one-line answers have 5 entries" in done.stderr
