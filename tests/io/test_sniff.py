"""Sniffing HTML from the bytes: XHTML with an XML prolog and a DTD internal subset."""

from __future__ import annotations

import pytest

from cleaner.config import InputType
from cleaner.io.sniff import sniff_input_type

_SUBSET = "".join(f'<!ENTITY e{i} "&#{160 + i};">\n' for i in range(40))


@pytest.mark.parametrize(
    "prolog",
    [
        f'<?xml version="1.0"?>\n<!DOCTYPE x [\n{_SUBSET}]>\n',
        f'<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!DOCTYPE html [\n{_SUBSET}]>\n',
        '<!-- saved page -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "xhtml11.dtd">\n',
    ],
)
def test_xhtml_prologs_are_html(prolog: str) -> None:
    page = prolog + "<html><body><p>The ferry leaves at nine.</p></body></html>"
    assert sniff_input_type(page.encode()) is InputType.HTML


def test_a_text_dump_that_mentions_doctype_is_text() -> None:
    dump = b"How to write <!DOCTYPE html> at the top of a page\n\nStart every page with it."
    assert sniff_input_type(dump) is InputType.TEXT
