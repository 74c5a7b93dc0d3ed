"""cleaner.html.metadata.jsonld: the fast orjson reading gives what the lenient reader gives."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html.metadata.jsonld import _JSON_WRAPPERS, _decode_all, load_json

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_well_formed_documents_read_the_same_both_ways(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False)
    # Wrapper markers go even from inside strings ("]]>" in a value): as they always did.
    unwrapped = _JSON_WRAPPERS.sub("", text).strip()
    assert repr(load_json(text)) == repr(_decode_all(unwrapped))


@pytest.mark.parametrize(
    "text",
    [
        '{"headline": "two\nlines"}',  # a raw newline: only the lenient reader takes it
        '{"a": NaN}',
        '{"a": 1e400}',
        '{"a": 123456789012345678901234567890}',  # orjson would make it a float
        '{"a": -9999999999999999999}',
        '{"a": 1} {"b": 2}',  # two documents in one script
        '{"a": 1,}',  # a trailing comma
        '"\\ud800"',  # a lone surrogate
        "[" * 450 + "]" * 450,  # deeper than orjson is asked to go
    ],
)
def test_what_orjson_refuses_is_read_the_lenient_way(text: str) -> None:
    expected = _decode_all(text) or _decode_all(text.replace(",}", "}"))
    assert repr(load_json(text)) == repr(expected)


@pytest.mark.parametrize("text", ['<!--\n{"a": 1}\n-->', '//<![CDATA[\n{"a": 1}\n//]]>'])
def test_wrappers_are_removed_before_reading(text: str) -> None:
    assert load_json(text) == [{"a": 1}]
