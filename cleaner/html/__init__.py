"""The HTML front end: raw page bytes -> :class:`~cleaner.blocks.Page` with DOM features.

``parse`` builds the tree safely, ``layout`` walks it into blocks, ``content`` chooses the
article container, ``metadata`` reads structured metadata, and ``page`` ties them up.
"""

from __future__ import annotations

__all__ = ["build"]


def build() -> str:
    """How the front end's hot modules are installed: compiled by mypyc (see setup.py), plain
    Python, or a mix (a broken build).

    >>> build() in ("compiled by mypyc", "pure Python") or build().startswith("partly")
    True
    """
    from pathlib import Path

    from cleaner.html import content, layout
    from cleaner.html.metadata import index

    files = [Path(module.__file__ or "") for module in (layout, index, content)]
    compiled = sum(1 for path in files if path.suffix != ".py")
    if compiled == len(files):
        return "compiled by mypyc"
    return "pure Python" if not compiled else f"partly compiled, {compiled} of {len(files)}"
