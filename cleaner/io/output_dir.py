"""``--output-dir DIR``: one output file per input, under the input's own path.

As trafilatura's ``--output-dir`` with ``--keep-dirs``: the input's path as it was given,
with its page extension (and ``.gz``/``.zst``) replaced by the format's. A member of an
archive or a line of a JSONL file gets a file in a directory named after its container.
Nothing is ever written outside DIR: absolute paths lose their root, and ``..`` is dropped.

>>> output_path("out", "crawl/news/a.html.gz", ".json")
'out/crawl/news/a.json'
>>> output_path("out", "/data/../x.warc.gz#1234", ".md")
'out/x.warc.gz/1234.md'
>>> output_path("out", "-", ".txt"), output_path("out", "notes/index.php", ".xml")
('out/stdin.txt', 'out/notes/index.php.xml')
"""

from __future__ import annotations

import os
import posixpath

from cleaner.io.names import STDIN

__all__ = ["OutputNames", "output_path"]

_PAGE_EXTENSIONS = (".html", ".htm", ".xhtml", ".txt", ".shtml")
_COMPRESSED = (".gz", ".gzip", ".zst", ".zstd")


def _stem(name: str) -> str:
    lowered = name.lower()
    for suffixes in (_COMPRESSED, _PAGE_EXTENSIONS):
        for suffix in suffixes:
            if lowered.endswith(suffix) and len(name) > len(suffix):
                name, lowered = name[: -len(suffix)], lowered[: -len(suffix)]
                break
    return name


def output_path(directory: str, source: str, extension: str, *, members: bool = True) -> str:
    """Where the record of ``source`` (a path, ``-``, or with ``members`` ``archive#member``)
    goes."""
    if source == STDIN:
        return os.path.join(directory, "stdin" + extension)
    path, _, member = source.partition("#") if members else (source, "", "")
    normal = posixpath.normpath(path.replace(os.sep, "/"))
    parts = [p for p in normal.split("/") if p not in ("", ".", "..")]
    if member:
        parts.append(member)
    if not parts:
        parts = ["unnamed"]
    parts[-1] = _stem(parts[-1]) + extension
    return os.path.join(directory, *parts)


class OutputNames:
    """The files one run has written, so that two inputs never write the same file."""

    def __init__(self, directory: str, extension: str, *, members: bool = True) -> None:
        self.directory = directory
        self.extension = extension
        self._members = members
        self._taken: dict[str, str] = {}

    def claim(self, source: str) -> tuple[str, str | None]:
        """(path, None), or (path, the earlier input that has that path already)."""
        path = output_path(self.directory, source, self.extension, members=self._members)
        earlier = self._taken.setdefault(path, source)
        return path, (earlier if earlier != source else None)
