"""Site chrome and calls to action: home-page prompts, newsletters, sign-in, cookies, ads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Page
from cleaner.config import CleanerConfig
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.languages import alternatives
from cleaner.reasons import Reason

__all__ = ["ChromeExtractor"]

# Services a share row names; their names are the same in every language.
_SERVICES = r"whats ?app|facebook|twitter|linkedin|reddit|flipboard"
_MORE_SERVICES = r"facebook|twitter|linkedin|reddit|whatsapp|pinterest|messenger"
_ROW_SEPARATORS = r"[\s:|,·•/]*"

_RULES = RuleSet.of(
    rule(Reason.HOME_PAGE_PROMPT, alternatives("home_page_prompt")),
    rule(Reason.APP_PROMPT, alternatives("app_prompt"), 30),
    # "Was this article helpful?", "Share this story", "Empfiehl dies deinen Freunden."
    rule(Reason.FEEDBACK_PROMPT, alternatives("feedback_prompt"), 20),
    # A paywall or donation prompt: "To view the full story, please subscribe", "Cancel any time".
    rule(Reason.PAYWALL_PROMPT,
         rf"{alternatives('paywall_prompt')}|\b({alternatives('support_verb')}) "
         rf"({alternatives('support_us')}) ({alternatives('journalism')})\b", 40),
    # "The opinions expressed ... are the author's own", "... n'engagent que leurs auteurs".
    rule(Reason.DISCLAIMER, alternatives("disclaimer"), 40),
    # A prompt speaks to the reader ("our newsletter", "your inbox", "sign up for") ...
    rule(Reason.NEWSLETTER_PROMPT, alternatives("newsletter_prompt"), 30),
    # ... while a bare "subscribe" in a longer line is as likely to be reporting.
    rule(Reason.NEWSLETTER_PROMPT, alternatives("subscribe_word"), 5),
    rule(Reason.ACCOUNT_PROMPT, alternatives("account_prompt"), 8),
    rule(Reason.PRIVACY_LINK, alternatives("privacy_link"), 14),
    rule(Reason.COOKIE_NOTICE, alternatives("cookie_notice"), 70),
    rule(Reason.SHARE_PROMPT,
         rf"^({alternatives('share_button')}|{_SERVICES})\b{_ROW_SEPARATORS}"
         rf"(({alternatives('share_button_more')}|{_MORE_SERVICES})\b{_ROW_SEPARATORS})*$", 10),
    rule(Reason.ADVERTISEMENT, rf"^({alternatives('advertisement')})$", 6),
    rule(Reason.SKIP_LINK, rf"^({alternatives('skip_link')})$", 4),
    rule(Reason.READ_MORE_LINK, alternatives("read_more"), 8),
    rule(Reason.SEPARATOR_LINE, r"^[\W_]+$|^\d{8,}$", 3),
    rule(Reason.SCRIPT_NOTICE, alternatives("script_notice"), 30),
)  # fmt: skip


@dataclass(frozen=True)
class ChromeExtractor:
    """Mark short calls to action and site furniture as boilerplate.

    Before: [p "Make us your home page"] [p "Today's top headlines delivered to you daily."]
            [p "The council voted on Monday to ..."]
    After:  [p "Make us your home page" -> removed: home_page_prompt]
            [p "Today's top headlines delivered ..." -> removed: newsletter_prompt]
            [p "The council voted on Monday to ..."]
    """

    name: ClassVar[str] = "chrome"

    def run(self, page: Page, config: CleanerConfig) -> Page:
        return page.with_marks(marks_for(page, _RULES, self.name))
