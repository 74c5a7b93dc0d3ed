"""The one byline grammar: what starts a byline and how its names are joined, in every language.

The words come from :mod:`cleaner.languages` ("By", "Von", "Autorin:", "and", "und", "van").
Two readings share them:

* a line of a text dump is a byline only as a whole: byline words, then capitalised names
  (:mod:`cleaner.extractors.authors`);
* a value the markup says names the authors (a byline element, a meta tag) loses its byline
  words and is split into names (:mod:`cleaner.html.metadata.names`), and a short text run
  that starts like a byline is looked at (:mod:`cleaner.html.metadata.index`).

>>> re.match(PREFIX, "Veröffentlicht von ", re.IGNORECASE) is not None
True
>>> sorted(BYLINE_INITIALS)[:6]
['A', 'B', 'D', 'E', 'G', 'M']
"""

from __future__ import annotations

import re

from cleaner.languages import alternatives, words
from cleaner.prechecks import first_chars

__all__ = [
    "AND",
    "BY",
    "BYLINE_INITIALS",
    "BYLINE_START",
    "GLUED_BY",
    "LABELS",
    "PARTICLES",
    "PHOTO_CREDIT",
    "PREFIX",
    "ROLE_WORDS",
    "VERBS",
]


VERBS = alternatives("byline_verb")  # "Written", "Veröffentlicht" before "by"
BY = alternatives("byline_by")  # "By", "Von"
GLUED_BY = alternatives("byline_by_glued")  # the "by" words a dump may glue to the name
LABELS = alternatives("byline_label")  # "Author", "Autorin" before a colon
AND = alternatives("name_and")  # "and", "und" between two names
PHOTO_CREDIT = alternatives("photo_credit_verb")  # "Photos" in "Photos by" (markup only)
PARTICLES = words("name_particle")  # "van", "de" inside a name
ROLE_WORDS = frozenset(words("role_word"))  # "Staff Writer": a role, not a person

# What precedes the names in a byline: "Written by", "Veröffentlicht von", "Autorin:".
PREFIX = rf"(?:(?:{VERBS})\s+)?(?:{BY})\s+|(?:{LABELS})\s*:\s*"
# How a byline starts in a text run: the prefix, then a name's first letter.
BYLINE_START = re.compile(rf"\s*(?:(?:{VERBS})\s+)?(?:{BY})\s+\w|\s*(?:{LABELS})\s*:", re.I)
# The first letters a byline start can have, in either case: a cheap look before the pattern.
BYLINE_INITIALS = frozenset(
    variant
    for char in first_chars(re.compile(rf"(?:(?:{VERBS})\s+)?(?:{BY})|(?:{LABELS})", re.I))
    for variant in (char.lower(), char.upper())
)
