"""A CI-sized run of the fuzz target (fuzz/fuzz_clean.py) without atheris.

A few hundred inputs: random bytes, and seed pages (HTML, text dumps, XHTML with a DTD,
gzip) mutated the way a fuzzer would (bytes flipped, inserted, deleted, spliced, cut). The
target raises on anything but a CleanerError, so this fails on the same findings atheris
would report, only far fewer of them. Long runs: see the module docstring of the target.
"""

from __future__ import annotations

import gzip
import importlib.util
import random
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

TARGET = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_clean.py"
SEED = 20240506
RUNS = 300

_ARTICLE = (
    "The council voted on Monday to close the bridge, saying repairs would cost more than a "
    "new crossing. Residents who have lived there for years said they were not consulted."
)
_SEEDS = (
    f"<!DOCTYPE html><html><head><title>Bridge</title><meta charset='utf-8'></head><body>"
    f"<nav><a href=/>Home</a></nav><article><h1>Bridge closes</h1><p>{_ARTICLE}</p>"
    f"<p>By Jane Doe · Nov. 2, 2020</p><script>var x = 1;</script></article></body></html>",
    f"Home | News | Sport\n\nBridge closes\n\nBy Jane Doe\n\nNov. 2, 2020\n\n{_ARTICLE}\n\n"
    "Share this\n\n© 2020 The Times\n",
    f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
    f"<html><body><p>&b; {_ARTICLE}</p></body></html>",
    f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Bridge",'
    f'"author":{{"name":"Jane Doe"}},"datePublished":"2020-11-02"}}</script><p>{_ARTICLE}</p>',
)


def _load_target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_clean", TARGET)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _flip(rng: random.Random, data: bytearray) -> None:
    if data:
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)


def _insert(rng: random.Random, data: bytearray) -> None:
    token = rng.choice([b"<", b">", b"</p>", b"&amp;", b"&#0;", b"\x00", b"\xff", b"\xc3",
                        b"<div>" * 50, b"\n\n", b"<script>", b"<!--", b"]]>", b'"'])  # fmt: skip
    data[rng.randrange(len(data) + 1) : 0] = token


def _delete(rng: random.Random, data: bytearray) -> None:
    if data:
        start = rng.randrange(len(data))
        del data[start : start + rng.randint(1, 64)]


def _splice(rng: random.Random, data: bytearray) -> None:
    other = rng.choice(_SEEDS).encode()
    start = rng.randrange(len(other))
    data[rng.randrange(len(data) + 1) : 0] = other[start : start + rng.randint(1, 200)]


def _cut(rng: random.Random, data: bytearray) -> None:
    del data[rng.randrange(len(data) + 1) :]


_MUTATIONS: tuple[Callable[[random.Random, bytearray], None], ...] = (
    _flip, _insert, _delete, _splice, _cut,
)  # fmt: skip


def _inputs(count: int) -> list[bytes]:
    rng = random.Random(SEED)
    out: list[bytes] = []
    for index in range(count):
        kind = rng.random()
        if kind < 0.2:
            page = rng.randbytes(rng.randint(0, 2048))
        else:
            data = bytearray(
                rng.choice(_SEEDS).encode(
                    rng.choice(["utf-8", "utf-16", "cp1252"]) if index % 7 else "utf-8", "replace"
                )
            )
            for _ in range(rng.randint(1, 8)):
                rng.choice(_MUTATIONS)(rng, data)
            page = bytes(data)
            if kind > 0.9:
                page = gzip.compress(page)[: rng.randint(10, len(page) + 40)]
        out.append(bytes([rng.randrange(3)]) + page)  # first byte: the input type
    return out


@pytest.fixture(scope="module")
def target() -> ModuleType:
    return _load_target()


def test_target_runs_without_atheris(target: ModuleType) -> None:
    target.test_one_input(b"")
    target.test_one_input(b"\x02<p>" + _ARTICLE.encode() + b"</p>")


def test_smoke_run(target: ModuleType) -> None:
    for data in _inputs(RUNS):
        target.test_one_input(data)
