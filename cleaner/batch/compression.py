"""gzip and zstd for batch inputs and outputs: by magic bytes (inputs) or extension (outputs).

Inputs are decompressed within a size limit, so a compression bomb becomes an error entry.
Outputs are written as independent gzip members / zstd frames, one per checkpointed chunk:
the concatenation is a valid ``.gz`` / ``.zst`` file (``zcat``, ``zstd -d`` and Python's
``gzip`` / ``zstandard`` read across members), and a file can be cut back to any chunk boundary.

>>> import gzip
>>> block = compress_block(b"a\\n", Compression.GZIP) + compress_block(b"b\\n", Compression.GZIP)
>>> gzip.decompress(block)
b'a\\nb\\n'
>>> decompress_bounded(block, limit=100)
b'a\\nb\\n'
>>> compression_for("out/records.jsonl.zst")
<Compression.ZSTD: 'zst'>
"""

from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from collections.abc import Iterator
from enum import StrEnum
from typing import BinaryIO

from cleaner.errors import DecodeError, InputTooLargeError
from cleaner.io.sniff import GZIP_MAGIC

__all__ = [
    "GZIP_MAGIC",
    "ZSTD_MAGIC",
    "Compression",
    "compress_block",
    "compression_for",
    "decompress_bounded",
    "open_decompressed",
    "strip_compression_suffix",
]

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class Compression(StrEnum):
    NONE = ""
    GZIP = "gz"
    ZSTD = "zst"


def compression_for(path: str) -> Compression:
    """Output compression by extension: ``.gz``, ``.zst``, anything else is plain."""
    lowered = path.lower()
    if lowered.endswith((".gz", ".gzip")):
        return Compression.GZIP
    if lowered.endswith((".zst", ".zstd")):
        return Compression.ZSTD
    return Compression.NONE


def strip_compression_suffix(name: str) -> str:
    """``page.html.gz`` -> ``page.html``.

    >>> strip_compression_suffix("crawl.warc.gz")
    'crawl.warc'
    """
    for suffix in (".gz", ".gzip", ".zst", ".zstd"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def compress_block(data: bytes, compression: Compression) -> bytes:
    """One self-contained gzip member or zstd frame (or ``data`` itself when plain)."""
    if compression is Compression.GZIP:
        return gzip.compress(data, compresslevel=6, mtime=0)
    if compression is Compression.ZSTD:
        import zstandard

        return zstandard.ZstdCompressor(level=3).compress(data)
    return data


def _gunzip_bounded(data: bytes, limit: int) -> bytes:
    # Members one after another, as `gzip` writes them when appending.
    out = bytearray()
    rest = data
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as error:
            raise DecodeError(f"corrupt gzip data ({error})") from None
        if len(out) > limit:
            raise InputTooLargeError(f"gzip data inflates past the limit of {limit} bytes")
        if not inflater.eof:
            raise DecodeError("truncated gzip data")
        rest = inflater.unused_data
    return bytes(out)


def _unzstd_bounded(data: bytes, limit: int) -> bytes:
    import zstandard

    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
    try:
        out = reader.read(limit + 1)
    except zstandard.ZstdError as error:
        raise DecodeError(f"corrupt zstd data ({error})") from None
    if len(out) > limit:
        raise InputTooLargeError(f"zstd data inflates past the limit of {limit} bytes")
    return out


def decompress_bounded(data: bytes, *, limit: int) -> bytes:
    """Gunzip or un-zstd ``data`` (by magic bytes) into at most ``limit`` bytes; else as is."""
    if data.startswith(GZIP_MAGIC):
        return _gunzip_bounded(data, limit)
    if data.startswith(ZSTD_MAGIC):
        return _unzstd_bounded(data, limit)
    return data


@contextlib.contextmanager
def open_decompressed(path: str) -> Iterator[BinaryIO]:
    """A binary stream of the file's content, decompressed if it starts like gzip or zstd."""
    with open(path, "rb") as raw:
        magic = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
        if magic.startswith(GZIP_MAGIC):
            with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                yield stream  # type: ignore[misc]  # GzipFile is a binary stream, not BinaryIO
        elif magic.startswith(ZSTD_MAGIC):
            import zstandard

            reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
            with io.BufferedReader(reader) as stream:
                yield stream
        else:
            yield raw
