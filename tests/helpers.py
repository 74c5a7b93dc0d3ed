"""Small builders the extractor tests share: a text page from block texts, and what a step
removed from it."""

from __future__ import annotations

from cleaner.blocks import Block, Field, Page
from cleaner.config import CleanerConfig
from cleaner.pipeline import PipelineStep


def text_page(*blocks: Block | str, language: str | None = None) -> Page:
    """A text-dump page whose blocks are ``blocks`` (strings become plain paragraphs)."""
    built = tuple(b if isinstance(b, Block) else Block(i, b) for i, b in enumerate(blocks))
    page = Page("test", "text", built)
    return page if language is None else page.with_field("language", Field(language, "test"))


def removed(step: PipelineStep, page: Page) -> dict[str, str]:
    """Text -> reason of every block ``step`` marked on ``page``."""
    after = step.run(page, CleanerConfig())
    return {b.text: after.marks[b.id].reason for b in after.blocks if b.id in after.marks}
