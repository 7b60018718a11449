"""Code comments in the page's language: `# fr:` / `# en:` comments, `# [fr]` / `# [en]` lines."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from cheatsheet.project import LANGS, PageError

COMMENT_TAG = re.compile(r"^(?P<indent>\s*)# (?P<lang>[a-z]{2}): ?(?P<text>.*)$")
LINE_TAG = re.compile(r"^(?P<code>.*?\S)\s+# \[(?P<lang>[a-z]{2})\]$")


def localize(lines: list[str], lang: str, source: str = "page") -> list[str]:
    """Keep the `# fr:` / `# en:` comments and `# [fr]` / `# [en]` lines of `lang` inside fences."""
    out, fence = [], ""
    for number, line in enumerate(lines, 1):
        stripped = line.lstrip()
        if stripped.startswith("```"):
            ticks = stripped[: len(stripped) - len(stripped.lstrip("`"))]
            fence = "" if fence and ticks.startswith(fence) else fence or ticks
        if fence and (m := COMMENT_TAG.match(line) or LINE_TAG.match(line)):
            if m["lang"] not in LANGS:
                raise PageError(
                    f"{source}:{number}: unknown language tag '{m['lang']}' in {line.strip()!r}. "
                    "Tag comments '# fr: ...' / '# en: ...' and lines '... # [fr]' / '... # [en]'."
                )
            if m["lang"] != lang:
                continue
            line = f"{m['indent']}# {m['text']}" if "indent" in m.re.groupindex else m["code"]
        out.append(line)
    return out


def localize_code(code: str, lang: str, source: str = "snippet") -> str:
    """Localize code that stands outside a page (a snippet file or region) as a fence would."""
    return "\n".join(localize(["```", *code.split("\n"), "```"], lang, source)[1:-1])


def run_localized(snippet: Path, lang: str) -> dict[str, object]:
    """Run a snippet module as the page of `lang` shows it and return its names."""
    code = localize_code(snippet.read_text(encoding="utf-8"), lang, str(snippet))
    namespace: dict[str, object] = {"__name__": "__main__"}
    exec(compile(code, str(snippet), "exec"), namespace)
    return namespace


def check_comment_tags(source: str, name: str) -> None:
    """Raise PageError unless tagged comments come as runs of `# fr:` lines then as many `# en:`."""
    run: list[str] = []
    for number, line in enumerate([*source.splitlines(), ""], 1):
        m = COMMENT_TAG.match(line)
        if m and m["lang"] not in LANGS:
            raise PageError(
                f"{name}:{number}: unknown language tag '{m['lang']}'. "
                "Tag comments '# fr: ...' then '# en: ...'."
            )
        if m:
            run.append(m["lang"])
            continue
        half = len(run) // 2
        if run and run != ["fr"] * half + ["en"] * half:
            raise PageError(
                f"{name}:{number - len(run)}: write each tagged comment in both "
                "languages, French lines first, then the same number of English lines."
            )
        run = []


class Localize(Preprocessor):
    """Localizes the code comments of a page after the includes are expanded."""

    def __init__(self, md: markdown.Markdown, lang: str) -> None:
        super().__init__(md)
        self.lang = lang

    def run(self, lines: list[str]) -> list[str]:
        return localize(lines, self.lang)


class LocalizeExtension(Extension):
    """Registers Localize after pymdownx.snippets (32) and before fenced code (25)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.preprocessors.register(Localize(md, self.lang), "localize_comments", 31)
