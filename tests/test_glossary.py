"""One glossary (tests/glossary.toml): one name per term and language, in all prose."""

from __future__ import annotations

import re
import tomllib

import pytest

from cheatsheet.project import LANGS, ROOT, SNIPPETS

TERMS = tomllib.loads((ROOT / "tests" / "glossary.toml").read_text(encoding="utf-8"))["term"]
# What is not prose: inline code, math, link targets, attribute lists, glosses "(*term*)",
# measured figures "[[measured:claim.field]]".
NOT_PROSE = re.compile(
    r"``.*?``|`[^`]*`|\$[^$]*\$|\]\([^)]*\)|\{[^}]*\}|\(\*[^*]+\*\)|<[^>]+>|\[\[[^\]]*\]\]"
)


def prose(lang: str) -> list[tuple[str, str]]:
    """Return (place, text) for each line of prose of a language: pages and snippet comments."""
    lines = []
    for page in sorted((ROOT / "docs" / lang).glob("*.md")):
        text = page.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        offset = text.count("\n") - body.count("\n")
        fence = False
        for number, line in enumerate(body.split("\n"), 1 + offset):
            if line.lstrip().startswith("```"):
                fence = not fence
            elif not fence:
                lines.append((f"{page.relative_to(ROOT)}:{number}", NOT_PROSE.sub(" ", line)))
    comment = re.compile(rf"#\s*{lang}:(.*)$")
    for snippet in sorted(p for p in SNIPPETS.rglob("*") if p.suffix in {".py", ".sh", ".ipy"}):
        for number, line in enumerate(snippet.read_text(encoding="utf-8").split("\n"), 1):
            if found := comment.search(line):
                lines.append(
                    (f"{snippet.relative_to(ROOT)}:{number}", NOT_PROSE.sub(" ", found[1]))
                )
    return lines


@pytest.mark.parametrize("lang", LANGS)
def test_prose_uses_the_glossary_term_not_its_variants(lang: str) -> None:
    refused = {v.lower(): term[lang] for term in TERMS for v in term.get(f"refuse_{lang}", [])}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, refused)) + r")(?![\w-])", re.I)
    # a term's own name may hold another's refused word: "cartes de caractéristiques"
    kept = [k for term in TERMS for k in term.get(f"keep_{lang}", [])]
    keep = re.compile("|".join(map(re.escape, kept)) or "(?!)", re.I)
    found = [
        f"{place}: {match[1]!r}, write {refused[match[1].lower()]!r}"
        for place, text in prose(lang)
        for match in pattern.finditer(keep.sub(" ", text))
    ]
    assert not found, "tests/glossary.toml:\n" + "\n".join(found)


def test_every_term_names_both_languages() -> None:
    for term in TERMS:
        assert term.get("en") and term.get("fr"), f"tests/glossary.toml: {term}"
        for lang in LANGS:
            assert all(v == v.lower() or v.isupper() for v in term.get(f"refuse_{lang}", []))
