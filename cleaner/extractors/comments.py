"""Comment links and discussion prompts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Page
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.languages import alternatives
from cleaner.reasons import Reason

__all__ = ["CommentsExtractor"]


@dataclass(frozen=True, slots=True)
class CommentLimits:
    """Longest block, in words, each comments rule judges: a call to action is short, and the
    same words inside a longer sentence are reporting. Each was set with its rule (no
    figure recorded)."""

    # "Join the discussion: click to view comments, add yours".
    comment_prompt: int = 16
    # A comment policy is a paragraph; no article sentence talks like one.
    comment_policy: int = 90
    # "12 comments", "Comments (3)".
    comment_count: int = 5
    # "3 hours ago", "Jane Doe says:", "Rating: 4 votes".
    comment_meta: int = 8
    # "Reply", "Report abuse", a Q&A site's "Improve this answer".
    comment_action: int = 3
    # "88.7k 16 16 gold badges 125 125 silver badges 181 181 bronze badges": a poster's card.
    poster_badges: int = 16


SETTINGS = CommentLimits()

# A Q&A poster's reputation and badge counts under each post: each count is its figure twice
# in an inscriptis dump ("6 6 gold badges"), once glued in a blocks one.
_BADGES = rf"^[\d.,]+k?(\s*\d+(\s+\d+)?\s*({alternatives('poster_badges')}))+$"
# Text dumps only: an HTML page's boundary has no thread-post rule to join posts across the
# marked card, and the span there lost a thread's first answer (wcxb HTML tune 0567, 0.915 ->
# 0.899). The card stays a rule of the set the features step indexes; on HTML its marks are
# left out.
_BADGES_LINE = re.compile(_BADGES, re.IGNORECASE)
_RULES = RuleSet.of(
    rule(Reason.COMMENT_PROMPT, alternatives(Reason.COMMENT_PROMPT), SETTINGS.comment_prompt),
    rule(Reason.COMMENT_PROMPT, alternatives("comment_policy"), SETTINGS.comment_policy),
    rule(Reason.COMMENT_COUNT,
         rf"^({alternatives('comments')}):?$|"
         rf"^(new, )?\(?\d+\)? ({alternatives('comments')}|{alternatives('replies')})\)?:?$|"
         rf"^({alternatives('comments_heading')}) ?\(\d+\)$|"
         rf"^({alternatives('thread_heading')}):?$", SETTINGS.comment_count),
    # The furniture of each comment: when, how rated, what can be done with it.
    rule(Reason.COMMENT_META,
         rf"{alternatives('comment_age')}|{alternatives('comment_stats')}|"
         rf"^({alternatives('comment_noun')}) ({alternatives('comment_by')})\s+\S.{{0,60}}$|"
         rf"^\S.{{0,40}}\s({alternatives('says')}):?$", SETTINGS.comment_meta),
    # One-word actions also follow embedded posts inside articles: not a section boundary.
    rule(Reason.COMMENT_ACTION, rf"^({alternatives(Reason.COMMENT_ACTION)})$",
         SETTINGS.comment_action),
    rule(Reason.COMMENT_ACTION, _BADGES, SETTINGS.poster_badges),
)  # fmt: skip


@dataclass(frozen=True)
class CommentsExtractor:
    """Mark links to comments and prompts to join a discussion.

    Before: [p "Join the discussion: Click to view comments, add yours"] [p "12 comments"]
    After:  [... -> removed: comment_prompt] [... -> removed: comment_count]
    """

    name: ClassVar[str] = "comments"
    rules: ClassVar[RuleSet] = _RULES

    def run(self, page: Page) -> Page:
        marks = list(marks_for(page, self.rules, self.name))
        if page.input_type != "text" and any(m.reason is Reason.COMMENT_ACTION for m in marks):
            marks = [
                mark
                for mark in marks
                if mark.reason is not Reason.COMMENT_ACTION
                or _BADGES_LINE.match(page.blocks[mark.block_id].text) is None
            ]
        return page.with_marks(marks)
