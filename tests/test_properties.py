"""Hypothesis properties of the whole pipeline on arbitrary and dump-like input.

* anything in -> a Record or a CleanerError, nothing else;
* no invented text: every body paragraph (and the title and summary) occurs in the decoded
  input, whitespace-normalised;
* cleaning is deterministic, the JSON round-trips, replaying the explanation gives the body,
  every block is either in the body or removed with a reason;
* cleaning a record's body again does not invent text.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import CleanerConfig, CleanerError, InputType, Record, RecordOptions, analyse, clean
from cleaner.explain import replay
from cleaner.frontends import load_page
from cleaner.io.decode import decode_bytes
from cleaner.io.mojibake import repaired
from cleaner.io.sniff import maybe_decompress

AUTO = CleanerConfig()
TEXT = CleanerConfig(input_type=InputType.TEXT)
WITH_REMOVED = RecordOptions(with_removed=True)
# Modest example counts: the whole suite must stay at a few minutes.
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters a text dump's segmenter drops (C0 controls other than whitespace, and DEL).
_DROPPED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")

_WORDS = (
    "the council voted on Monday to close bridge and said it would be a new plan for city "
    "residents who have lived there years Der Stadtrat hat beschlossen une nouvelle loi à Paris "
    "Subscribe Share Facebook Twitter Home News Sport Comments Reply © 2017 By Jane Doe Nov. 2, "
    "2020 11/29/16 Updated | · — “quoted” café Grüße 東京 Москва 42 $1.2 million (AP) Photo:"
).split()
_CHROME = [
    "Make us your home page",
    "Sign up for our newsletter",
    "We use cookies on this site.",
    "Accept all cookies",
    "Share this",
    "Photo reprints | Article reprints",
    "© 2017 Tampa Bay Times",
    "By Jane Doe and John Smith",
    "Contact Jane Doe at (555) 555-0100.",
    "Nov. 2, 2020",
    "[Last modified: Friday, December 2, 2016 6:51pm]",
    "Join the discussion",
    "12 comments",
    "Related stories",
    "Most read",
    "Tags: politics, Tampa",
    "Advertisement",
    "Courtesy of the army",
    "2. Dezember 2016",
    "Von Katrin Albers",
    "___",
    "* * *",
]


def _sentence() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=35).map(" ".join)
    return st.tuples(words, st.sampled_from(["", ".", "?", "!", ":", ".”"])).map("".join)


def _line() -> st.SearchStrategy[str]:
    marker = st.sampled_from(["* ", "- ", "• ", "1. ", "12) ", "[3] ", "+ ", "# "])
    indent = st.integers(0, 40).map(" ".__mul__)
    return st.one_of(
        st.just(""),
        _sentence(),
        st.sampled_from(_CHROME),
        st.tuples(indent, marker, _sentence()).map("".join),
        st.tuples(indent, _sentence()).map("".join),
        st.tuples(st.just("\t"), _sentence()).map("".join),
        st.text(max_size=30),
        # The marks of other dump styles, which the segmenter reads: Markdown quotes and links
        # (html2text), lynx's link numbers and controls, and CJK text folded without spaces.
        st.sampled_from([">", "> ", "[a](/x) [b](/y)", "(BUTTON) Go", "IFRAME:"]),
        st.tuples(st.integers(1, 999).map("[{}]".format), _sentence()).map("".join),
        st.text(alphabet="気象庁は調査終了を受けた。기상청 ", min_size=1, max_size=45),
    )


DUMPS = st.tuples(st.lists(_line(), max_size=60), st.sampled_from(["\n", "\r\n", "\r"])).map(
    lambda parts: parts[1].join(parts[0])
)
# A page flattened into one line (cut into sentences by the segmenter): sentences and chrome
# run together, with or without a space where two elements met.
FLAT = st.tuples(
    st.lists(st.one_of(_sentence(), st.sampled_from(_CHROME)), min_size=40, max_size=120),
    st.sampled_from([" ", "", " | "]),
).map(lambda parts: parts[1].join(parts[0]))
TEXTS = st.one_of(DUMPS, FLAT, st.text(max_size=3000))


# The markup the segmenter takes out of a dump's text: lynx's link numbers, a Markdown link's
# address and brackets, emphasis and quote marks. Both sides lose it, so the body's text must
# still come from the input's, in order.
_LINK_ADDRESS = re.compile(r"\]\([^)]*\)")
_MARKUP = re.compile(r"\[\d{1,4}\]|!?\[|\]|[*_>#]")


def _normalised(text: str) -> str:
    text = _MARKUP.sub("", _LINK_ADDRESS.sub("", _DROPPED.sub("", text)))
    return _SPACE.sub(" ", text).strip()


def _decoded(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    return decode_bytes(
        maybe_decompress(data, limit=AUTO.max_input_bytes), allow_declared=False
    ).text


def _clean(
    data: bytes | str, config: CleanerConfig = TEXT, options: RecordOptions | None = None
) -> Record | None:
    try:
        return clean(data, source="prop", config=config, options=options)
    except CleanerError:
        return None


def _assert_nothing_invented(record: Record, source_text: str) -> None:
    # A text decoded wrongly upstream is decoded again first ("fÃ¼r" -> "für").
    haystack = _normalised(repaired(source_text))
    for paragraph in record.paragraphs:
        assert _normalised(paragraph), "empty paragraph in body"
        assert _normalised(paragraph) in haystack, paragraph
    for value in (record.title, record.summary):
        assert value is None or _normalised(value) in haystack, value


@FEW
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_record_or_a_cleaner_error(data: bytes) -> None:
    for config, options in ((AUTO, None), (TEXT, WITH_REMOVED)):
        record = _clean(data, config, options)
        assert record is None or isinstance(record, Record)


@FEW
@given(TEXTS)
def test_any_text_gives_a_record_or_a_cleaner_error(text: str) -> None:
    for data in (
        text,
        text.encode("utf-8"),
        text.encode("utf-16"),
        text.encode("cp1252", "replace"),
    ):
        record = _clean(data, AUTO)
        assert record is None or isinstance(record, Record)


@FEW
@given(TEXTS)
def test_body_paragraphs_occur_in_the_input_text(text: str) -> None:
    record = _clean(text)
    if record is not None:
        _assert_nothing_invented(record, text)


@FEW
@given(st.one_of(st.binary(max_size=2000), DUMPS.map(lambda t: t.encode("utf-8"))))
def test_body_paragraphs_occur_in_the_decoded_input_bytes(data: bytes) -> None:
    record = _clean(data)
    if record is not None:
        _assert_nothing_invented(record, _decoded(data))


@FEW
@given(DUMPS)
def test_cleaning_is_deterministic(text: str) -> None:
    first, second = _clean(text, TEXT, WITH_REMOVED), _clean(text, TEXT, WITH_REMOVED)
    assert first == second
    if first is not None and second is not None:
        assert first.to_json() == second.to_json()


@FEW
@given(TEXTS)
def test_json_round_trips(text: str) -> None:
    for options in (None, WITH_REMOVED):
        record = _clean(text, TEXT, options)
        if record is not None:
            assert Record.from_dict(json.loads(record.to_json())) == record
            assert Record.from_dict(json.loads(record.to_json(indent=True))) == record


@FEW
@given(st.one_of(DUMPS, FLAT))
def test_replay_and_every_block_accounted_for(text: str) -> None:
    try:
        blocks = load_page(text, "prop", TEXT).blocks
        explanation = analyse(text, source="prop", config=TEXT)
        record = clean(text, source="prop", config=TEXT, options=WITH_REMOVED)
    except CleanerError:
        return
    assert replay(blocks, explanation) == record.body
    assert record.removed is not None
    assert all(r.extractor and r.reason for r in record.removed)
    assert len(record.removed) + len(record.paragraphs) == len(blocks)


@FEW
@given(DUMPS)
def test_cleaning_the_body_again_invents_nothing(text: str) -> None:
    record = _clean(text)
    if record is None or not record.body:
        return
    again = _clean(record.body)
    if again is not None:
        _assert_nothing_invented(again, record.body)


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Monday to close the bridge \udcff for repairs, officials said.",
        b"The council voted on Monday to close the \xff bridge.".decode("utf-8", "surrogateescape"),
    ],
)
def test_text_with_lone_surrogates_gives_writable_json_or_an_error(text: str) -> None:
    record = _clean(text, AUTO)
    if record is not None:
        assert Record.from_dict(json.loads(record.to_json())) == record
