"""Generate the hostile-input corpus of issue 6 into a directory (nothing is downloaded).

Every input is built from code, so the repository holds no binary or huge files: the 200 MB
single line, the million tiny paragraphs and the gzip bomb are written at test time.

Usage::

    python tests/badinput/make_corpus.py OUT_DIR          # the small inputs (a few MB)
    python tests/badinput/make_corpus.py OUT_DIR --big    # also the big ones (~220 MB on disk)
    python tests/badinput/make_corpus.py --list           # names and what each input is

Each :class:`Case` says what a correct outcome looks like: ``"record"`` (the input holds an
article, so a record must come out), ``"error"`` (nothing to clean: one error line), or
``"any"`` (either is fine). ``must_contain`` is text the record's body must hold (the article
survived the damage); ``forbidden`` is text that must appear nowhere in the output (an entity
that must not be expanded, a local file that must not be read).

>>> len(CASES) >= 40
True
>>> len({case.name for case in CASES}) == len(CASES)
True
"""

from __future__ import annotations

import argparse
import gzip
import random
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ARTICLE_MARKER",
    "CASES",
    "SECRET_MARKER",
    "Case",
    "article_html",
    "article_text",
    "make_corpus",
]

# A sentence from the middle of the test article: if it is in the body, the article survived.
ARTICLE_MARKER = "The harbour commission approved the dredging plan"
# Content of a local file that external entities point at; it must never reach an output.
SECRET_MARKER = "SECRET-7f3a9c-do-not-leak"
_LAUGH = "lollollollollol"  # what an expanded billion-laughs entity would leave in the text

_PARAGRAPHS = (
    "Residents of the coastal town gathered on Tuesday evening to hear the results of a "
    "two-year study into the silting of the old harbour, which has left fishing boats "
    "stranded at low tide for most of the winter.",
    "The study, paid for by the regional council, found that sediment carried down the "
    "river after heavy rain had raised the harbour floor by almost a metre since the "
    "breakwater was extended in the nineteen-nineties.",
    f"{ARTICLE_MARKER} by a narrow vote, saying the work would start in early spring and "
    "last about four months, during which the fish market would move to the eastern quay.",
    "Several fishermen said they welcomed the decision but feared the cost would be passed "
    "on to them through higher mooring fees, which have already doubled in the past decade.",
    "A spokesperson for the council said the fees would be reviewed next year and that a "
    "national grant was expected to cover most of the cost of the dredging work itself.",
    "Environmental groups asked for the dredged material to be tested before it is dumped "
    "at sea, and the commission agreed to publish the results of those tests in full.",
)
_TITLE = "Harbour dredging approved after two-year study"


def article_text() -> str:
    """A plain-text news article (title, byline, six paragraphs)."""
    return "\n\n".join((_TITLE, "By Jane Example", "March 3, 2021", *_PARAGRAPHS)) + "\n"


def article_html(extra_head: str = "", extra_body: str = "") -> str:
    """The same article as a small HTML page."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_TITLE}</title>{extra_head}</head>\n<body><article><h1>{_TITLE}</h1>\n"
        f"<p class='byline'>By Jane Example</p>\n{paragraphs}\n</article>{extra_body}"
        "</body></html>\n"
    )


Writer = Callable[[Path], None]


@dataclass(frozen=True, slots=True)
class Case:
    """One hostile input: how to write it and what a correct outcome looks like."""

    name: str
    filename: str
    description: str
    write: Writer
    expect: str = "any"  # "record", "error" or "any"
    must_contain: str = ""
    forbidden: tuple[str, ...] = ()
    big: bool = False  # written only with --big (hundreds of MB on disk)


def _bytes(data: bytes | Callable[[], bytes]) -> Writer:
    def write(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)

    return write


def _chunks(chunks: Callable[[], Iterator[bytes]]) -> Writer:
    def write(path: Path) -> None:
        with path.open("wb") as handle:
            for chunk in chunks():
                handle.write(chunk)

    return write


# --- binary formats -------------------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + bytes(range(192)) for _ in range(64)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _pdf(font_bytes: int) -> Callable[[], bytes]:
    """A one-page PDF; ``font_bytes`` of embedded (random, so incompressible) font data."""

    def build() -> bytes:
        text = zlib.compress(b"BT /F1 12 Tf 72 712 Td (" + _PARAGRAPHS[0].encode() + b") Tj ET")
        font = random.Random(5).randbytes(font_bytes)
        objects = (
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(text), text),
            b"<< /Length %d /Subtype /Type1C >>\nstream\n%s\nendstream" % (len(font), font),
        )
        body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (i, o) for i, o in enumerate(objects, 1))
        return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"

    return build


def _elf() -> bytes:
    ident = b"\x7fELF\x02\x01\x01" + b"\x00" * 9
    header = struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    code = random.Random(7).randbytes(4096)
    return ident + header + code + b"\x00" * 2048 + b"GLIBC_2.2.5\x00.text\x00.data\x00"


def _jpeg() -> bytes:
    body = random.Random(11).randbytes(20_000)
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body + b"\xff\xd9"
    )


def _zip() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.html", article_html())
    return buffer.getvalue()


def _random_bytes() -> bytes:
    return random.Random(42).randbytes(256 * 1024)


# --- encodings ------------------------------------------------------------------------------


def _with_nuls() -> bytes:
    text = article_text().encode()
    return b"\x00".join(text[i : i + 97] for i in range(0, len(text), 97))


def _invalid_utf8() -> bytes:
    junk = (b"\x80", b"\xbf\xbf", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xff")
    parts = article_text().encode().split(b". ")
    return b". ".join(part + junk[i % len(junk)] for i, part in enumerate(parts))


def _mixed_encodings() -> bytes:
    paragraphs = article_text().split("\n\n")
    encodings = ("utf-8", "cp1252", "utf-8", "latin-1", "shift_jis", "utf-8", "koi8-r")
    extra = ("Café crème, naïve façade", "Grüße aus Köln", "日本語のテキスト", "Привет мир")
    out = []
    for index, paragraph in enumerate(paragraphs):
        encoding = encodings[index % len(encodings)]
        line = f"{paragraph} {extra[index % len(extra)]}"
        out.append(line.encode(encoding, errors="replace"))
    return b"\n\n".join(out)


def _declared_lies() -> bytes:
    # Declares UTF-16 but is plain UTF-8 with accents; a parser that believes it reads garbage.
    page = article_html("<meta http-equiv='Content-Type' content='text/html; charset=utf-16'>")
    return page.replace("<meta charset='utf-8'>", "").replace("dredging", "drédging").encode()


def _truncated_mid_char_text() -> bytes:
    data = (article_text() + "Последний абзац статьи о гавани.").encode()
    return data[:-1]  # cuts the final two-byte character in half


def _truncated_mid_char_html() -> bytes:
    data = article_html().replace("</article>", "<p>Последний абзац — гавань</p></article>")
    raw = data.encode()
    cut = raw.index("гавань".encode()) + 3  # inside the second Cyrillic letter
    return raw[:cut]


# --- markup ---------------------------------------------------------------------------------


def _truncated_mid_tag() -> bytes:
    page = article_html()
    return page[: page.index("</article>") + 4].encode()[:-2] + b'<a href="http://exa'


def _deep(open_tag: str, close_tag: str, depth: int = 100_000) -> Callable[[], bytes]:
    def build() -> bytes:
        inner = article_html().split("<body>", 1)[1].split("</body>", 1)[0]
        return (
            "<html><body>" + open_tag * depth + inner + close_tag * depth + "</body></html>"
        ).encode()

    return build


def _deep_jsonld() -> bytes:
    payload = "[" * 100_000 + "]" * 100_000
    head = f"<script type='application/ld+json'>{payload}</script>"
    return article_html(head).encode()


def _deep_jsonld_objects() -> bytes:
    payload = '{"a":' * 50_000 + "1" + "}" * 50_000
    head = (
        "<script type='application/ld+json'>"
        f'{{"@type":"NewsArticle","author":{payload},"headline":{payload}}}</script>'
    )
    return article_html(head).encode()


def _bad_jsonld() -> bytes:
    scripts = (
        '{"@type": "NewsArticle", "headline": ',  # truncated
        '{"@type": ["NewsArticle", 5, null], "author": {"name": ["a", {"b": []}]}, '
        '"datePublished": 20210303, "headline": {"@value": ["x"]}}',
        '[{"@graph": "not a list"}, {"@id": {"x": 1}}, 1e999, NaN]',
        '{"@type": "NewsArticle", "datePublished": "99999-99-99T99:99"}',
        '{"@type": "NewsArticle", "headline": "lone \\ud800 surrogate", "author": "\\udfff"}',
    )
    head = "".join(f"<script type='application/ld+json'>{s}</script>" for s in scripts)
    return article_html(head).encode()


def _many_attributes() -> bytes:
    attributes = " ".join(f'data-a{i}="{i}"' for i in range(100_000))
    return article_html().replace("<article>", f"<article {attributes}>").encode()


def _huge_attribute() -> bytes:
    value = "x" * (10 * 1024 * 1024)
    return article_html().replace("<article>", f'<article class="{value}">').encode()


def _entity_flood() -> bytes:
    flood = "&amp;&lt;&#0;&#xD800;&#x110000;&#99999999999;&nbsp;&bogus;&" * 100_000
    return article_html(extra_body=f"<p>{flood}</p>").encode()


_LAUGHS_DTD = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
    for i in range(1, 10)
)


def _billion_laughs_xml() -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{_LAUGHS_DTD}]>\n<lolz>&lol9;</lolz>\n'
    ).encode()


def _billion_laughs_xhtml() -> bytes:
    page = article_html(extra_body="<p>&lol9;</p>").replace(
        "<!DOCTYPE html>", f'<?xml version="1.0"?>\n<!DOCTYPE html [{_LAUGHS_DTD}]>'
    )
    return page.replace("<h1>", "<h1>&lol9;").encode()


def _secret_path(path: Path) -> Path:
    secret = path.parent / ".private" / "secret.txt"
    secret.parent.mkdir(exist_ok=True)
    secret.write_text(f"{SECRET_MARKER}\n")
    return secret


def _external_entity_xhtml(path: Path) -> None:
    uri = _secret_path(path).as_uri()
    dtd = f'<!ENTITY xxe SYSTEM "{uri}"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">'
    page = article_html(extra_body="<p>&xxe; &remote;</p>").replace(
        "<!DOCTYPE html>", f'<?xml version="1.0"?>\n<!DOCTYPE html [{dtd}]>'
    )
    path.write_bytes(page.replace("<h1>", "<h1>&xxe;").encode())


def _external_resources(path: Path) -> None:
    uri = _secret_path(path).as_uri()
    head = (
        f'<!DOCTYPE html SYSTEM "{uri}">'
        f'<link rel="stylesheet" href="{uri}"><base href="http://127.0.0.1:9/">'
        '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">'
        f'<script src="{uri}"></script>'
    )
    body = (
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{uri}" parse="text"/>'
        f'<iframe src="{uri}"></iframe><img src="http://127.0.0.1:9/pixel.gif">'
        f'<object data="{uri}"></object><embed src="{uri}">'
    )
    page = article_html(head, body).replace("<!DOCTYPE html>", "")
    path.write_bytes(page.encode())


def _script_only() -> bytes:
    script = f"var article = {_PARAGRAPHS[0]!r};\ndocument.write(article);"
    return (
        f"<html><head><script>{script}</script></head><body><script>{script}</script></body></html>"
    ).encode()


def _style_only() -> bytes:
    return b"<html><head><style>" + b"p { color: red }\n" * 1000 + b"</style></head></html>"


def _frameset() -> bytes:
    return (
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">\n<html><head><title>Frames'
        b"</title></head><frameset cols='25%,75%'><frame src='nav.html'><frame src='main.html'>"
        b"<noframes><body><p>Your browser does not support frames.</p></body></noframes>"
        b"</frameset></html>"
    )


def _unterminated_comment() -> bytes:
    return article_html().replace("<article>", "<!-- " + "comment " * 100_000).encode()


def _unterminated_cdata() -> bytes:
    return article_html().replace("<article>", "<![CDATA[" + "]" * 1000 + "x" * 100_000).encode()


def _svg_math() -> bytes:
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script>"
        "<foreignObject><p>inside svg</p></foreignObject><text>svg text</text></svg>"
        "<math><mi>x</mi><annotation-xml encoding='text/html'><p>math html</p></annotation-xml>"
        "</math><template><p>template content</p></template><noscript><p>noscript</p></noscript>"
    )
    return article_html(extra_body=svg).encode()


def _angle_soup() -> bytes:
    return ("<" * 50_000 + ">" * 50_000 + "</" * 20_000 + "<p" * 20_000).encode()


def _many_breaks() -> bytes:
    return article_html(extra_body="<br>" * 1_000_000).encode()


def _giant_table() -> bytes:
    cells = "<td>1</td>" * 100
    return article_html(extra_body="<table>" + f"<tr>{cells}</tr>" * 5_000 + "</table>").encode()


# --- text oddities --------------------------------------------------------------------------


def _control_chars() -> bytes:
    # After every sentence (as terminal captures and broken CMS exports have them): few
    # enough bytes that the page is still text, with one of each kind of control.
    noise = "\x1b[31m\x1b[0m\x07\x08\x0b\x0c\x7f\u200b\u200e\u202e\u2066\ufeff\ufffe "
    return noise.join(article_text().split(". ")).encode("utf-8", errors="surrogatepass")


def _encoded_surrogates() -> bytes:
    return article_text().encode().replace(b"harbour", b"harb\xed\xa0\x80our", 2)


def _only_newlines_cr() -> bytes:
    return article_text().replace("\n", "\r").encode()


def _long_word() -> bytes:
    return (article_text() + "x" * (5 * 1024 * 1024) + "\n").encode()


def _many_lines() -> bytes:
    return b"a\n" * 2_000_000


def _regex_bait() -> bytes:
    # Long runs of what byline, date and list-marker patterns look for, to catch backtracking.
    runs = (
        "By " + "Jane " * 50_000,
        "Updated: " + "2021-03-" * 30_000,
        "1." * 100_000,
        " " * 200_000 + "x",
        "Published " + "March 3, " * 40_000,
        "http://" + "a." * 100_000,
        "- " * 100_000,
    )
    return ("\n\n".join((article_text(), *runs)) + "\n").encode()


def _number_soup() -> bytes:
    return "\n".join(str(i) * 80 for i in range(20_000)).encode()


def _markdown_bait() -> bytes:
    """A Markdown page (three links make it one) whose one paragraph is 100k unclosed links
    and emphasis markers: each must not rescan the rest of the paragraph."""
    links = "[Home](/) [World](/world/) [Sport](/sport/)\n\n"
    return (links + "word **x [a](" * 100_000 + "__y [b" * 50_000).encode()


def _fragment_run() -> bytes:
    """80k lines that each continue the sentence of the line before (lower case, no stop):
    one paragraph cut at every text node."""
    line = "the council voted on monday to close the old bridge for repairs and\n"
    return (line * 80_000).encode()


def _rtl_and_astral() -> bytes:
    astral = "😀𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𒀀 " * 1000
    rtl = "\u202eهذا نص عربي \u202c" * 1000
    return (article_text() + astral + "\n\n" + rtl + "\n").encode()


# --- gzip -----------------------------------------------------------------------------------


def _gzip_bomb(path: Path) -> None:
    """1 GiB of markup in a valid 2 MB gzip stream; inflating it all would exhaust memory.

    Compressing 1 GiB takes ten seconds, so one compressed segment is repeated instead: after
    a full flush the compressor forgets its history, so every segment decodes on its own.
    """
    chunk = b"<p>lol</p>" * 104_858  # about 1 MiB
    count = 1024
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip header and trailer
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    segment = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    last_block = compressor.flush(zlib.Z_FINISH)[:-8]  # drop the trailer of a 2-chunk stream
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    trailer = struct.pack("<II", crc, (len(chunk) * count) & 0xFFFFFFFF)
    with path.open("wb") as handle:
        handle.write(first)
        for _ in range(count - 1):
            handle.write(segment)
        handle.write(last_block + trailer)


def _gzip_truncated() -> bytes:
    data = gzip.compress(article_html().encode() * 20)
    return data[: len(data) // 2]


def _gzip_header_only() -> bytes:
    return gzip.compress(article_html().encode())[:10]


def _gzip_corrupt() -> bytes:
    data = bytearray(gzip.compress(article_html().encode()))
    for index in range(20, len(data), 7):
        data[index] ^= 0x5A
    return bytes(data)


def _gzip_nested() -> bytes:
    return gzip.compress(gzip.compress(article_html().encode()))


def _gzip_trailing_garbage() -> bytes:
    return gzip.compress(article_html().encode()) + random.Random(3).randbytes(4096)


# --- big inputs (written at test time only) -------------------------------------------------


def _huge_line() -> Iterator[bytes]:
    chunk = b"word " * 200_000  # 1 MB, no newline anywhere
    for _ in range(200):
        yield chunk


def _million_paragraphs_text() -> Iterator[bytes]:
    for _ in range(1000):
        yield b"x.\n\n" * 1000


def _million_paragraphs_html() -> Iterator[bytes]:
    yield b"<!DOCTYPE html><html><head><title>Many</title></head><body>"
    for _ in range(1000):
        yield b"<p>x.</p>" * 1000
    yield b"</body></html>"


_BINARY = "binary data: a correct outcome is one error line"

CASES: tuple[Case, ...] = (
    # Nothing to clean.
    Case("empty", "empty.txt", "zero bytes", _bytes(b""), "error"),
    Case(
        "whitespace", "whitespace.txt", "spaces, tabs, newlines", _bytes(b" \t\r\n" * 5000), "error"
    ),
    Case(
        "unicode_whitespace",
        "unicode_whitespace.txt",
        "NBSP, ZWSP, ideographic space",
        _bytes(("\u00a0\u200b\u3000\u2028\n" * 2000).encode()),
        "error",
    ),
    Case(
        "bom_only",
        "bom_only.txt",
        "a UTF-8 byte-order mark and nothing else",
        _bytes(b"\xef\xbb\xbf"),
        "error",
    ),
    Case("all_nul", "all_nul.txt", "1 MB of NUL bytes", _bytes(b"\x00" * 1024 * 1024), "error"),
    Case(
        "script_only",
        "script_only.html",
        "a page whose only text is <script>",
        _bytes(_script_only),
    ),
    Case("style_only", "style_only.html", "a page that is only a stylesheet", _bytes(_style_only)),
    Case(
        "frameset",
        "frameset.html",
        "a frameset page (content lives in other files)",
        _bytes(_frameset),
    ),
    # Binary formats.
    Case("png", "image.png", _BINARY, _bytes(_png), "error"),
    Case("png_named_html", "image_named.html", "a PNG with a .html name", _bytes(_png), "error"),
    Case("pdf", "document.pdf", _BINARY, _bytes(_pdf(30_000)), "error"),
    Case(
        "pdf_mostly_ascii",
        "small.pdf",
        "a PDF with almost no binary stream data",
        _bytes(_pdf(0)),
        "any",
    ),
    Case("elf", "program.elf", _BINARY, _bytes(_elf), "error"),
    Case("jpeg", "photo.jpg", _BINARY, _bytes(_jpeg), "error"),
    Case("zip", "archive.zip", _BINARY, _bytes(_zip), "error"),
    Case("random_bytes", "random.bin", "256 KB of random bytes", _bytes(_random_bytes), "error"),
    # Encodings.
    Case(
        "nul_in_text",
        "nul_in_text.txt",
        "an article with a NUL byte every 97 bytes",
        _bytes(_with_nuls),
        "record",
        ARTICLE_MARKER[:40],
    ),
    Case(
        "invalid_utf8",
        "invalid_utf8.txt",
        "overlong, surrogate and stray bytes in UTF-8 text",
        _bytes(_invalid_utf8),
        "record",
        "The harbour commission approved",
    ),
    Case(
        "utf16le_no_bom",
        "utf16le.txt",
        "UTF-16 LE text without a byte-order mark",
        _bytes(lambda: article_text().encode("utf-16-le")),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "utf16be_no_bom_html",
        "utf16be.html",
        "UTF-16 BE HTML without a byte-order mark",
        _bytes(lambda: article_html().encode("utf-16-be")),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "utf32_bom",
        "utf32.txt",
        "UTF-32 text with a byte-order mark",
        _bytes(lambda: article_text().encode("utf-32")),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "mixed_encodings",
        "mixed.txt",
        "paragraphs in UTF-8, cp1252, Shift-JIS and KOI8-R",
        _bytes(_mixed_encodings),
        "record",
    ),
    Case(
        "declared_charset_lies",
        "declared_lies.html",
        "declares UTF-16, is UTF-8",
        _bytes(_declared_lies),
        "record",
        "The harbour commission approved the dr",
    ),
    Case(
        "bogus_charset",
        "bogus_charset.html",
        "declares a charset nobody knows",
        _bytes(lambda: article_html("<meta charset='x-no-such-charset'>").encode()),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "cp1252_c1",
        "cp1252.txt",
        "cp1252 text with curly quotes (C1 bytes)",
        _bytes(lambda: article_text().replace(" the ", " \u201cthe\u201d ").encode("cp1252")),
        "record",
        "The harbour commission approved",
    ),
    Case(
        "encoded_surrogates",
        "surrogates.txt",
        "UTF-8-encoded surrogate code points",
        _bytes(_encoded_surrogates),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "control_chars",
        "control.txt",
        "ANSI escapes, bidi overrides, BEL, DEL between words",
        _bytes(_control_chars),
        "record",
    ),
    Case(
        "truncated_mid_char_text",
        "cut_char.txt",
        "text cut inside a multibyte character",
        _bytes(_truncated_mid_char_text),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "truncated_mid_char_html",
        "cut_char.html",
        "HTML cut inside a multibyte character",
        _bytes(_truncated_mid_char_html),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "rtl_and_astral",
        "astral.txt",
        "emoji, math letters, cuneiform, RTL overrides",
        _bytes(_rtl_and_astral),
        "record",
        ARTICLE_MARKER,
    ),
    # Markup.
    Case(
        "truncated_mid_tag",
        "cut_tag.html",
        "HTML cut inside a tag",
        _bytes(_truncated_mid_tag),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "nesting_2000",
        "nesting_2000.html",
        "the article 2000 <div> deep (libxml2 stops at 2048 levels)",
        _bytes(_deep("<div>", "</div>", 2000)),
        "record",
        ARTICLE_MARKER,
    ),
    Case("deep_divs", "deep_divs.html", "100k nested <div>", _bytes(_deep("<div>", "</div>"))),
    Case(
        "deep_inline",
        "deep_inline.html",
        "100k nested <b><i>",
        _bytes(_deep("<b><i>", "</i></b>")),
        "any",
    ),
    Case(
        "deep_unclosed",
        "deep_unclosed.html",
        "100k <div> never closed",
        _bytes(_deep("<div><span>", "")),
        "any",
    ),
    Case(
        "deep_lists",
        "deep_lists.html",
        "100k nested lists",
        _bytes(_deep("<ul><li>", "</li></ul>")),
        "any",
    ),
    Case(
        "deep_tables",
        "deep_tables.html",
        "20k nested tables",
        _bytes(_deep("<table><tr><td>", "</td></tr></table>", 20_000)),
        "any",
    ),
    Case(
        "deep_jsonld_arrays",
        "deep_jsonld.html",
        "JSON-LD nested 100k arrays deep",
        _bytes(_deep_jsonld),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "deep_jsonld_objects",
        "deep_jsonld_objects.html",
        "JSON-LD nested 50k objects deep",
        _bytes(_deep_jsonld_objects),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "bad_jsonld",
        "bad_jsonld.html",
        "truncated, mistyped and NaN JSON-LD",
        _bytes(_bad_jsonld),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "many_attributes",
        "many_attributes.html",
        "one element with 100k attributes",
        _bytes(_many_attributes),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "huge_attribute",
        "huge_attribute.html",
        "a 10 MB class attribute",
        _bytes(_huge_attribute),
        "any",
    ),
    Case(
        "entity_flood",
        "entities.html",
        "a million character references, many invalid",
        _bytes(_entity_flood),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "billion_laughs_xml",
        "laughs.xml",
        "billion-laughs XML (nested entities)",
        _bytes(_billion_laughs_xml),
        "any",
        forbidden=(_LAUGH,),
    ),
    Case(
        "billion_laughs_xhtml",
        "laughs.xhtml",
        "billion-laughs DTD in an XHTML page",
        _bytes(_billion_laughs_xhtml),
        "any",
        forbidden=(_LAUGH,),
    ),
    Case(
        "external_entity_xhtml",
        "xxe.xhtml",
        "XHTML with SYSTEM entities (file:// and http)",
        _external_entity_xhtml,
        "any",
        forbidden=(SECRET_MARKER,),
    ),
    Case(
        "external_resources",
        "external.html",
        "external DTD, XInclude, iframe, stylesheet, script src, object pointing at a local file",
        _external_resources,
        "any",
        forbidden=(SECRET_MARKER,),
    ),
    Case(
        "unterminated_comment",
        "open_comment.html",
        "an HTML comment that never ends",
        _bytes(_unterminated_comment),
    ),
    Case(
        "unterminated_cdata",
        "open_cdata.html",
        "a CDATA section that never ends",
        _bytes(_unterminated_cdata),
    ),
    Case(
        "svg_math_template",
        "svg_math.html",
        "inline SVG with script, MathML, template",
        _bytes(_svg_math),
        "record",
        ARTICLE_MARKER,
    ),
    Case("angle_soup", "angles.html", "100k unmatched angle brackets", _bytes(_angle_soup)),
    Case("many_breaks", "breaks.html", "a million <br> elements", _bytes(_many_breaks), "any"),
    Case("giant_table", "table.html", "a 5000 x 100 table", _bytes(_giant_table), "any"),
    # Text oddities.
    Case(
        "cr_only",
        "cr_only.txt",
        "old Mac line endings (CR only)",
        _bytes(_only_newlines_cr),
        "record",
        ARTICLE_MARKER,
    ),
    Case("long_word", "long_word.txt", "a 5 MB word without spaces", _bytes(_long_word), "any"),
    Case(
        "many_lines", "many_lines.txt", "two million one-letter lines", _bytes(_many_lines), "any"
    ),
    Case(
        "regex_bait",
        "regex_bait.txt",
        "long runs of byline, date and list-marker patterns",
        _bytes(_regex_bait),
        "any",
    ),
    Case("number_soup", "numbers.txt", "20k lines of digits", _bytes(_number_soup), "any"),
    Case(
        "markdown_bait",
        "markdown_bait.md",
        "one Markdown paragraph of 100k unclosed links and emphasis markers",
        _bytes(_markdown_bait),
        "any",
    ),
    Case(
        "fragment_run",
        "fragment_run.txt",
        "80k lines, each continuing the sentence of the one before",
        _bytes(_fragment_run),
        "any",
    ),
    # Gzip.
    Case(
        "gzip_good",
        "good.html.gz",
        "a gzipped article (control: must clean)",
        _bytes(lambda: gzip.compress(article_html().encode())),
        "record",
        ARTICLE_MARKER,
    ),
    Case("gzip_bomb", "bomb.html.gz", "1 GiB of markup gzipped to ~1 MB", _gzip_bomb, "error"),
    Case("gzip_truncated", "truncated.html.gz", "gzip cut in the middle", _bytes(_gzip_truncated)),
    Case(
        "gzip_header_only",
        "header_only.gz",
        "a gzip header and nothing else",
        _bytes(_gzip_header_only),
        "error",
    ),
    Case("gzip_corrupt", "corrupt.gz", "gzip with flipped bits", _bytes(_gzip_corrupt), "any"),
    Case("gzip_nested", "nested.gz.gz", "gzip inside gzip", _bytes(_gzip_nested), "any"),
    Case(
        "gzip_trailing_garbage",
        "trailing.html.gz",
        "gzip followed by random bytes",
        _bytes(_gzip_trailing_garbage),
        "any",
    ),
    # Controls: a well-formed article must always clean, whatever else is in the batch.
    Case(
        "good_text",
        "good.txt",
        "a plain article (control)",
        _bytes(lambda: article_text().encode()),
        "record",
        ARTICLE_MARKER,
    ),
    Case(
        "good_html",
        "good.html",
        "an HTML article (control)",
        _bytes(lambda: article_html().encode()),
        "record",
        ARTICLE_MARKER,
    ),
    # Big: generated at test time only.
    Case(
        "huge_line",
        "huge_line.txt",
        "200 MB on a single line",
        _chunks(_huge_line),
        "error",
        big=True,
    ),
    Case(
        "million_paragraphs_text",
        "million.txt",
        "a million tiny paragraphs (4 MB)",
        _chunks(_million_paragraphs_text),
        "any",
        big=True,
    ),
    Case(
        "million_paragraphs_html",
        "million.html",
        "a million tiny <p> (9 MB)",
        _chunks(_million_paragraphs_html),
        "any",
        big=True,
    ),
)


def make_corpus(
    directory: Path, *, big: bool = False, names: set[str] | None = None
) -> list[tuple[Case, Path]]:
    """Write the corpus into ``directory``; return each case with the path of its input."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for case in CASES:
        if (case.big and not big) or (names is not None and case.name not in names):
            continue
        path = directory / case.filename
        case.write(path)
        written.append((case, path))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=lambda value: Path(value).absolute())
    parser.add_argument("--big", action="store_true", help="also write the ~220 MB of big inputs")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)
    if args.list or args.directory is None:
        for case in CASES:
            print(f"{case.name:26} {case.expect:6} {'big ' if case.big else ''}{case.description}")
        return 0
    for case, path in make_corpus(args.directory, big=args.big):
        print(f"{path}\t{case.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
