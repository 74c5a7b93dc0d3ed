"""Comment links and discussion prompts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Page
from cleaner.config import CleanerConfig
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.reasons import Reason

__all__ = ["CommentsExtractor"]

_RULES = RuleSet.of(
    rule(Reason.COMMENT_PROMPT,
         r"^join the (discussion|conversation)\b|\bjoin the (discussion|"
         r"conversation)( below)?\s*[:!.]|\b(click|tap) to "
         r"(view|see|read|show) (the )?comments\b|\b(leave|post|add|write|submit) (a|your) "
         r"(comment|reply)\b|\bcomments (are|have been) (closed|disabled)\b|^(show|view|hide|"
         r"read|see|load)( more| all)?( the)? comments\b|\bcommenting (policy|guidelines)\b|"
         r"\bconversation guidelines\b|"
         r"\bdiscussion (policy|guidelines)\b|\bno comments yet\b|\bbe the first to comment\b|"
         r"\byou must be logged in to (post a )?comment\b", 16),
    rule(Reason.COMMENT_PROMPT,
         r"\b(please|be) (be )?(respectful|civil|courteous)\b.*\bcomment|"
         r"\bcomments? (policy|section|guidelines|are moderated)\b|\bcommunity (guidelines|"
         r"standards)\b|"
         r"\bwe (reserve the right|welcome) .{0,40}comments?\b|\bcomment(ing)? is (closed|"
         r"disabled)\b", 90),
    rule(Reason.COMMENT_COUNT,
         r"^(comments?|kommentare?|commentaires?|comentarios?)$|"
         r"^(new, )?\(?\d+\)? (comments?|replies|kommentare?|commentaires?|"
         r"comentarios?|responses?)\)?$|^(comments?|kommentare|commentaires) ?\(\d+\)$", 5),
    # The furniture of each comment: when, how rated, what can be done with it.
    rule(Reason.COMMENT_META,
         r"^(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
         r"years?) ago( at \d{1,2}:\d{2} ?([ap]m)?)?$|^rating: -?\d+ votes?$|"
         r"^\d+ (likes?|replies|points?|votes?|upvotes?)$|^(comment|kommentar|commentaire|"
         r"comentario|reply|antwort) (by|von|de|par)\s+\S.{0,60}$|^\S.{0,40}\s(says|sagt|"
         r"schreibt|a dit|dice|wrote|replied):?$|^vor \d+ (minuten|stunden|tagen)$|"
         r"^il y a \d+ (minutes?|heures?|jours?)$|^hace \d+ (minutos?|horas?|d[ií]as?)$", 8),
    # One-word actions also follow embedded posts inside articles: not a section boundary.
    rule(Reason.COMMENT_ACTION,
         r"^(reply|report abuse|flag|permalink|upvote|downvote)$", 2),
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
