"""CommentsExtractor: comment links, counts and discussion prompts."""

from __future__ import annotations

import pytest

from cleaner.extractors import comments
from cleaner.extractors.comments import CommentsExtractor
from tests.helpers import removed
from tests.helpers import text_page as _page


def _reasons(*texts: str) -> dict[str, str]:
    return removed(CommentsExtractor(), _page(*texts))


def test_docstring_example() -> None:
    assert _reasons("Join the discussion: Click to view comments, add yours", "12 comments") == {
        "Join the discussion: Click to view comments, add yours": comments.COMMENT_PROMPT,
        "12 comments": comments.COMMENT_COUNT,
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Join the conversation", comments.COMMENT_PROMPT),
        ("Leave a comment", comments.COMMENT_PROMPT),
        pytest.param("Leave a Reply", comments.COMMENT_PROMPT),
        ("Comments are closed.", comments.COMMENT_PROMPT),
        ("View comments", comments.COMMENT_PROMPT),
        pytest.param("Load more comments", comments.COMMENT_PROMPT),
        ("Load all comments", comments.COMMENT_PROMPT),
        ("Comments", comments.COMMENT_COUNT),
        ("Kommentare", comments.COMMENT_COUNT),
        ("Commentaires", comments.COMMENT_COUNT),
        ("You must be logged in to post a comment.", comments.COMMENT_PROMPT),
        ("Read our commenting policy", comments.COMMENT_PROMPT),
        ("Comments are moderated. Please keep it civil.", comments.COMMENT_PROMPT),
        ("Comment by rivermom_77", comments.COMMENT_META),
        ("D. Kovacs says:", comments.COMMENT_META),
        ("23 Comments", comments.COMMENT_COUNT),
        ("(4) comments", comments.COMMENT_COUNT),
        ("Comments (12)", comments.COMMENT_COUNT),
        ("3 replies", comments.COMMENT_COUNT),
        ("7 Kommentare", comments.COMMENT_COUNT),
        ("2 hours ago", comments.COMMENT_META),
        ("a day ago", comments.COMMENT_META),
        ("14 likes", comments.COMMENT_META),
        ("vor 3 Stunden", comments.COMMENT_META),
        ("il y a 5 minutes", comments.COMMENT_META),
        ("Reply", comments.COMMENT_ACTION),
        ("Report abuse", comments.COMMENT_ACTION),
    ],
)
def test_rule_reasons(text: str, reason: str) -> None:
    assert _reasons(text) == {text: reason}


@pytest.mark.parametrize(
    "text",
    [
        "The council will take public comments at its meeting on Tuesday.",
        "12 comments were received before the deadline, officials said.",
        "More than 200 residents came to City Hall on Monday night to join the discussion about "
        "the plan for the park, organizers said.",
        "He declined to comment.",
        "Two hours ago the road was still closed.",
        "The reply came a week later.",
    ],
)
def test_prose_about_comments_stays(text: str) -> None:
    assert _reasons(text) == {}


def test_short_prose_with_join_the_debate_stays() -> None:
    assert _reasons("Two other candidates are expected to join the debate next week.") == {}
