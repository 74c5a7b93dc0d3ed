"""Small builders the tests share: a text page from block texts, what a step removed from it,
and a document that stalls the pipeline."""

from __future__ import annotations

import time
from typing import Any

import pytest

from cleaner.blocks import Block, Field, Page
from cleaner.extractors.dates import DateExtractor
from cleaner.pipeline import PipelineStep


def text_page(*blocks: Block | str, language: str | None = None) -> Page:
    """A text-dump page whose blocks are ``blocks`` (strings become plain paragraphs)."""
    built = tuple(b if isinstance(b, Block) else Block(i, b) for i, b in enumerate(blocks))
    page = Page("test", "text", built)
    return page if language is None else page.with_field("language", Field(language, "test"))


def removed(step: PipelineStep, page: Page) -> dict[str, str]:
    """Text -> reason of every block ``step`` marked on ``page``."""
    after = step.run(page)
    return {b.text: after.marks[b.id].reason for b in after.blocks if b.id in after.marks}


def stall_document(number: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the ``number``-th document (from 1) spin in its dates step, like a pathological page.

    The spin ends by itself after a minute, so a broken time limit fails the test, never hangs it.
    """
    real = DateExtractor.run
    calls: list[int] = []

    def spin_once(self: DateExtractor, page: Any) -> Any:
        calls.append(1)
        if len(calls) == number:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                time.sleep(0.005)
        return real(self, page)

    monkeypatch.setattr(DateExtractor, "run", spin_once)
