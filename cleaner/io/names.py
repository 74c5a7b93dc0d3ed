"""Input names as they are shown: in records, error lines, error logs and journals.

A file name that is not UTF-8 reaches Python with surrogate escapes (PEP 383). Those cannot
be written as UTF-8 (JSON, the terminal), so they are shown as ``\\xNN``; the name with the
escapes is still what opens the file.
"""

from __future__ import annotations

import os
import re

__all__ = ["STDIN", "display_name", "printable"]

STDIN = "-"
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(name: str) -> str:
    """``name`` with undecodable bytes (surrogate escapes) written as ``\\xNN``.

    >>> printable(b"caf\\xe9.txt".decode("utf-8", "surrogateescape"))
    'caf\\\\xe9.txt'
    >>> printable("café.txt")
    'café.txt'
    """
    if _SURROGATE.search(name) is None:
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a lone surrogate that no file name can hold: show it replaced
        return _SURROGATE.sub("\ufffd", name)


def display_name(source: str) -> str:
    """How an error line names an input: ``<stdin>`` for ``-``, escaped otherwise.

    >>> display_name("-"), display_name("a.html")
    ('<stdin>', 'a.html')
    """
    return "<stdin>" if source == STDIN else printable(source)
