"""cleaner.html.metadata.text: squash() is the regex definition it replaced, faster."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.html.metadata.text import squash

_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _squash_by_regex(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab &;#x2013amp\u00ad\u200b\u200c\u200d\u2060\ufeff\u00a0\u2003\t\n\x1c\x1e\x85")
        )
        | st.characters(),
        max_size=40,
    )
)
def test_squash_is_the_regex_definition(text: str) -> None:
    assert squash(text) == _squash_by_regex(text)
