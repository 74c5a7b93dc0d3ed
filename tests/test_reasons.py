"""The reasons registry: every reason any step can emit is declared once, with its traits.

Three nets, so that a new reason cannot slip past the registry:

* mypy: ``Mark.reason``, ``rule(reason, ...)`` and the HTML layout's container reasons are
  typed :class:`Reason`, so a plain string does not type-check;
* at run time: every mark on every fixture, and every container the HTML layout names,
  carries a declared :class:`Reason`;
* statically: no module but ``cleaner/reasons.py`` writes a reason code as a string (a
  hand-written list of codes is how the steps drifted apart), and every declared reason is
  used somewhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cleaner import CleanerError, analyse
from cleaner.html import layout, xpaths
from cleaner.reasons import Reason, Trait, reasons_with

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
PACKAGE = ROOT / "cleaner"
# Codes that are also ordinary words of the code base: record fields ("title", "summary"), the
# metadata index's class kinds ("byline") and a JSONL key ("timestamp").
WORDS_TOO = frozenset({"title", "summary", "byline", "timestamp"})


def _fixture_pages() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())


@pytest.mark.parametrize("path", _fixture_pages(), ids=lambda p: p.name)
def test_every_mark_on_the_fixtures_carries_a_declared_reason(path: Path) -> None:
    try:
        page = analyse(path.read_bytes(), source=str(path)).page
    except CleanerError:
        return  # a page without text: no marks to look at
    for mark in page.marks.values():
        assert type(mark.reason) is Reason, (mark, path.name)
    for block in page.blocks:
        if block.dom is not None and block.dom.boilerplate is not None:
            assert block.dom.boilerplate in reasons_with(Trait.CONTAINER), block


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_module_writes_a_reason_code_as_a_string() -> None:
    codes = {reason.value for reason in Reason} - WORDS_TOO
    found = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        # A language module names its slots, and a slot holding one reason's phrases is named
        # after it (rules read it as alternatives(Reason.X)): there the code is a word key.
        if path.name != "reasons.py" and path.parent.name != "languages"
        for line, value in _string_constants(path)
        if value in codes
    ]
    assert found == [], "use cleaner.reasons.Reason, not the code as a string"


def test_every_declared_reason_is_used() -> None:
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if path.name != "reasons.py"
    )
    unused = [reason.name for reason in Reason if f"Reason.{reason.name}" not in source]
    assert unused == []


def test_the_layout_names_only_containers() -> None:
    named = {
        *layout._TAG_REASONS.values(),
        *layout._ROLE_REASONS.values(),
        *(reason for reason, _ in xpaths._BOILERPLATE_TOKENS),
        Reason.COMMENT_SECTION,  # itemprop="comment"
        Reason.MODAL_DIALOG,  # role="dialog" aria-modal="true"
    }
    assert named <= reasons_with(Trait.CONTAINER)
    assert named == reasons_with(Trait.CONTAINER)  # and every container can be named


def test_traits_agree_with_each_other() -> None:
    assert reasons_with(Trait.WALL) <= reasons_with(Trait.ENDS_ARTICLE)
    assert reasons_with(Trait.CONTAINER) <= reasons_with(Trait.MARKUP)
    containers = reasons_with(Trait.CONTAINER)
    assert reasons_with(Trait.HOLDS_PROSE) | reasons_with(Trait.BESIDE_ARTICLE) <= containers
    # Walls and breaks decide the span; a reason cannot be both.
    assert not reasons_with(Trait.ENDS_ARTICLE) & reasons_with(Trait.NEUTRAL)


def test_a_code_is_its_string_in_the_output() -> None:
    assert Reason.COMMENT_PROMPT == "comment_prompt"
    assert f"{Reason.COMMENT_PROMPT}" == "comment_prompt"
    assert Reason("comment_prompt") is Reason.COMMENT_PROMPT
    with pytest.raises(ValueError):
        Reason("not_declared")
