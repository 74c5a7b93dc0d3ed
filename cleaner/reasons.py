"""Every reason a block can be removed for, declared once with what other steps ask about it.

A :class:`~cleaner.blocks.Mark` carries a :class:`Reason`; its string value is the code in the
output (``cleaner explain``, ``--with-removed``). Steps that judge other steps' marks (the
article boundary, the title, the related-teaser rule, the HTML content choice) ask a reason's
:class:`Trait` flags, never a list of codes of their own, so a new reason is declared here
once, with its traits, and every step sees it.

>>> Reason.COMMENT_PROMPT, Reason("copyright_line") is Reason.COPYRIGHT_LINE
(<Reason.COMMENT_PROMPT: 'comment_prompt'>, True)
>>> Reason.COPYRIGHT_LINE in reasons_with(Trait.WALL), Reason.TITLE in reasons_with(Trait.WALL)
(True, False)
>>> f"{Reason.SHARE_BAR}"
'share_bar'
"""

from __future__ import annotations

from enum import Flag, StrEnum, auto
from typing import Self

__all__ = ["Reason", "Trait", "reasons_with"]


class Trait(Flag):
    """What a reason tells the steps that read other steps' marks."""

    NONE = 0
    # The block is something other than a title, whatever its shape (title step).
    NEVER_TITLE = auto()
    # Usually opens what follows the article (comments, related stories); the article span
    # crosses one only for a good amount of prose (boundary step).
    ENDS_ARTICLE = auto()
    # The article never runs across it: the comment section, the copyright footer (boundary).
    WALL = auto()
    # Sits inside articles as often as around them ("* * *"): costs the span little (boundary).
    NEUTRAL = auto()
    # The furniture of each comment (its time stamp, rating): a run of it is a comment
    # section, and nothing after it is the article (boundary).
    COMMENT_FURNITURE = auto()
    # A box the markup names by class, id, tag or role: the HTML layout gives it to the blocks
    # inside, and the markup step marks them with it (html.layout, html.content, markup).
    CONTAINER = auto()
    # A container that holds prose of its own (comments): neither its size nor body-like
    # class words make it the article (html.layout, html.content).
    HOLDS_PROSE = auto()
    # An aside: article markup inside it does not make it content (html.content).
    BESIDE_ARTICLE = auto()
    # Lies over the page (a consent notice, a modal dialog): never the page's content, even
    # when the other class names are set aside as wrong (html.content, html.second_opinion).
    OVERLAY = auto()
    # Given by the markup step from the page's markup: the block sat in a box the markup
    # removed, not in the text the rules read (related step's teaser lists).
    MARKUP = auto()
    # Judged by the block's shape or place alone (short and linked, a heading with nothing
    # under it, outside the span), with no word or name as evidence: when nothing else of the
    # chosen HTML content is left, such blocks are the content (last-resort step).
    BY_SHAPE = auto()


_TITLE = Trait.NEVER_TITLE
_ENDS = Trait.ENDS_ARTICLE
_WALL = Trait.WALL | Trait.ENDS_ARTICLE
_BOX = Trait.CONTAINER | Trait.MARKUP


class Reason(StrEnum):
    """Reason codes: ``<what>`` or ``<what>_<why>``, snake_case, stable in the output."""

    traits: Trait

    def __new__(cls, code: str, traits: Trait = Trait.NONE) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.traits = traits
        return member

    # authors: a byline ("By Jane Doe"), a reporter's contact line.
    BYLINE = "byline", _TITLE
    CONTACT_LINE = "contact_line", _TITLE
    # bios (also markup: a box named as the author's bio).
    AUTHOR_BIO = "author_bio", _TITLE | _BOX
    # trim: outside the span the boundary step found.
    OUTSIDE_ARTICLE = "outside_article", Trait.BY_SHAPE
    # captions: a photo credit, a caption ending in one, an HTML <figcaption>.
    PHOTO_CREDIT = "photo_credit", _TITLE
    CAPTION_WITH_CREDIT = "caption_with_credit", _TITLE
    MARKUP_CAPTION = "markup_caption", _TITLE
    # A caption that points into its picture: "Marcell Jansen (l.) und Piotr Trochowski".
    POSITION_CAPTION = "position_caption", _TITLE
    # A text dump's line right before a credited caption, too short for a sentence: the
    # picture's own text (lynx and w3m print an image's alt text where the image stands).
    IMAGE_TEXT = "image_text", _TITLE
    # chrome: calls to action and site furniture.
    HOME_PAGE_PROMPT = "home_page_prompt", _TITLE
    NEWSLETTER_PROMPT = "newsletter_prompt", _TITLE
    ACCOUNT_PROMPT = "account_prompt", _TITLE
    PRIVACY_LINK = "privacy_link", _TITLE
    # A cookie or consent notice lies over the page: never its content (html.content).
    COOKIE_NOTICE = "cookie_notice", _TITLE | _BOX | Trait.OVERLAY
    SHARE_PROMPT = "share_prompt", _TITLE
    APP_PROMPT = "app_prompt", _TITLE
    ADVERTISEMENT = "advertisement", _TITLE | _BOX
    SKIP_LINK = "skip_link", _TITLE
    READ_MORE_LINK = "read_more_link", _TITLE
    # A shop's button alone ("Check price at Amazon", "View Deal"). Not neutral to the span: a
    # product list's buttons between its names left the names in (wcxb tune 4420).
    SHOP_BUTTON = "shop_button", _TITLE
    # A story's reading time alone: "5 min read", "Lesezeit: 3 Min.".
    READING_TIME = "reading_time", _TITLE
    SCRIPT_NOTICE = "script_notice", _TITLE
    # A text browser's drawing of what it cannot show: a form control, an embed, an image
    # without text (lynx's "(BUTTON) Sign up", "IFRAME: https://...", "[photo_12.jpg]").
    FORM_CONTROL = "form_control", _TITLE
    # A line that starts with an address: a link list's entry (lynx's "References" at the end
    # of its dump), a share link written out ("mailto:?subject=...").
    LINK_ADDRESS = "link_address", _TITLE
    SEPARATOR_LINE = "separator_line", _TITLE | Trait.NEUTRAL
    # A link to the story before or after ("← Previous Story", "Older Posts"): the pager
    # under a blog's or news site's post, never its prose.
    PAGER_LINK = "pager_link", _TITLE
    FEEDBACK_PROMPT = "feedback_prompt", _TITLE
    PAYWALL_PROMPT = "paywall_prompt", _TITLE
    DISCLAIMER = "disclaimer", _TITLE
    # comments: prompts to join, counts, each comment's furniture, its action links.
    COMMENT_PROMPT = "comment_prompt", _TITLE | _WALL
    COMMENT_COUNT = "comment_count", _TITLE | _ENDS
    COMMENT_META = "comment_meta", _TITLE | _WALL | Trait.COMMENT_FURNITURE
    COMMENT_ACTION = "comment_action", _TITLE
    # dates: a date line.
    DATE_LINE = "date_line", _TITLE
    # duplicates: a block repeating one just before it.
    DUPLICATE_TEXT = "duplicate_text"
    # markup: outside the article container, or in a box the markup names.
    OUTSIDE_CONTENT = "outside_content", Trait.MARKUP
    NAV_CONTAINER = "nav_container", _BOX
    COMMENT_SECTION = "comment_section", _BOX | Trait.HOLDS_PROSE
    SHARE_BAR = "share_bar", _BOX
    RELATED_LINKS = "related_links", _BOX
    NEWSLETTER_BOX = "newsletter_box", _BOX
    PROMO_BOX = "promo_box", _BOX
    # A modal dialog (role="dialog" aria-modal="true": a consent form, a sign-in box) lies over
    # the page: however much of its prose it holds, it is no layout wrapper.
    MODAL_DIALOG = "modal_dialog", _TITLE | _BOX | Trait.HOLDS_PROSE | Trait.OVERLAY
    PAGE_FOOTER = "page_footer", _BOX
    ASIDE_BOX = "aside_box", _BOX | Trait.BESIDE_ARTICLE
    ARTICLE_META = "article_meta", _BOX
    LINK_LIST = "link_list", Trait.MARKUP | Trait.BY_SHAPE
    TIMESTAMP = "timestamp", Trait.MARKUP
    ORPHAN_HEADING = "orphan_heading", Trait.MARKUP | Trait.BY_SHAPE
    # navigation: a run of short link-like lines.
    NAVIGATION_RUN = "navigation_run", Trait.BY_SHAPE
    # navigation: a table of contents, the section headings listed before the sections; it
    # sits inside articles, and the span crosses it as a section break.
    TABLE_OF_CONTENTS = "table_of_contents", _TITLE | Trait.NEUTRAL
    # navigation: a menu run into the text of a page flattened into one line ("Home News
    # Local Sport ... Sign in"); a site's menu, never its headline.
    MENU_RUN = "menu_run", _TITLE
    # publisher: a copyright line.
    COPYRIGHT_LINE = "copyright_line", _TITLE | _WALL
    # related: section headers, their items, tag lines, inline teasers.
    RELATED_HEADER = "related_header", _TITLE | _ENDS
    RELATED_ITEM = "related_item"
    TAG_LINE = "tag_line", _TITLE
    INLINE_TEASER = "inline_teaser"
    # reprints: reprint lines, rows of print/e-mail/share actions.
    REPRINT_LINE = "reprint_line", _TITLE
    ACTION_ROW = "action_row", _TITLE
    # summary: the standfirst repeated as a caption.
    SUMMARY = "summary", _TITLE
    # title: the title's own block.
    TITLE = "title"


def reasons_with(trait: Trait) -> frozenset[Reason]:
    """The reasons that have ``trait``: a set for the steps' hot loops."""
    return frozenset(reason for reason in Reason if trait in reason.traits)
