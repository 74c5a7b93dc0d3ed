"""Text helpers shared by the metadata readers: squashing, element text, comparison keys.

>>> squash("  Rain&#8211;due\\u00ad  today ")
'Rain–due today'
>>> name_key("Jane  O'Doe")
'janeodoe'
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from lxml.html import HtmlElement

__all__ = ["DIGIT", "HOST", "WORD", "element_text", "is_site_name", "name_key", "squash"]

# Soft hyphens and zero-width characters: invisible, but they break comparisons.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NOT_WORD = re.compile(r"[\W_]+")
WORD = re.compile(r"[^\W_]")
DIGIT = re.compile(r"\d")
HOST = re.compile(r"^[a-z]+://(?:www\d?\.)?([^/:?#\s]+)", re.I)


def squash(text: str) -> str:
    """``text`` with entities decoded, invisible characters dropped and white space squashed."""
    # JSON-LD and some meta tags carry HTML entities ("&#8211;") that the parser left alone.
    if "&" in text:
        text = html.unescape(text)
    # str.replace per character, not str.translate: translate looks every non-ASCII character
    # up in the table one by one, which made it the slowest step on long non-English texts.
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    # str.split() and re's \s agree on what white space is: this is r"\s+" -> " ", stripped.
    return " ".join(text.split())


def element_text(element: HtmlElement) -> str:
    """The squashed text under ``element``, runs joined with a space ("<br>" and block
    children separate words on screen)."""
    return squash(" ".join(t for t in element.itertext() if isinstance(t, str)))


def name_key(text: str) -> str:
    """Letters and digits only, lower case: what two spellings of a name share."""
    return _NOT_WORD.sub("", text).lower()


def is_site_name(part: str, site_names: Sequence[str]) -> bool:
    """Whether ``part`` names the site (the same letters as, or inside, a known name).

    >>> is_site_name("Daily Post", ["dailypost"]), is_site_name("Rain", ["dailypost"])
    (True, False)
    """
    key = name_key(part)
    if len(key) < 2:
        return False
    for name in site_names:
        other = name_key(name)
        if key == other or (min(len(key), len(other)) >= 4 and (key in other or other in key)):
            return True
    return False
