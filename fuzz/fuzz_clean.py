"""Atheris fuzz target for the decode -> parse -> pipeline path (issue 6).

Any bytes must end as a :class:`~cleaner.record.Record` that serialises, or as a
:class:`~cleaner.errors.CleanerError`; any other exception is a finding. The first byte of
an input picks the input type (auto, text, HTML), the rest is the page. The size limit is
lowered to 1 MB so the fuzzer spends its time on structure rather than on size.

Run it (``pip install -e '.[fuzz]'``)::

    python tests/badinput/make_corpus.py fuzz/corpus        # seeds: the bad-input corpus
    python fuzz/fuzz_clean.py fuzz/corpus -max_len=262144 -rss_limit_mb=2048 \\
        -timeout=30 -max_total_time=3600

``tests/test_fuzz_smoke.py`` runs :func:`test_one_input` on a few hundred inputs without
atheris, so the target itself cannot rot.
"""

from __future__ import annotations

import contextlib
import sys

try:
    import atheris
except ImportError:  # the smoke test runs the target without atheris
    atheris = None

# Coverage feedback for cleaner's own code (and only it: libraries would drown the signal).
_instrumented = (
    atheris.instrument_imports(include=["cleaner"]) if atheris else contextlib.nullcontext()
)
with _instrumented:
    import cleaner
    from cleaner.config import CleanerConfig, InputType
    from cleaner.errors import CleanerError
    from cleaner.io.decode import decode_bytes
    from cleaner.io.sniff import maybe_decompress, sniff_input_type

__all__ = ["MAX_BYTES", "test_one_input"]

MAX_BYTES = 1 << 20
_TYPES = (InputType.AUTO, InputType.TEXT, InputType.HTML)


def _decode_layer(data: bytes) -> None:
    """The front end's first steps on their own: only CleanerError may come out."""
    try:
        raw = maybe_decompress(data, limit=MAX_BYTES)
        sniff_input_type(raw)
        decode_bytes(raw)
    except CleanerError:
        pass


def test_one_input(data: bytes) -> None:
    """One fuzz input: decode, parse and clean it; raise on anything but a CleanerError."""
    if not data:
        return
    input_type = _TYPES[data[0] % len(_TYPES)]
    page = data[1:]
    _decode_layer(page)
    config = CleanerConfig(input_type=input_type, max_input_bytes=MAX_BYTES)
    try:
        record = cleaner.clean(page, source="fuzz", config=config)
    except CleanerError:
        return
    record.to_json()  # a record that cannot be written is as bad as a crash


def main() -> None:
    if atheris is None:
        sys.exit("fuzz_clean: atheris is not installed (pip install -e '.[fuzz]')")
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
