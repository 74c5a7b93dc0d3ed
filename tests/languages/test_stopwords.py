"""Stop lists come from jusText's data files; jusText's code (and its HTML cleaner) is never run.

jusText imports ``lxml.html.clean``, which lxml moved out to ``lxml_html_clean``; that package
arrives only through an extra that older pips do not resolve. A fresh install with such a pip
made every text step fail with an ImportError.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from cleaner.languages.stopwords import STOPLIST_NAMES, stopwords


def test_cleaning_never_imports_justext_code() -> None:
    script = (
        "import sys, cleaner\n"
        "cleaner.clean('Der Stadtrat hat am Montag beschlossen, die alte Brücke zu schließen "
        "und bis zum Herbst eine neue zu bauen.')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('justext', 'lxml.html.clean'))))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


@pytest.mark.parametrize("code", sorted(STOPLIST_NAMES))
def test_every_stop_list_is_read(code: str) -> None:
    words = stopwords(code)
    assert len(words) > 50
    assert all(word == word.lower() and word.strip() == word for word in words)
