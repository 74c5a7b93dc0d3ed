"""Site chrome and calls to action: home-page prompts, newsletters, sign-in, cookies, ads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.blocks import Page
from cleaner.config import CleanerConfig
from cleaner.extractors.rules import RuleSet, marks_for, rule
from cleaner.reasons import Reason

__all__ = ["ChromeExtractor"]

_RULES = RuleSet.of(
    rule(Reason.HOME_PAGE_PROMPT,
         r"\b(make|set) (us|this( site| page)?) (as )?your home ?page\b"),
    rule(Reason.APP_PROMPT,
         r"\b(download|get) (our|the) (free )?app\b|\bapp store\b|\bgoogle play\b|"
         r"\bapps? for (ios|android|iphone)\b|\b(ios|android) apps?\b", 30),
    # "Was this article helpful?", "Share this story", "Empfiehl dies deinen Freunden."
    rule(Reason.FEEDBACK_PROMPT,
         r"\b(was|is) (this|the) (article|page|story|post) (helpful|useful)\b|"
         r"\b(war|ist) (der|dieser|dieses) (artikel|beitrag|text) (nützlich|hilfreich)\b|"
         r"\b(den|diesen) (artikel|beitrag) teilen\b|"
         r"\bempfiehl (dies|diesen|uns)\b|\brecommend (this|us) to\b|\bkommentar (verfassen|"
         r"schreiben)\b|\bantwort abbrechen\b|\bcancel reply\b|\bcet article vous a plu\b|"
         r"\bte ha (gustado|resultado útil)\b", 20),
    # A paywall or donation prompt: "To view the full story, please subscribe", "Cancel any time".
    rule(Reason.PAYWALL_PROMPT,
         r"\bplease subscribe\b|\bto (view|read|continue reading) (the )?(full|"
         r"whole|rest of)\b|\bcancel (at )?any ?time\b|\bcancela cuando quieras\b|\bjederzeit "
         r"kündbar\b|\b(support|unterstützen sie|soutenez|apoya) (our|us|uns|unseren|notre|"
         r"nuestro) (journalism|work|journalismus|journalisme|periodismo)\b|\bdonate now\b|"
         r"\bjetzt spenden\b", 40),
    # "The opinions expressed ... are the author's own", "... n'engagent que leurs auteurs".
    rule(Reason.DISCLAIMER,
         r"\bopinions expressed\b|\bn'engagent que\b|\bdie meinung des autors\b|"
         r"\bgibt nicht (unbedingt )?die meinung\b|\bnot (necessarily )?reflect the (views|"
         r"opinions)\b|\bfor informational purposes only\b", 40),
    # A prompt speaks to the reader ("our newsletter", "your inbox", "sign up for") ...
    rule(Reason.NEWSLETTER_PROMPT,
         r"\b(our|free|daily|weekly|email|e-mail|the \w+) newsletters?\b|"
         r"\bnewsletters?( and alerts)?$|^newsletters?\b|\bdelivered (to you|to your inbox|"
         r"daily)\b|"
         r"\byour inbox\b|\bthanks? (you )?for (signing up|subscribing|registering)\b|"
         r"\bopt-in\b|\bsend me\b.{0,40}\bnewsletter|\bsign(ing)? up (for|to|now|here|today)\b|"
         r"^sign ?up\b|"
         r"^subscri(be|ption)\b|\bsubscribe (now|today|here|to our)\b|"
         r"\b(become|already) a subscriber\b|\bnewsletter abonnieren\b|^abonn(ieren|ez)\b|"
         r"^suscr[ií]b|\bunsubscribe\b|\bdelivered\b.{0,30}\b(inbox|daily|weekly|mornings?|"
         r"every)\b|"
         r"\b(breaking )?news (alerts|emails)\b|^join (our|us)\b", 30),
    # ... while a bare "subscribe" in a longer line is as likely to be reporting.
    rule(Reason.NEWSLETTER_PROMPT,
         r"\bsubscri(be|ption|bers?)\b|\babonn(ieren|ez|ement)\b", 5),
    rule(Reason.ACCOUNT_PROMPT,
         r"^(sign|log) ?(in|out|on)\b|^(register|create (an|your|a free) account|"
         r"my account|already (a subscriber|registered|have an account))|\banmelden\b|"
         r"^(se )?connect(er|ez)?(-vous)?$|^(iniciar sesi[oó]n|registrieren|einloggen)$", 8),
    rule(Reason.PRIVACY_LINK,
         r"\bprivacy (policy|notice|statement|settings)\b|\bterms (of|and) "
         r"(use|service|conditions)\b|\bdatenschutz|\bimpressum\b|\bmentions l[ée]gales\b|"
         r"\bpolitique de confidentialit[ée]\b|\bpol[ií]tica de privacidad\b|\bAGB\b", 14),
    rule(Reason.COOKIE_NOTICE,
         r"\bcookies?\b.{0,80}\b(policy|consent|settings|preferences|tracking|"
         r"browsing experience|third[- ]part(y|ies))\b|\b(we|site|website|page|partners) (use|uses|"
         r"store|place|set)\b.{0,40}\bcookies\b|\bconsent to .{0,30}cookies\b|"
         r"\b(accept|agree to|reject|allow|manage)( all)? cookies\b|\bverwendet cookies\b|"
         r"\bcookies? "
         r"(verwenden|setzen|akzeptieren)\b|\butilise des cookies\b|\butiliza(mos)? cookies\b", 70),
    rule(Reason.SHARE_PROMPT,
         r"^(share( this( article| story| page)?)?|tweet|pin( it)?|e-?mail( this)?|"
         r"print( this)?|whats ?app|facebook|twitter|linkedin|reddit|flipboard|copy link|"
         r"teilen|partager|compartir|condividi)\b[\s:|,·•/]*"
         r"((share|tweet|e-?mail|print|facebook|twitter|linkedin|reddit|whatsapp|pinterest|"
         r"messenger|copy link|comment|comments)\b[\s:|,·•/]*)*$", 10),
    rule(Reason.ADVERTISEMENT,
         r"^(advertisement|advertising|ad|sponsored( content)?|anzeige|werbung|"
         r"publicit[ée]|publicidad|pubblicit[àa]|reklama|paid (post|content)|"
         r"story continues (below|after) (this )?(advertisement|ad))$", 6),
    rule(Reason.SKIP_LINK,
         r"^(skip to (main )?(content|navigation)|jump to (content|navigation)|"
         r"back to top|(scroll|go) to top|zum inhalt springen|menu|men[üu]|search|suche|"
         r"close|schlie(ß|ss)en|toggle navigation|open menu|navigation)$", 4),
    rule(Reason.READ_MORE_LINK,
         r"^(read|see|view|show|load) (more|all|full (story|article))\b|^continue "
         r"reading\b|^(\.\.\.\s*)?weiter\b.{0,30}$|^weiterlesen\b|^mehr (zum thema|lesen)\b|"
         r"^lire (la suite|plus)\b|"
         r"^leer m[aá]s\b", 8),
    rule(Reason.SEPARATOR_LINE,
         r"^[\W_]+$|^\d{8,}$", 3),
    rule(Reason.SCRIPT_NOTICE,
         r"\b(enable|turn on|activate) javascript\b|\bjavascript (is )?(disabled|"
         r"required)\b|\byour browser (does not|doesn't) support\b|\bad ?blocker\b", 30),
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
