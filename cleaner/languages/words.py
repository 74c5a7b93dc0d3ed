"""The shape of a language's words: :class:`Language`, and the slots its phrases fill.

A rule that reads text in several languages (a newsletter prompt, a related-stories header,
a byline) is written once, with *slots* where the words go; each language module fills the
slots it has words for. A slot's value is a regular-expression fragment: words or phrases
separated by ``|``, in lower case (the rules ignore case). :data:`SLOTS` says what each
slot holds, with an English example; a language may leave any slot out.

>>> Language(code="xx", phrases={"not_a_slot": "x"})
Traceback (most recent call last):
...
ValueError: language 'xx': unknown slot(s) ['not_a_slot']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = ["SLOTS", "Language"]

# Slot name -> what it holds (English example), in the order the steps use them.
SLOTS: Mapping[str, str] = MappingProxyType({
    # chrome: calls to action and site furniture (the whole line, or a phrase in it)
    "home_page_prompt": "a prompt to make the site the home page: 'Make us your home page'",
    "app_prompt": "a prompt to get the app: 'Download our free app'",
    "app_mention": "an app store or platform named in a short line: 'Get it on Google Play'",
    "feedback_prompt": "a question about the article or a reply form: 'Was this helpful?'",
    "paywall_prompt": "a paywall or donation prompt: 'Please subscribe', 'Donate now'",
    "support_verb": "'support' in 'Support our journalism'",
    "support_us": "'our', 'us' in 'Support our journalism'",
    "journalism": "'journalism', 'work' in 'Support our journalism'",
    "disclaimer": "the author's-views disclaimer: 'Opinions expressed are ...'",
    "newsletter_prompt": "a newsletter prompt in a line of up to 30 words: 'Sign up for ...'",
    "subscribe_word": "the word 'subscribe' alone in a line of up to 5 words",
    "signup_consent": "a sign-up form's consent, opening a line: 'By signing up, you agree'",
    "account_prompt": "a sign-in or register button: 'Log in', 'Create an account'",
    "privacy_link": "a privacy, terms or imprint link: 'Privacy policy'",
    "cookie_notice": "a cookie notice: 'We use cookies ...'",
    "share_button": "the first word of a share row: 'Share this article', 'Tweet'",
    "share_button_more": "further words of a share row: 'Email', 'Print'",
    "advertisement": "an advertising label alone on its line: 'Advertisement'",
    "skip_link": "a skip link or menu button alone on its line: 'Skip to content', 'Menu'",
    "read_more": "the start of a 'read more' link: 'Continue reading'",
    "shop_button": "a shop's or a review's button alone on its line: 'Check price at Amazon'",
    "script_notice": "a JavaScript or ad-blocker notice: 'Please enable JavaScript'",
    "embed_consent": "an embed's placeholder asking consent: 'To load this content, click Allow'",
    "embed_label": "an embed widget's label, capitalised as a button: 'Embed this video'",
    "follow_prompt": "a prompt to follow someone on a social network, before it: 'Follow us on'",
    "pager_link": "a blog's or news site's link to the story before or after: 'Previous story'",
    # comments
    "comment_prompt": "a prompt to comment, in a line of up to 16 words: 'Leave a comment'",
    "comment_policy": "the comment policy, in up to 90 words: 'Comments are moderated'",
    "comment_opener": "a prompt opening the comments, in a flattened page: 'Leave a comment'",
    "comments": "'Comments' as a section title or count: 'comments?'",
    "comments_heading": "'Comments' before a count in brackets: 'Comments (12)'",
    "thread_heading": "a heading over a post's comments: 'Discussion about this post'",
    "replies": "other nouns a count may have: 'replies', 'responses'",
    "comment_age": "a comment's age alone on its line: '3 hours ago'",
    "comment_stats": "a comment's votes or rating: 'Rating: 4 votes', '12 likes'",
    "comment_noun": "'Comment' in 'Comment by Jane'",
    "comment_by": "'by' in 'Comment by Jane'",
    "says": "'says' in 'Jane says:' over a comment",
    "comment_action": "an action under a comment, alone on its line: 'Reply', 'Report abuse'",
    "poster_badges": "a poster's badge counts on a Q&A site: '12 gold badges 40 silver badges'",
    # captions
    "picture": "a word for a picture in a credit: 'Photo', 'Image'",
    "photo_position": "where a caption's person stands, in brackets: '(l.)', '(v.l.)', '(left)'",
    "credit_label": "other labels of a credit: 'Credit', 'Source', 'Video'",
    "courtesy": "a credit phrase alone: 'Courtesy of ...', 'File photo'",
    "media_word": "what a copyright line credits when it is a picture's: 'Image copyright'",
    # publisher
    "rights_reserved": "'All rights reserved' after the publisher's name",
    # related
    "related_header": "a related-stories header alone on its line: 'Related stories'",
    "box_label": "a box's label that heads related headlines only when they follow: 'Up next'",
    "tag_label": "the label of a tag line: 'Tags:', 'Filed under:'",
    "post_filing": "a blog's line under a post: 'This entry was posted in News and tagged ...'",
    "teaser_label": "the label of an inline teaser: 'Read more:', 'See also:'",
    "reading_time": "a reading time's label, before or after it: 'Reading time:', 'min read'",
    "read_more_tail": "a teaser's read-more link glued after its lede: '... Hintergründe. mehr'",
    "teaser_end": "a teaser's 'read more' link alone on its line: 'Read more'",
    # bios
    "bio": "an author bio after the author's name: 'is a reporter for ...'",
    "about_author": "an author box's header alone on its line: 'About the author'",
    "about": "'About' before the author's name in an author box's header: 'About Jane Doe'",
    "bio_verb": "a bio's verb right after the byline's name, in the present: 'Jane is ...'",
    # bylines (cleaner.bylines): what comes before the names, and how names are joined
    "byline_verb": "a verb before 'by' in a byline: 'Written', 'Posted'",
    "byline_by": "'by' before the names: 'By Jane Doe'",
    "byline_by_glued": "the 'by' words a text dump may glue to the name: 'ByJane Doe'",
    "byline_label": "a label before a colon and the names: 'Author: Jane Doe'",
    "thread_starter": "a forum's label before who opened the thread: 'Thread starter'",
    "reply_prefix": "a forum reply's prefix before the thread's title, with a colon: 'Re'",
    "breadcrumb_root": "a breadcrumb trail's first item, the site's front page: 'Home'",
    "result_count": "a listing's count of what it shows, alone in a line: '133 items'",
    "listing_control": "a listing's sort, filter or view control: 'Sort and Filter'",
    "price_label": "a label before a price alone in its line: 'From $29.99', 'Sale price'",
    "photo_credit_verb": "a photographer's credit in a byline element: 'Photos by' (markup)",
    "name_and": "a word that joins two names: 'Jane Doe and John Smith'",
    "name_particle": "a lower-case word inside a name: 'van' in 'Jan van Dijk'",
    "name_title": "a title abbreviated with a stop before a name, no stop: 'Dr' in 'Dr. Jo Lee'",
    "credit_source": "a word before a picture credit's source: 'Jane Doe for The Times'",
    "not_a_name": "words after 'By' that make no byline: 'By the numbers', 'By Monday'",
    "name_article": "an article a team's or paper's name starts with: 'By The Diggs Team'",
    "role_word": "a word for a role, not a person, in a byline: 'Staff Writer'",
    "contact_label": "the start of a reporter's contact line: 'Contact Jane Doe at ...'",
    "dateline_verb": "a verb in a dateline that ends with the author: 'Posted ... by Jane Doe'",
    # dates (cleaner.datetimes)
    "date_at": "the word between a date and its time: '2 December 2016 at 18:51'",
    "date_on": "the word before a date that follows a time: '18:51 on 2 December 2016'",
    "date_of": "the word between day, month and year: '2 de diciembre de 2016'",
    "ordinal": "the ending of a day number: '2nd', '1er'",
    "oclock": "the word after a time: '18:51 Uhr' (German), '18h51' (French)",
    "published_label": "a label before the publication date: 'Published', 'Posted'",
    "modified_label": "a label before the modification date: 'Updated', 'Last modified'",
    "date_bound": "a word that makes a date a period's start or end: 'since 1 May 2020', 'until'",
    "date_example": "a word that makes a date an example: 'e.g. 9.9.2019', 'z. B.'",
    "date_cited": "a word that makes a date a reference's access date: 'Retrieved 3 May 2020'",
    # navigation
    "verdict_header": "a review's pros or cons header alone on its line: 'Pros', 'Best for'",
    "contents_label": "a table of contents' title alone on its line: 'Table of Contents'",
    "key_points_header": "a summary's header over its points alone on its line: 'Key takeaways'",
})  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    """One language's words (see the module docstring and ``README.md``, "Adding a language")."""

    code: str  # ISO 639-1
    # Slot -> a regular-expression fragment in lower case; the rules ignore case.
    phrases: Mapping[str, str] = field(default_factory=dict)
    # The twelve months, January first: each month's names, lower case, then its
    # abbreviations; a three-letter abbreviation also stands for any word it starts
    # ("Sept.", "Febr."), so list only those that start no common word.
    months: tuple[tuple[str, ...], ...] = ()
    month_abbreviations: tuple[tuple[str, ...], ...] = ()
    # Whether its typography puts a space before a colon ("Europe : les ventes ..."); elsewhere
    # " : " in a dump's line is two inline elements joined by the dump ("Kicker : Headline").
    spaced_colon: bool = False

    def __post_init__(self) -> None:
        for table in (self.months, self.month_abbreviations):
            if table and len(table) != 12:
                raise ValueError(f"language {self.code!r}: months need 12 entries")
        unknown = sorted(set(self.phrases) - set(SLOTS))
        if unknown:
            raise ValueError(f"language {self.code!r}: unknown slot(s) {unknown}")
        for slot, fragment in self.phrases.items():
            try:
                re.compile(fragment)
            except re.error as error:
                raise ValueError(f"language {self.code!r}, slot {slot!r}: {error}") from None
        object.__setattr__(self, "phrases", MappingProxyType(dict(self.phrases)))
