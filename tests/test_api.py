"""``cleaner.clean`` keeps the command line's promises: a record or a CleanerError, whatever
it is given, an empty body is an error, and the time limit holds."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.errors import ArgumentError, NoArticleError, TimeLimitError
from tests.helpers import stall_document

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "text" / "seed_tampa.txt"

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=300),
    st.binary(max_size=300),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(object()),
    st.just(b"x" * 30_000_000),  # over the size limit
    st.just(SEED.read_bytes()),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=ANYTHING, source=ANYTHING, url=ANYTHING, time_limit=ANYTHING)
def test_any_arguments_give_a_record_or_a_cleaner_error(
    data: Any, source: Any, url: Any, time_limit: Any
) -> None:
    try:
        record = cleaner.clean(data, source=source, url=url, time_limit=time_limit)
    except cleaner.CleanerError:
        return
    assert isinstance(record, cleaner.Record)
    record.to_json()  # writable, whatever the source was


def test_wrong_types_are_argument_errors_that_are_also_type_errors() -> None:
    with pytest.raises(ArgumentError, match="data must be bytes or str, not NoneType"):
        cleaner.clean(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cleaner.clean(b"page", url=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        cleaner.clean(b"page", time_limit=-1)


def test_url_and_source() -> None:
    record = cleaner.clean(SEED.read_bytes(), source=SEED, url="https://example.com/a")
    assert (record.source, record.url) == (str(SEED), "https://example.com/a")
    assert cleaner.clean(SEED.read_bytes()).source == "-"


def test_an_empty_body_is_no_article_unless_allowed() -> None:
    menu = b"<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"
    with pytest.raises(NoArticleError, match=r"^no article text found$"):
        cleaner.clean(menu)
    record = cleaner.clean(menu, options=cleaner.RecordOptions(allow_empty=True))
    assert record.body == ""


def test_time_limit_in_the_main_thread_and_in_another(monkeypatch: pytest.MonkeyPatch) -> None:
    stall_document(1, monkeypatch)
    with pytest.raises(TimeLimitError, match=r"took longer than 0\.2 s"):
        cleaner.clean(SEED.read_bytes(), time_limit=0.2)
    stall_document(1, monkeypatch)
    raised: list[BaseException] = []

    def in_thread() -> None:
        try:
            cleaner.clean(SEED.read_bytes(), time_limit=0.2)
        except BaseException as error:
            raised.append(error)

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join(timeout=60)
    assert [type(e) for e in raised] == [TimeLimitError]


def test_a_bug_is_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("something broke")

    monkeypatch.setattr("cleaner.document.load_page", explode)
    with pytest.raises(
        cleaner.CleanerError, match=r"internal error \(ValueError: something broke\)"
    ):
        cleaner.clean(SEED.read_bytes())


def test_public_names_load_on_first_use() -> None:
    # `cleaner` loads its modules lazily (PEP 562); every exported name must still resolve.
    for name in cleaner.__all__:
        assert getattr(cleaner, name) is not None
        assert name in dir(cleaner)
    with pytest.raises(AttributeError):
        _ = cleaner.no_such_name  # type: ignore[attr-defined]
