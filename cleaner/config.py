"""The one configuration object, passed explicitly to every step.

Variants come from :func:`dataclasses.replace`; nothing reads settings from globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["CleanerConfig", "InputType"]


class InputType(StrEnum):
    AUTO = "auto"
    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanerConfig:
    """Settings for one cleaning run.

    >>> CleanerConfig().input_type
    <InputType.AUTO: 'auto'>
    >>> CleanerConfig(max_input_bytes=0)
    Traceback (most recent call last):
    ...
    ValueError: max_input_bytes must be positive, got 0
    """

    input_type: InputType = InputType.AUTO
    # A page larger than this is rejected with InputTooLargeError rather than parsed.
    max_input_bytes: int = 20 * 1024 * 1024
    # A page cut into more blocks than this is rejected: a news page has a few thousand at
    # most, and a million one-word lines would cost about 750 bytes each to hold.
    max_blocks: int = 100_000
    # Share-bar and navigation items are short; prose paragraphs are longer than this.
    max_nav_words: int = 6
    # A block needs at least this many words to count as prose on its own.
    min_prose_words: int = 12
    # Strictly enforce metadata extractor failures as errors instead of empty fields.
    strict: bool = False

    def __post_init__(self) -> None:
        if self.max_input_bytes <= 0:
            raise ValueError(f"max_input_bytes must be positive, got {self.max_input_bytes}")
        if self.max_blocks < 1:
            raise ValueError(f"max_blocks must be at least 1, got {self.max_blocks}")
        if self.max_nav_words < 1:
            raise ValueError(f"max_nav_words must be at least 1, got {self.max_nav_words}")
        if self.min_prose_words < 1:
            raise ValueError(f"min_prose_words must be at least 1, got {self.min_prose_words}")
        if not isinstance(self.input_type, InputType):
            object.__setattr__(self, "input_type", InputType(self.input_type))
