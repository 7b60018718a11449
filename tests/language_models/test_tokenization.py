from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.imports import import_in

SNIPPET = Path(__file__).resolve().parents[2] / "snippets" / "language_models" / "tokenization.py"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tokenization")


@pytest.fixture(scope="module")
def tok(folder: Path) -> ModuleType:
    """Import the snippet in a folder of its own: it writes its training text there."""
    module = import_in(folder, "snippets.language_models.tokenization")
    assert (folder / "corpus.txt").is_file()
    return module


def trained_vocabulary(folder: Path) -> str:
    """Train the snippet's tokenizer in a fresh interpreter and return its vocabulary."""
    code = (
        "import runpy, contextlib, io, json\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    ns = runpy.run_path({str(SNIPPET)!r})\n"
        "print(json.dumps(sorted(ns['tokenizer'].get_vocab().items())))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_training_is_deterministic_across_interpreters(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    assert trained_vocabulary(first) == trained_vocabulary(second)


def test_vocabulary_size_and_special_token_ids(tok: ModuleType) -> None:
    assert tok.tokenizer.get_vocab_size() == 90
    assert [tok.tokenizer.token_to_id(t) for t in tok.specials] == [0, 1, 2, 3]


def test_subwords_round_trip_to_the_same_text(tok: ModuleType, folder: Path) -> None:
    assert tok.encoding.tokens == ["▁The", "▁cat", "▁play", "s", "▁in", "▁the", "▁gard", "en", "."]
    assert tok.tokenizer.decode(tok.tokenizer.encode(tok.text).ids) == tok.text
    for line in (folder / tok.corpus).read_text(encoding="utf-8").splitlines():
        assert tok.tokenizer.decode(tok.tokenizer.encode(line).ids) == line


def test_characters_words_and_subwords_give_different_lengths(tok: ModuleType) -> None:
    example = tok.example
    assert (len(example), len(example.split())) == (32, 6)
    assert len(tok.tokenizer.encode(example).ids) == 12


def test_unseen_characters_become_unknown(tok: ModuleType) -> None:
    assert tok.tokenizer.encode("Zoë").tokens == ["▁", "[UNK]", "o", "[UNK]"]
    assert len(tok.pre_tokenizers.ByteLevel.alphabet()) == 256


def test_padding_truncation_and_attention_mask(tok: ModuleType) -> None:
    short, long = tok.batch
    assert short.ids == [2, 41, 53, 88, 5, 3, 0, 0]
    assert long.ids == [2, 41, 80, 78, 25, 71, 36, 3]
    for encoding in tok.batch:
        assert len(encoding.ids) == 8
        assert encoding.ids[0] == 2 and 3 in encoding.ids
        # the mask is zero exactly on the padding positions
        assert encoding.attention_mask == [int(i != 0) for i in encoding.ids]


def test_french_needs_more_tokens_than_english_on_an_english_heavy_corpus(
    tok: ModuleType,
) -> None:
    english = tok.tokenizer.encode("The dog sleeps in the garden.").tokens
    french = tok.tokenizer.encode("Le chien dort dans le jardin.").tokens
    assert (len(english), len(french)) == (8, 14)
    assert len("canapé") == 6 and len("canapé".encode()) == 7
