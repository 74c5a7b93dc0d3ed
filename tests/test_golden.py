"""Golden fixtures: every ``fixtures/**/<case>.(txt|html)`` with ``<case>.expected.json`` beside it.

Each key of the expected record is compared exactly (the body too). ``pytest --regen`` rewrites
the expected files from the tool's output so that a reviewer reads the change as a git diff;
CI never regenerates. Cases listed in ``fixtures/known_failures.txt`` run as
``xfail(strict=True)``: fixing one makes the suite fail until its line is removed, and
``--regen`` leaves their hand-written expectations alone.

The replay test checks the explanation: removing the blocks its steps recorded from the
original blocks gives exactly the body that was written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cleaner import CleanerConfig, analyse, clean
from cleaner.explain import replay
from cleaner.frontends import load_page
from cleaner.record import RECORD_KEYS as ALL_RECORD_KEYS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KNOWN_FAILURES = FIXTURES / "known_failures.txt"
SUFFIXES = (".txt", ".html")
# What --regen writes (and so compares), in record order; left out: "source" (the fixture
# path), "url", and "fetched" (a crawl's capture date: never in a page, always null here).
RECORD_KEYS = tuple(key for key in ALL_RECORD_KEYS if key not in ("source", "url", "fetched"))


@dataclass(frozen=True)
class Case:
    name: str  # path under fixtures/ without the extension: "text/seed_tampa"
    page: Path
    expected: Path


def find_cases(root: Path = FIXTURES) -> list[Case]:
    cases = []
    for page in sorted(root.rglob("*")):
        if page.suffix not in SUFFIXES or not page.is_file():
            continue
        expected = page.with_name(page.stem + ".expected.json")
        if expected.is_file():
            name = page.relative_to(root).with_suffix("").as_posix()
            cases.append(Case(name, page, expected))
    return cases


def read_known_failures(path: Path = KNOWN_FAILURES) -> dict[str, str]:
    """Case name -> reason. A line is ``<case> <reason...>``; ``#`` starts a comment.

    A case is named by its path under fixtures/ without extension ("text/live_blog") or by its
    bare stem ("live_blog").
    """
    if not path.is_file():
        return {}
    known = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(" ")
        known[name] = reason.strip() or "known failure"
    return known


CASES = find_cases()
KNOWN = read_known_failures()


def _known_reason(case: Case) -> str | None:
    return KNOWN.get(case.name) or KNOWN.get(case.name.rsplit("/", 1)[-1])


def _params(cases: list[Case], *, mark_known: bool) -> list[Any]:
    params = []
    for case in cases:
        reason = _known_reason(case)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason and mark_known else []
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


def _output(case: Case) -> dict[str, Any]:
    record = clean(case.page.read_bytes(), source=str(case.page))
    return record.to_dict()


def test_fixture_set_is_complete() -> None:
    """At least a dozen text fixtures, and every known failure names an existing case."""
    assert sum(1 for c in CASES if c.name.startswith("text/")) >= 12
    names = {c.name for c in CASES} | {c.name.rsplit("/", 1)[-1] for c in CASES}
    assert set(KNOWN) <= names, f"known_failures.txt names no fixture: {set(KNOWN) - names}"


@pytest.mark.parametrize("case", _params(CASES, mark_known=True))
def test_golden(case: Case, regen: bool) -> None:
    got = _output(case)
    if regen:
        if _known_reason(case):
            pytest.skip("known failure: its hand-written expectation is not regenerated")
        fresh = {key: got[key] for key in RECORD_KEYS}
        case.expected.write_text(json.dumps(fresh, ensure_ascii=False, indent=2) + "\n", "utf-8")
        return
    expected = json.loads(case.expected.read_text(encoding="utf-8"))
    wrong = {key: (want, got.get(key)) for key, want in expected.items() if got.get(key) != want}
    # One assertion per key would stop at the first; show every wrong key at once.
    assert not wrong, "\n".join(
        f"{k}: expected {w!r}\n{' ' * len(k)}  got      {g!r}" for k, (w, g) in wrong.items()
    )


@pytest.mark.parametrize("case", _params(CASES, mark_known=False))
def test_replay_gives_the_body(case: Case) -> None:
    data = case.page.read_bytes()
    config = CleanerConfig()
    original = load_page(data, str(case.page), config).blocks
    explanation = analyse(data, source=str(case.page), config=config)
    assert replay(original, explanation) == clean(data, source=str(case.page)).body
