"""Every tag set, class/id token list and compiled pattern the HTML front end uses.

Grouped by purpose and built from named token tuples (as trafilatura's ``xpaths.py``), so a
reviewer can read in one place what the front end treats as content, chrome or invisible.
Class and id values are matched on their *parts*: ``"socialShareBar"`` and
``"social-share_bar"`` both become ``"social-share-bar"`` before the patterns run.

>>> class_parts("socialShareBar post__content")
'social-share-bar post-content'
>>> boilerplate_reason(class_parts("c-share-tools"))
<Reason.SHARE_BAR: 'share_bar'>
>>> boilerplate_reason(class_parts("article-body")) is None
True
"""

from __future__ import annotations

import re

from lxml import etree

from cleaner.prechecks import required_literals, trie_pattern
from cleaner.reasons import Reason

__all__ = [
    "DROPPED_TAGS",
    "HIDDEN_CLASS_TOKENS",
    "HIDDEN_STYLE",
    "INLINE_TAGS",
    "LAYOUT_TAGS",
    "NO_SIGNALS",
    "PROPS_ELEMENTS",
    "REVEALED_TAGS",
    "REVEAL_DROPPED_TAGS",
    "boilerplate_reason",
    "class_parts",
    "content_hint",
    "has_keyword",
    "is_caption_class",
    "token_signals",
]

# Elements whose content is never visible text.
DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "select", "option", "button", "input", "textarea", "head", "title", "meta", "link",
    "base", "audio", "video", "source", "track", "map", "area", "datalist", "dialog", "picture",
    "rt", "rp",  # ruby annotations: the reading aid over a word, not the text itself
})  # fmt: skip

# What the walk also reads when it reveals a page whose visible text is (nearly) empty (see
# cleaner/html/reveal.py): the crawler view of a JS application (Discourse), and a <button>
# or an <object> that broken markup made the parent of the whole page. <head> is read for
# pages whose body lxml put under it; its <title>, <meta>, scripts and styles stay dropped.
REVEALED_TAGS = frozenset({"noscript", "button", "object", "head"})
REVEAL_DROPPED_TAGS = DROPPED_TAGS - REVEALED_TAGS

# Elements that flow inside a line of text; every other element starts a new block.
INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr", "output",
    "meter", "progress", "ruby",
})  # fmt: skip

# A table holding any of these lays out a page; one without them holds data.
LAYOUT_TAGS = (
    "table", "div", "p", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "form", "main", "aside", "nav",
)  # fmt: skip

# Whole class tokens (not parts) that hide an element from sighted readers.
HIDDEN_CLASS_TOKENS = frozenset({
    "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "screen-reader-only", "screenreader-only", "a11y-hidden", "d-none", "is-hidden", "u-hidden",
    "element-invisible", "offscreen", "sronly", "sr_only", "invisible",
})  # fmt: skip
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Elements a script framework renders from JSON in an attribute named for the component's
# properties (data-react-props, data-props, data-hydrate-props), read by cleaner/html/props.py.
PROPS_ELEMENTS = etree.XPath("//*[@*[starts-with(name(), 'data-') and contains(name(), 'props')]]")

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SEPARATORS = re.compile(r"[-_]+")

# Container reason -> class/id parts that name such a container. Order matters: first hit wins.
_BOILERPLATE_TOKENS: tuple[tuple[Reason, str], ...] = (
    (Reason.COMMENT_SECTION,
     r"comments?|comment-?(list|section|area|form|thread|box|wrap\w*)|"
     r"commentlist|disqus\w*|respond|replies|discussion|kommentare?|commentaires?|comentarios?"),
    (Reason.SHARE_BAR,
     r"share|shares|sharing|sharebar|sharetools|share-?(buttons?|links?|tools|bar|"
     r"icons?)|addthis\w*|sharethis|sharedaddy|social-(links?|icons?|buttons?|bar|share|follow|"
     r"tools|networks?|media-links|sharing|section|box|container|wrapper|block)|socials|follow-us|"
     r"print-?button|teilen|siguenos|partager|compartir"),
    (Reason.RELATED_LINKS,
     r"related|rel-?articles?|recommended|recommendations?|recirc\w*|"
     r"more-(stories|articles|news|from|on|in)|read-?more-?links?|mostread|most-(read|popular|"
     r"viewed|shared|commented)|popular|trending|outbrain|taboola|zergnet|you-may-(also-)?like|"
     r"also-read|read-?also|further-reading|suggested|next-?(article|story|post)|up-?next|"
     r"teasers?|more-?links|see-also|weitere|empfehlung\w*|aussi|plus-lus|widgets?"),
    (Reason.NEWSLETTER_BOX,
     r"newsletters?|subscribe|subscription|subscriber|signup|sign-up|optin|"
     r"opt-in|paywall|registration-?wall|regwall|piano|inline-?cta|cta"),
    (Reason.AUTHOR_BIO,
     r"author-?(bio|info|box|card|details|profile|about|description)|about-author|"
     r"authorbio|bio|biography|contributor-?bio"),
    (Reason.ADVERTISEMENT,
     r"ads?|adv|advert\w*|adsense|adslot|ad-?(slot|unit|container|wrapper|"
     r"block|box|zone|place\w*)|dfp|gpt|sponsor\w*|dfp-\w+|banner-?ad|native-?ad|taboola-?ads?"),
    (Reason.PROMO_BOX,
     r"promo\w*|promotion|banner|marketing|upsell|ratings?|rating-?\w+|voting|"
     r"donate|donation"),
    # "cmp" (a consent management platform) only as a token's last part ("qc-cmp", "sp-cmp"):
    # as its first, it is Adobe's component prefix, on every part of the page ("cmp-text",
    # "cmp-teaser"; wcxb tune: a services page's body taken as a cookie notice).
    (Reason.COOKIE_NOTICE,
     r"cookies?|consent|gdpr|cmp(?=$| )"),
    (Reason.NAV_CONTAINER,
     r"nav|navbar|navigation|navi|menu|menus|menubar|breadcrumbs?|pagination|"
     r"pager|sidebar|side-?bar|skip-?link|skip|toolbar|topbar|top-bar|masthead|subnav|"
     r"mega-?menu|site-?header|global-?header|header-?nav|sitemap|jump-?links|tabs"),
    (Reason.PAGE_FOOTER,
     r"footer|site-?footer|page-?footer|copyright|colophon|bottom-?bar"),
    (Reason.ARTICLE_META,
     r"byline|bylines|dateline|timestamp|post-?meta|entry-?meta|article-?meta|"
     r"meta-?info|tags|tag-?list|taglist|tag-?cloud|categories|post-?tags|keywords|topics|"
     r"article-?tools|print-?info|reading-?time"),
)  # fmt: skip
# The patterns below run on " " + parts, so every part starts after a " " or "-": a pattern
# that opens with the class [ -] lets re jump from one part boundary to the next instead of
# trying every position (an alternative with "^" would turn that off). The boundary is tested
# once per position, not once per reason: same matches, and most positions fail at once.
_BOILERPLATE = re.compile(
    "[ -](?:"
    + "|".join(rf"(?P<{reason}>(?:{tokens}))(?=$|[ -])" for reason, tokens in _BOILERPLATE_TOKENS)
    + ")"
)

# Class/id parts that name the article text itself.
_CONTENT_STRONG = re.compile(
    r"[ -](?:(?:article|story|post|entry|blog|news|main|page|node|single|td-post|field)-?"
    r"(?:body|content|text|copy|inner|main|story)|articlebody|storybody|bodytext|body-?text|"
    r"entrycontent|postcontent|articletext|articlecontent|content-?body|rich-?text|"
    r"story-?text|article-?detail|article-?main|main-?text|paywall-?content|text-?content|"
    r"td-post-content|post-?entry)(?=$|[ -])"
)
_CONTENT_WEAK = re.compile(
    r"[ -](?:article|story|content|post|main|body|text|blog|entry)(?=$|[ -])"
)
# Modifier parts saying a wrapper *has* something ("has-sidebar"), which is not what it is.
_MODIFIER = re.compile(r"[ -](?:has|with|no|show|hide|is|enable|enabled|without|js)-\S*")


# Every keyword the patterns above can match, as a plain substring: a token with none of
# them ("col-md-8", "e1qksbhf0") needs no further look, which is most tokens.
_KEYWORDS = (
    "comment", "disqus", "respon", "repl", "discus", "komment", "comentar", "shar", "addthis",
    "social", "follow", "print", "teilen", "siguenos", "partager", "compartir", "relat",
    "recirc", "recommend", "more", "read", "popular", "trend", "outbrain", "taboola", "zergnet",
    "like", "also", "further", "suggest", "next", "teaser", "see", "weitere", "empfehl", "aussi",
    "plus", "widget", "newsletter", "subscri", "sign", "opt", "paywall", "regwall", "piano",
    "registration",
    "cta", "author", "bio", "contributor", "most", "advert", "sponsor", "dfp", "gpt", "banner",
    "native", "promo", "marketing", "upsell", "rating", "voting", "donat", "cookie", "consent",
    "gdpr", "cmp", "nav", "menu", "breadcrumb", "pagination", "pager", "side", "skip", "toolbar",
    "top", "masthead", "header", "sitemap", "jump", "tabs", "footer", "copyright", "colophon",
    "bottom", "byline", "dateline", "timestamp", "meta", "tag", "categor", "keyword", "topic",
    "tools", "reading", "article", "story", "post", "entry", "blog", "news", "main", "page",
    "node", "single", "field", "body", "content", "text", "copy", "rich", "detail", "caption",
    "legend", "credit",
)  # fmt: skip


# "ad" only as a whole part ("ad-slot", "top_ad"), and "galleryAd", "divRightAD": a camel-cased
# ad that lower-casing would hide. A leading "ad" is tested with startswith: "^" in the pattern
# would stop re from jumping to the characters a keyword can start with.
_ANY_KEYWORD = re.compile(trie_pattern((*_KEYWORDS, "-ad", "_ad", " ad")))


def has_keyword(token: str) -> bool:
    """False for a class/id token that no pattern here can match (a cheap first look).

    >>> has_keyword("col-md-8"), has_keyword("articleBody"), has_keyword("ad_slot")
    (False, True, True)
    """
    if "Ad" in token or "AD" in token:
        return True
    lowered = token.lower()
    return lowered.startswith("ad") or _ANY_KEYWORD.search(lowered) is not None


def class_parts(value: str) -> str:
    """Lower-case, de-camel-cased class/id words, separated by "-" within a token.

    >>> class_parts("articleBody main_content")
    'article-body main-content'
    """
    if not value.islower():  # str methods first: most class names need no regex at all
        value = _CAMEL.sub(r"\1-\2", value).lower()
    if "_" in value or "--" in value:
        value = _SEPARATORS.sub("-", value)
    return value


# What a token that names nothing says; the one tuple for all of them, so callers can skip it.
NO_SIGNALS: tuple[Reason | None, float, bool] = (None, 0.0, False)


def token_signals(token: str) -> tuple[Reason | None, float, bool]:
    """(boilerplate reason, content hint, names a caption) of one class or id token.

    The three answers of :func:`boilerplate_reason`, :func:`content_hint` and
    :func:`is_caption_class` at once, normalising the token only once.

    >>> token_signals("wp-caption-text"), token_signals("socialShareBar")
    ((None, 0.5, True), (<Reason.SHARE_BAR: 'share_bar'>, 0.0, False))
    >>> token_signals("col-md-8")
    (None, 0.0, False)
    """
    if not has_keyword(token) or "[" in token:
        # A utility class with an arbitrary value ("top-[var(--nav-height)]",
        # "tw-mt-[--teaser-content-space]") says how the element looks, not what it is: the
        # variable's name is no container's (wcxb tune: a phone's feature list, under
        # "top-[var(--nav-height)]", taken as navigation).
        return NO_SIGNALS
    return _signals(token)


def _signals(token: str) -> tuple[Reason | None, float, bool]:
    """:func:`token_signals` without the cheap first look."""
    parts = " " + class_parts(token)
    shown = _MODIFIER.sub(" ", parts) if "-" in parts else parts
    # A word a pattern needs sits whole inside one part, so the lower-case token holds it:
    # without one, that pattern's search can be skipped.
    lowered = token.lower()
    hint = _hint(parts) if _HINT_WORDS.search(lowered) else 0.0
    is_caption = _CAPTION_WORD.search(lowered) is not None and _CAPTION.search(shown) is not None
    return _reason(shown), hint, is_caption


def _reason(shown: str) -> Reason | None:
    # ``shown``: " " + parts, modifiers removed.
    match = _BOILERPLATE.search(shown)
    if match is None or match.lastgroup is None:
        return None
    reason = Reason(match.lastgroup)
    if reason is Reason.COMMENT_SECTION and _LIVE.search(shown):
        # "live-comment", "liveblog-comments": the entries of a live report are the article.
        return None
    return reason


def _hint(parts: str) -> float:
    # ``parts``: " " + parts.
    if _CONTENT_STRONG.search(parts):
        return 1.0
    if _CONTENT_WEAK.search(parts):
        return 0.5
    return 0.0


def boilerplate_reason(parts: str) -> Reason | None:
    """The kind of boilerplate container a normalised class/id string names, if any.

    >>> boilerplate_reason("comment-list")
    <Reason.COMMENT_SECTION: 'comment_section'>
    >>> boilerplate_reason("has-sidebar layout") is None
    True
    >>> boilerplate_reason("live-match-comment-body") is None
    True
    """
    parts = " " + parts
    return _reason(_MODIFIER.sub(" ", parts) if "-" in parts else parts)


_LIVE = re.compile(r"[ -]live(?:-?blog|-?ticker|-?feed|-?report)?(?=$|[ -])")


_CAPTION = re.compile(
    r"[ -](?:caption|captions|figcaption|caption-?text|legend|photo-?credit|image-?credit|"
    r"img-?credit|credits?)(?=$|[ -])"
)
# Words every match of _CONTENT_STRONG / _CONTENT_WEAK, and of _CAPTION, contains, read off the
# patterns; never across a part boundary, as the lower-case token they are looked for in has
# none ("articleBody" holds "body", never "article-body").
_HINT_WORDS = re.compile(
    trie_pattern(
        word
        for pattern in (_CONTENT_STRONG, _CONTENT_WEAK)
        for word in required_literals(pattern, breaks=" -") or ("",)
    )
)
_CAPTION_WORD = re.compile(trie_pattern(required_literals(_CAPTION, breaks=" -") or ("",)))


def is_caption_class(parts: str) -> bool:
    """True when a normalised class/id string names a picture caption or credit.

    >>> is_caption_class("wp-caption-text"), is_caption_class("has-caption article")
    (True, False)
    """
    parts = " " + parts
    if "-" in parts:
        parts = _MODIFIER.sub(" ", parts)
    return _CAPTION.search(parts) is not None


def content_hint(parts: str) -> float:
    """How strongly a normalised class/id string names the article text (0, 0.5 or 1).

    >>> content_hint("article-body"), content_hint("content"), content_hint("footer")
    (1.0, 0.5, 0.0)
    """
    return _hint(" " + parts)
