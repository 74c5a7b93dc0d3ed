"""When a page was captured: a crawl's date for the record's ``fetched`` key, as ISO 8601.

A WARC-Date (ARC dates arrive as WARC-Dates too: warcio converts them) or a JSONL line's
``fetched``/``timestamp`` string is kept as written when it is ISO 8601; a 14-digit CDX
timestamp becomes an ISO 8601 UTC datetime; anything else is no date at all, so the record
never claims a capture date it cannot vouch for.

>>> capture_date("2024-05-02T10:00:00Z")
'2024-05-02T10:00:00Z'
>>> capture_date("20240502100000")
'2024-05-02T10:00:00Z'
>>> capture_date("last Tuesday") is None, capture_date(1714644000) is None
(True, True)
"""

from __future__ import annotations

import re
from datetime import datetime

__all__ = ["capture_date"]

_CDX_TIMESTAMP = re.compile(r"\d{14}")


def capture_date(value: object) -> str | None:
    """``value`` as an ISO 8601 capture date, or None when it is not one."""
    if not isinstance(value, str):
        return None  # epoch numbers: seconds or milliseconds cannot be told apart
    value = value.strip()
    try:
        if _CDX_TIMESTAMP.fullmatch(value):
            return datetime.strptime(value, "%Y%m%d%H%M%S").strftime("%Y-%m-%dT%H:%M:%SZ")
        # Only the extended form (2024-05-02...): fromisoformat also takes 20240502, which
        # is as likely to be an id as a date.
        if value[4:5] == "-":
            datetime.fromisoformat(value)
            return value
    except ValueError:
        pass
    return None
