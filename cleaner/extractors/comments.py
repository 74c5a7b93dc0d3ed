"""Comment links and discussion prompts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Page
from cleaner.config import CleanerConfig
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.languages import alternatives
from cleaner.reasons import Reason

__all__ = ["CommentsExtractor"]

_RULES = RuleSet.of(
    rule(Reason.COMMENT_PROMPT, alternatives("comment_prompt"), 16),
    rule(Reason.COMMENT_PROMPT, alternatives("comment_policy"), 90),
    rule(Reason.COMMENT_COUNT,
         rf"^({alternatives('comments')})$|"
         rf"^(new, )?\(?\d+\)? ({alternatives('comments')}|{alternatives('replies')})\)?$|"
         rf"^({alternatives('comments_heading')}) ?\(\d+\)$", 5),
    # The furniture of each comment: when, how rated, what can be done with it.
    rule(Reason.COMMENT_META,
         rf"{alternatives('comment_age')}|{alternatives('comment_stats')}|"
         rf"^({alternatives('comment_noun')}) ({alternatives('comment_by')})\s+\S.{{0,60}}$|"
         rf"^\S.{{0,40}}\s({alternatives('says')}):?$", 8),
    # One-word actions also follow embedded posts inside articles: not a section boundary.
    rule(Reason.COMMENT_ACTION, rf"^({alternatives('comment_action')})$", 2),
)  # fmt: skip


@dataclass(frozen=True)
class CommentsExtractor:
    """Mark links to comments and prompts to join a discussion.

    Before: [p "Join the discussion: Click to view comments, add yours"] [p "12 comments"]
    After:  [... -> removed: comment_prompt] [... -> removed: comment_count]
    """

    name: ClassVar[str] = "comments"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        return page.with_marks(marks_for(page, _RULES, self.name))
