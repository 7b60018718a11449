"""The questions learners ask most (tests/questions.toml): enough of them, well formed, and each
one the site claims to answer points at an anchor that exists in both languages."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache

import pytest
from markdown.extensions.toc import slugify

from cheatsheet.project import LANGS, ROOT

QUESTIONS = tomllib.loads((ROOT / "tests" / "questions.toml").read_text(encoding="utf-8"))[
    "question"
]
MINIMUMS = {
    "pandas": 40,
    "numpy": 40,
    "pytorch": 40,
    "scikit-learn": 40,
    "matplotlib": 40,
    "python": 15,
    "jupyter": 15,
    "git": 15,
    "setup": 15,
    "ml-practice": 20,
    "deep-learning": 20,
    "language-models": 20,
}
FIELDS = {"topic", "en", "fr", "page", "anchor", "answered"}
GRADES = ("yes", "partly", "no")
EXPLICIT_ID = re.compile(r'\{ #(?P<id>[\w-]+) \}|\bid="(?P<html>[\w-]+)"')
HEADING = re.compile(r"^#{1,6} (?P<title>.+?)\s*$", re.M)
CODE_FENCE = re.compile(r"^ *```.*?^ *```", re.M | re.S)


def label(question: dict) -> str:
    return f"[{question.get('topic')}] {question.get('en')!r}"


@cache
def anchors(lang: str, page: str) -> frozenset[str]:
    """The ids a link can reach on a page: explicit ones, and the auto-slug of plain headings."""
    text = CODE_FENCE.sub("", (ROOT / "docs" / lang / page).read_text(encoding="utf-8"))
    explicit = {m["id"] or m["html"] for m in EXPLICIT_ID.finditer(text)}
    plain = {slugify(m["title"], "-") for m in HEADING.finditer(text) if "{ #" not in m["title"]}
    return frozenset(explicit | plain)


def test_the_list_has_at_least_300_questions_and_each_topic_its_minimum() -> None:
    counts = Counter(q.get("topic") for q in QUESTIONS)
    assert len(QUESTIONS) >= 300, f"only {len(QUESTIONS)} questions"
    short = {t: f"{counts[t]} < {n}" for t, n in MINIMUMS.items() if counts[t] < n}
    assert not short, f"topics under their minimum: {short}"


def test_each_question_has_every_field_a_known_topic_and_a_grade() -> None:
    bad = [
        f"{label(q)}: fields {sorted(set(q) ^ FIELDS)}"
        for q in QUESTIONS
        if set(q) != FIELDS or any(not isinstance(q[f], str) or not q[f].strip() for f in FIELDS)
    ]
    bad += [
        f"{label(q)}: topic not in {list(MINIMUMS)}"
        for q in QUESTIONS
        if q.get("topic") not in MINIMUMS
    ]
    bad += [
        f"{label(q)}: answered not in {GRADES}"
        for q in QUESTIONS
        if q.get("answered") not in GRADES
    ]
    bad += [
        f"{label(q)}: anchor {q.get('anchor')!r} is not kebab-case"
        for q in QUESTIONS
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(q.get("anchor")))
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_no_phrasing_is_listed_twice(lang: str) -> None:
    repeated = [p for p, n in Counter(q[lang].strip().lower() for q in QUESTIONS).items() if n > 1]
    assert not repeated, f"{lang} phrasings listed twice: {repeated}"


def test_every_page_exists_in_both_languages() -> None:
    missing = [
        f"{label(q)}: docs/{lang}/{q['page']}"
        for q in QUESTIONS
        for lang in LANGS
        if not (ROOT / "docs" / lang / q["page"]).is_file()
    ]
    assert not missing, "pages not found:\n" + "\n".join(missing)


def test_each_answered_question_points_at_an_anchor_of_both_languages() -> None:
    missing = [
        f"{label(q)}: no anchor #{q['anchor']} in docs/{lang}/{q['page']}"
        for q in QUESTIONS
        if q["answered"] in ("yes", "partly")
        for lang in LANGS
        if (ROOT / "docs" / lang / q["page"]).is_file()
        and q["anchor"] not in anchors(lang, q["page"])
    ]
    assert not missing, "\n".join(missing)


def test_unanswered_questions_are_listed() -> None:
    """What is left to write: a summary per topic, then each question graded "no" or "partly",
    with the page and anchor where its answer belongs (run with -s to see it). Never fails."""
    grades = {t: Counter() for t in MINIMUMS}
    for q in QUESTIONS:
        grades[q["topic"]][q["answered"]] += 1
    print("\nAnswered by the site, per topic (yes / partly / no):")
    for topic, count in grades.items():
        print(f"  {topic:<16}{count['yes']:>4} {count['partly']:>4} {count['no']:>4}")
    total = Counter(q["answered"] for q in QUESTIONS)
    print(f"  {'all':<16}{total['yes']:>4} {total['partly']:>4} {total['no']:>4}")
    for grade in ("no", "partly"):
        print(f"\nLeft to write ({grade}):")
        for q in QUESTIONS:
            if q["answered"] == grade:
                where = f"{q['page']}#{q['anchor']}"
                print(f"  {where:<42} [{q['topic']}] {q['en']}")
