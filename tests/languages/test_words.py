"""The language modules: valid slots, each used by a rule, every language in LANGUAGES."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import cleaner.languages
from cleaner.languages import LANGUAGES, Language, alternatives
from cleaner.languages.words import SLOTS
from cleaner.reasons import Reason

PACKAGE = Path(cleaner.languages.__file__).resolve().parents[1]


def test_every_language_module_is_in_the_list() -> None:
    found = []
    for module in pkgutil.iter_modules(cleaner.languages.__path__):
        loaded = importlib.import_module(f"cleaner.languages.{module.name}")
        found += [value for value in vars(loaded).values() if isinstance(value, Language)]
    assert sorted(map(id, found)) == sorted(map(id, LANGUAGES))
    assert len({language.code for language in LANGUAGES}) == len(LANGUAGES)


def test_every_slot_is_read_by_a_rule() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    read = set(re.findall(r"""\b(?:alternatives|words)\(["']([a-z_]+)["']\)""", source))
    # A slot named after the reason whose phrases it holds is read as alternatives(Reason.X).
    by_reason = re.findall(r"\b(?:alternatives|words)\(Reason\.([A-Z_]+)\)", source)
    read |= {Reason[name].value for name in by_reason}
    assert read == set(SLOTS)


def test_an_unknown_slot_is_refused() -> None:
    with pytest.raises(KeyError):
        alternatives("not_a_slot")
    with pytest.raises(ValueError, match="unknown slot"):
        Language(code="xx", phrases={"not_a_slot": "x"})
    with pytest.raises(ValueError, match="slot 'advertisement'"):
        Language(code="xx", phrases={"advertisement": "(unclosed"})


@pytest.mark.parametrize("slot", sorted(SLOTS))
def test_a_slot_compiles_with_every_language(slot: str) -> None:
    re.compile(alternatives(slot), re.IGNORECASE)
