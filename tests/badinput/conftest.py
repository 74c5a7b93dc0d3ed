"""Put this directory on ``sys.path``: the tests import ``harness`` and ``make_corpus``.

The suite runs with ``--import-mode=importlib``, which does not add test directories to the path.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
