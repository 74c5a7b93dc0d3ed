"""Site chrome and calls to action: home-page prompts, newsletters, sign-in, cookies, ads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Page
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.languages import alternatives
from cleaner.languages.services import FOLLOW_NETWORKS, ROW_OPENERS, share_services
from cleaner.reasons import Reason
from cleaner.text.segment import READING_TIME, SHARE_BUTTONS

__all__ = ["ChromeExtractor"]


@dataclass(frozen=True, slots=True)
class ChromeLimits:
    """Longest block, in words, each chrome rule judges: a call to action is short, and the
    same words inside a longer sentence are reporting. Each was set with its rule (no
    figure recorded)."""

    # "Make us your home page".
    home_page_prompt: int = 12
    # "Download our free app for iOS and Android" boxes run long.
    app_prompt: int = 30
    # A line naming the stores is a badge ("Get it on Google Play"); a longer one that names
    # them is as often prose about apps (wcxb tune: 13 article paragraphs of 20-30 words).
    app_mention: int = 12
    # "Was this article helpful? Yes / No", "Kommentar verfassen".
    feedback_prompt: int = 20
    # Paywall boxes explain themselves: "To continue reading, please subscribe ...".
    paywall_prompt: int = 40
    # "The opinions expressed ... do not necessarily reflect the views of ...".
    disclaimer: int = 40
    # A newsletter box's sentence: "Get the day's top stories delivered to your inbox".
    newsletter_prompt: int = 30
    # A bare "subscribe" in a longer line is as likely to be reporting.
    subscribe_word: int = 5
    # The consent under a sign-up form runs long: "Mit Absenden meiner E-Mail-Adresse willige
    # ich bis auf Widerruf ein, ..." (84 words, a traf tune page), "By clicking Get Started
    # below, I consent to receive ..." (90 words, wcxb tune). Set with the rule, not tuned:
    # tune|check traf blocks 0.9071|0.8653 -> 0.9080|0.8662, inscriptis 0.9058|0.8687 ->
    # 0.9067|0.8696; wcxb blocks 0.7906|0.7955 -> 0.7907|0.7957 (tune +4 -1: a form's consent
    # in the gold), inscriptis 0.7966|0.8062 -> 0.7968|0.8064; fundus tune +1 page per dump.
    signup_consent: int = 100
    # A button: "Log in", "Create a free account".
    account_prompt: int = 8
    # A footer row of links: "Terms of Use | Privacy Policy | Contact Us".
    privacy_link: int = 14
    # Cookie banners run long, and no article sentence talks like one.
    cookie_notice: int = 70
    # A row of share buttons.
    share_prompt: int = 10
    # A label alone: "Advertisement", "Story continues below advertisement".
    advertisement: int = 6
    # A skip link or menu button alone: "Skip to content", "Menu".
    skip_link: int = 4
    # "Read more", "Continue reading the main story".
    read_more: int = 8
    # A shop's button: "Check price at Backcountry (on sale!)" (6 words).
    shop_button: int = 8
    # A reading time alone: "5 min read", "Lesezeit: 3 Min.", "• 4 minute read".
    reading_time: int = 6
    # "* * *", "___", and the marks a flattened page runs together ("* * * ___ * * *", seven
    # tokens): a line without a letter or a figure is no prose at any length, so the bound
    # only spares the pattern the long lines (a property test found the seven-token piece
    # kept as a body paragraph with no word in it).
    separator_line: int = 20
    # "Please enable JavaScript to view the comments powered by ...".
    script_notice: int = 30
    # An embed's consent placeholder says why it is empty and how to fill it: "An dieser
    # Stelle finden Sie einen ... externen Inhalt, der den Artikel ... ergänzt. Sie können
    # sich hier den externen Inhalt mit einem Klick anzeigen lassen ..." (46 words, fundus
    # tune). Set with the rule, not tuned.
    embed_consent: int = 60
    # A row of buttons as lynx draws them: "(BUTTON) Klicken, um die Teilen-Funktion zu
    # öffnen. Teilen Zu den Kommentaren springen." (12 words).
    form_control: int = 15
    # A share link's address written out carries the headline and the standfirst
    # ("tweet?text=...", "mailto:?subject=Meine Empfehlung: ...&body=Hallo, ...").
    link_address: int = 80
    # A player's share box, run together with its link and code on a flattened page: "Link
    # to this video //www... Copy Close Embed this video <script ...></script> Replay More
    # videos (1 of 9)" (73 words, aeb one-line tune). Set with the rule, not tuned.
    embed_label: int = 90
    # "Follow her on Twitter @AmyKup or on Facebook." (10 words, aeb one-line tune). Set with
    # the rule, not tuned.
    follow_prompt: int = 16
    # A pager alone: "Previous Post", "Next Story: <its headline>" (a headline runs to a
    # dozen words). Set with the rule, not tuned.
    pager_link: int = 16
    # A pager drawn with its arrow, in a piece a flattened page glued it into: "... our
    # editorial content. ← Previous Story Apple to name 'favorite apps' of ..." (20 words,
    # aeb one-line tune). The arrow makes it a link, whatever words surround it. Set with
    # the rule, not tuned.
    pager_arrow: int = 40


SETTINGS = ChromeLimits()

# Services a share row names (:mod:`cleaner.languages.services`): only some open one.
_OPENERS = share_services(written_as_buttons=False, names=ROW_OPENERS)
_SERVICES = share_services(written_as_buttons=False)
_ROW_SEPARATORS = r"[\s:|,·•/]*"
# A social network named in a prompt to follow, with the handle after it ("Twitter @AmyKup").
_NETWORK = rf"({share_services(written_as_buttons=False, names=FOLLOW_NETWORKS)})( @\w+)?"
# The arrows a pager draws before "Previous" and after "Next".
_BACK_ARROWS = "←«‹<"
_ON_ARROWS = "→»›>"

_RULES = RuleSet.of(
    rule(Reason.HOME_PAGE_PROMPT, alternatives(Reason.HOME_PAGE_PROMPT), SETTINGS.home_page_prompt),
    rule(Reason.APP_PROMPT, alternatives(Reason.APP_PROMPT), SETTINGS.app_prompt),
    rule(Reason.APP_PROMPT, alternatives("app_mention"), SETTINGS.app_mention),
    # "Was this article helpful?", "Share this story", "Empfiehl dies deinen Freunden."
    rule(Reason.FEEDBACK_PROMPT, alternatives(Reason.FEEDBACK_PROMPT), SETTINGS.feedback_prompt),
    # A paywall or donation prompt: "To view the full story, please subscribe", "Cancel any time".
    rule(Reason.PAYWALL_PROMPT,
         rf"{alternatives(Reason.PAYWALL_PROMPT)}|\b({alternatives('support_verb')}) "
         rf"({alternatives('support_us')}) ({alternatives('journalism')})\b",
         SETTINGS.paywall_prompt),
    # "The opinions expressed ... are the author's own", "... n'engagent que leurs auteurs".
    rule(Reason.DISCLAIMER, alternatives(Reason.DISCLAIMER), SETTINGS.disclaimer),
    # A prompt speaks to the reader ("our newsletter", "your inbox", "sign up for") ...
    rule(Reason.NEWSLETTER_PROMPT, alternatives(Reason.NEWSLETTER_PROMPT),
         SETTINGS.newsletter_prompt),
    # ... while a bare "subscribe" in a longer line is as likely to be reporting.
    rule(Reason.NEWSLETTER_PROMPT, alternatives("subscribe_word"), SETTINGS.subscribe_word),
    # The form's consent opens with the button it names: "By signing up, you agree to ...".
    rule(Reason.NEWSLETTER_PROMPT, alternatives("signup_consent"), SETTINGS.signup_consent),
    rule(Reason.ACCOUNT_PROMPT, alternatives(Reason.ACCOUNT_PROMPT), SETTINGS.account_prompt),
    rule(Reason.PRIVACY_LINK, alternatives(Reason.PRIVACY_LINK), SETTINGS.privacy_link),
    rule(Reason.COOKIE_NOTICE, alternatives(Reason.COOKIE_NOTICE), SETTINGS.cookie_notice),
    rule(Reason.SHARE_PROMPT,
         rf"^({alternatives('share_button')}|{_OPENERS})\b{_ROW_SEPARATORS}"
         rf"(({alternatives('share_button_more')}|{_SERVICES})\b{_ROW_SEPARATORS})*$",
         SETTINGS.share_prompt),
    # A bar of buttons as a flattened page's cut leaves it: "858 shares Pinterest Facebook Mix".
    rule(Reason.SHARE_PROMPT, rf"^{SHARE_BUTTONS}$", SETTINGS.share_prompt),
    rule(Reason.ADVERTISEMENT, rf"^({alternatives(Reason.ADVERTISEMENT)})$",
         SETTINGS.advertisement),
    rule(Reason.SKIP_LINK, rf"^({alternatives(Reason.SKIP_LINK)})$", SETTINGS.skip_link),
    rule(Reason.READ_MORE_LINK, alternatives("read_more"), SETTINGS.read_more),
    rule(Reason.SHOP_BUTTON, rf"^({alternatives(Reason.SHOP_BUTTON)})$", SETTINGS.shop_button),
    rule(Reason.READING_TIME, rf"^[\W_]*{READING_TIME}[\W_]*$", SETTINGS.reading_time),
    rule(Reason.SEPARATOR_LINE, r"^[\W_]+$|^\d{8,}$", SETTINGS.separator_line),
    rule(Reason.SCRIPT_NOTICE, alternatives(Reason.SCRIPT_NOTICE), SETTINGS.script_notice),
    # An embed's placeholder, held until the reader consents, explains itself at length.
    rule(Reason.SCRIPT_NOTICE, alternatives("embed_consent"), SETTINGS.embed_consent),
    # A text browser's own words for what it cannot show, the same on every page in every
    # language: lynx starts a button's line with "(BUTTON)", and draws a form's text field as
    # underscores before its button ("Cerca: ____________________ (BUTTON) Search"), and puts
    # an embedded frame's address after "IFRAME:"; an image with no text is
    # its file name in brackets, alone on its line ("[1535178347_2.jpg]", w3m's cut short:
    # "[loucos-por]"), and an ad slot "[INS::INS]". A bracketed word is an image's own text
    # ("[Engadget]", a source's logo on an aggregator, is in aeb's gold): a name needs a
    # digit, "_", "-" or "." to be a file's.
    rule(Reason.FORM_CONTROL,
         r"^\(BUTTON\)|(?-i:_{4,} \(BUTTON\))|^IFRAME:( \S+)?$|^\[INS: ?:INS\]$"
         r"|^\[(?=[^\]]*[\d_.-])[^\s\[\]]{1,80}\]$",
         SETTINGS.form_control),
    # A line that starts with an address whose query runs on in words ("https://twitter.com/
    # intent/tweet?text=Bubi-Bomber wieder da: ..."), a mail link or a script is a link list's
    # entry (lynx's References, where a share link's text is left unencoded) or a share link
    # written out. A bare address stays, with its query too: an article quotes one on a line
    # of its own (a tweet's "https://t.co/..." in aeb's gold; any address cost aeb check a
    # page).
    rule(Reason.LINK_ADDRESS,
         r"^(https?://\S*[?&]\S*=\S* \S|mailto:\S|javascript:\S|file:\S)",
         SETTINGS.link_address),
    # An embed widget's label, written as its button is ("Embed this video").
    rule(Reason.SHARE_PROMPT, rf"\b({alternatives('embed_label')})\b", SETTINGS.embed_label),
    # A prompt to follow the author or the site: the networks it names and the handles on
    # them, nothing else ("Follow them on Twitter, the coach said" is prose).
    rule(Reason.SHARE_PROMPT,
         rf"^({alternatives('follow_prompt')}) {_NETWORK}( (or|and)( on)? {_NETWORK})*\W*$",
         SETTINGS.follow_prompt),
    # The pager under a post: its link alone on the line, or drawn with its arrow anywhere.
    rule(Reason.PAGER_LINK, rf"^\W*({alternatives(Reason.PAGER_LINK)})\b", SETTINGS.pager_link),
    # Screened by its arrows, not by its words: "next" and "older" are in much prose, and
    # searching each such line for the pattern cost 15 M instructions a pass on aeb's dumps.
    rule(Reason.PAGER_LINK,
         rf"[{_BACK_ARROWS}]\s*({alternatives(Reason.PAGER_LINK)})\b"
         rf"|\b({alternatives(Reason.PAGER_LINK)})\s*[{_ON_ARROWS}]",
         SETTINGS.pager_arrow,
         literals=frozenset(_BACK_ARROWS + _ON_ARROWS)),
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
    rules: ClassVar[RuleSet] = _RULES

    def run(self, page: Page) -> Page:
        return page.with_marks(marks_for(page, self.rules, self.name))
