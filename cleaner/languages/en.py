"""English: the words of every slot (see :mod:`cleaner.languages.words`)."""

from __future__ import annotations

from cleaner.languages.words import Language

__all__ = ["ENGLISH"]

ENGLISH = Language(
    code="en",
    phrases={
        "breadcrumb_root": r"home|board index",  # "Board index": a phpBB forum's front page
        # Counts of one or more (a cart's "0 items" is no listing), alone or in brackets
        # ("(83 products)"); a chart counts its titles ("250 Titles").
        "result_count": (
            r"\(?[1-9][\d,.]* (items|products|results|titles)( found)?\)?|"
            r"(products|items|results) [1-9]\d* ?[-–] ?\d+ of \d+|"
            r"(displaying|showing) [1-9]\d* ?(to|[-–]) ?\d+ "
            r"\(?of \d+( (products|items|results))?\)?"
        ),
        # Sort, filter and view controls, a shop, cart or "see ..." link ("Shop sofas &
        # sectionals", "Add all DLC to Cart"); a facet or a tab with its count ("Fair Trade
        # (48)", "Products (18)") is told by the count (title step).
        "listing_control": (
            r"\b(sort|filters?)\b|^view as\b|^(compare|close|remove all|clear( all)?)$|"
            r"^(see|shop)\b|\bto (cart|bag|basket)$"
        ),
        "price_label": r"from|(regular |sale )?price",
        "home_page_prompt": r"\b(make|set) (us|this( site| page)?) (as )?your home ?page\b",
        # Prompts only: a sentence about apps names the stores too (app_mention, short lines).
        "app_prompt": (
            r"\b(download|get) (our|the) (free )?app\b|"
            r"\bclick here to (get|download|install)\b.{0,60}\bapp\b"
        ),
        "app_mention": (
            r"\bapp store\b|\bgoogle play\b|\bapps? for (ios|android|iphone)\b|"
            r"\b(ios|android) apps?\b"
        ),
        "feedback_prompt": (
            r"\b(was|is) (this|the) (article|page|story|post) (helpful|useful)\b|"
            r"\brecommend (this|us) to\b|\bcancel reply\b|"
            r"\b(like|liked|enjoy|enjoyed|love|loved) (this|the) (article|story|post|page)\?|"
            r"\bshare (it|this( article| story| post)?) with (a friend|your friends|friends)\b|"
            r"\bwe want to hear what you think about this (article|story)\b|"
            # A rating widget under a post: its question, its stars, its thanks.
            r"\b(did you find|found) this (article|page|story|post|content) (helpful|useful)\b|"
            r"\bhow (helpful|useful) was this (article|page|story|post)\b|"
            r"^was this helpful\?|\bclick on a star to rate\b|\bbe the first to rate this\b|"
            r"\bthanks? (you )?for your feedback\b"
        ),
        "paywall_prompt": (
            r"\bplease subscribe\b|\bto (view|read|continue reading) (the )?(full|whole|rest of)\b|"
            r"\bcancel (at )?any ?time\b|\bdonate now\b"
        ),
        "support_verb": r"support",
        "support_us": r"our|us",
        "journalism": r"journalism|work",
        "disclaimer": (
            r"\bopinions expressed\b|\bnot (necessarily )?reflect the (views|opinions)\b|"
            r"\bfor informational purposes only\b"
        ),
        # A prompt speaks to the reader ("our newsletter", "your inbox", "sign up for").
        "newsletter_prompt": (
            r"\b(our|free|daily|weekly|email|e-mail|the \w+) newsletters?\b|"
            r"\bnewsletters?( and alerts)?$|^newsletters?\b|\bdelivered (to you|to your inbox|"
            r"daily)\b|\byour inbox\b|\bthanks? (you )?for (signing up|subscribing|registering)\b|"
            r"\bopt-in\b|\bsend me\b.{0,40}\bnewsletter|\bsign(ing)? up (for|to|now|here|today)\b|"
            r"^sign ?up\b|^subscri(be|ption)\b|\bsubscribe (now|today|here|to our)\b|"
            r"\b(become|already) a subscriber\b|\bunsubscribe\b|"
            r"\bdelivered\b.{0,30}\b(inbox|daily|weekly|mornings?|every)\b|"
            r"\b(breaking )?news (alerts|emails)\b|^join (our|us)\b"
        ),
        "subscribe_word": r"\bsubscri(be|ption|bers?)\b",
        "signup_consent": (
            r"^\W?by (signing up|subscribing|clicking|submitting|registering)\b[^.]{0,80}"
            r"\b(you|i)( are|'re|’re)? (agree|consent|acknowledge|accept|confirm)"
        ),
        "account_prompt": (
            r"^(sign|log) ?(in|out|on)\b|^(register|create (an|your|a free) account|my account|"
            r"already (a subscriber|registered|have an account))"
        ),
        "privacy_link": (
            r"\bprivacy (policy|notice|statement|settings)\b|"
            r"\bterms (of|and) (use|service|conditions)\b"
        ),
        "cookie_notice": (
            r"\bcookies?\b.{0,80}\b(policy|consent|settings|preferences|tracking|"
            r"browsing experience|third[- ]part(y|ies))\b|"
            r"\b(we|site|website|page|partners) (use|uses|store|place|set)\b.{0,40}\bcookies\b|"
            r"\bconsent to .{0,30}cookies\b|"
            r"\b(accept|agree to|reject|allow|manage)( all)? cookies\b"
        ),
        "share_button": (
            r"share( this( article| story| page)?)?|tweet|pin( it)?|e-?mail( this)?|"
            r"print( this)?|copy link"
        ),
        # "on"/"via" as in "Share on Facebook", "Share this on WhatsApp".
        "share_button_more": r"share|tweet|e-?mail|print|copy link|comment|comments|on|via",
        "advertisement": (
            r"advertisement|advertising|ad|sponsored( content)?|paid (post|content)|"
            r"story continues (below|after) (this )?(advertisement|ad)"
        ),
        "skip_link": (
            r"skip to (main )?(content|navigation)|jump to (content|navigation)|back to top|"
            r"(scroll|go) to top|menu|search|close|toggle navigation|open menu|navigation"
        ),
        # "Check price at REI (on sale!)", "Buy now at Amazon", "View Deal", "Jump to Review".
        "shop_button": (
            r"(?:check|see|compare|view) (?:the )?(?:latest )?prices? (?:at|on) [\w.&'’ -]{2,30}"
            r"(?: \(on sale!\))?|buy now(?: (?:at|on|from) [\w.&'’ -]{2,30})?|"
            r"buy (?:it )?(?:at|on|from) [\w.&'’ -]{2,30}|read on amazon|(?:view|active) deal|"
            r"shop now|track price|book now|jump to review|read (?:the )?full review"
        ),
        "read_more": (
            r"^(read|see|view|show|load) (more|all|full (story|article))\b|^continue reading\b"
        ),
        "script_notice": (
            # What a script fills in once it runs: WordPress's like button, "Like Loading...".
            r"^(like )?loading(\.\.\.|…)$|"
            r"\b(enable|turn on|activate) javascript\b|\bjavascript (is )?(disabled|required)\b|"
            r"\byour browser (does not|doesn't) support\b|"
            r"\b(disable|turn off|pause|whitelist us in) (your )?ad ?blockers?\b|"
            r"\b(using|use) an? ad ?blocker\b|\bad ?blocker (detected|is (on|enabled))\b"
        ),
        # An embedded post or video held back until the reader consents.
        "embed_consent": r"^to see this content,? please enable \w+ cookies\b",
        # A video player's share box: "Link to this video ... Copy Close Embed this video".
        "embed_label": r"(?-i:Embed this) (video|story|article|gallery|photo|post)",
        # "Follow her on Twitter @handle", "Follow us on Facebook".
        "follow_prompt": r"follow (us|me|him|her|them)( on| at)?",
        # "← Previous Story", "Next Post →", "Older Posts", "Newer Entries".
        "pager_link": (
            r"(previous|prev|next|older|newer) (story|post|article|entry)|"
            r"(older|newer) (stories|posts|articles|entries)"
        ),
        "comment_prompt": (
            r"^join the (discussion|conversation)\b|\bjoin the (discussion|conversation)( below)?"
            r"\s*[:!.]|\b(click|tap) to (view|see|read|show) (the )?comments\b|"
            r"\b(leave|post|add|write|submit) (a|your) (comment|reply)\b|"
            r"\bcomments (are|have been) (closed|disabled)\b|"
            r"^(show|view|hide|read|see|load)( more| all)?( the)? comments\b|"
            r"\bcommenting (policy|guidelines)\b|\bconversation guidelines\b|"
            r"\bdiscussion (policy|guidelines)\b|\bno comments yet\b|\bbe the first to comment\b|"
            # A forum's or a Q&A site's line under its thread: "You must log in or register to
            # reply here.", "You must log in to answer this question."
            r"\byou must (be logged in|log in|sign in)( or \S+)? to (post a )?"
            r"(comment|reply|answer)\b|"
            r"\b(let us know|tell us|share (your|them)|leave|join)\b.{0,60}\bcomments? section\b|"
            r"\bcomments? section below\b"
        ),
        "comment_opener": (
            r"(view|show|load|read|see)( all)?( the)? comments|"
            r"(leave|post|add|write) a (comment|reply)|join the (conversation|discussion)|"
            r"be the first to comment"
        ),
        "comment_policy": (
            r"\b(please|be) (be )?(respectful|civil|courteous)\b.*\bcomment|"
            # Not "comments section": prose mentions it (comment_prompt judges short lines).
            r"\bcomments? (policy|guidelines|are moderated)\b|"
            r"\bcommunity (guidelines|standards)\b|"
            r"\bwe (reserve the right|welcome) .{0,40}comments?\b|"
            r"\bcomment(ing)? is (closed|disabled)\b|"
            # WordPress's form notice: "Your email address will not be published. Required
            # fields are marked *".
            r"^your email address will not be published\b"
        ),
        "comments": r"comments?",
        "comments_heading": r"comments?",
        "thread_heading": r"discussion about this (post|article|story)",
        "replies": r"replies|responses?",
        "comment_age": (
            r"^(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) "
            r"ago( at \d{1,2}:\d{2} ?([ap]m)?)?$"
        ),
        "comment_stats": r"^rating: -?\d+ votes?$|^\d+ (likes?|replies|points?|votes?|upvotes?)$",
        "comment_noun": r"comment|reply",
        "comment_by": r"by",
        "says": r"says|wrote|replied",
        # A Q&A site's edit link under each post ("Improve this answer") and its control over
        # the answers ("Sorted by:", "Reset to default"): its furniture, never the title.
        "comment_action": (
            r"reply|quote|report abuse|flag|permalink|upvote|downvote|"
            r"improve this (answer|question)|sorted by:|reset to default|"
            # A forum's link under a quoted post, where the quote is folded.
            r"click to expand(\.\.\.|…)?"
        ),
        # A Q&A site's card of each poster, their reputation and badge counts: "39.8k 6 6 gold
        # badges 62 62 silver badges 86 86 bronze badges" (glued in a blocks dump).
        "poster_badges": r"(gold|silver|bronze) badges?",
        "picture": r"photo|image",
        # Not a bare "R": US papers write a politician's party so in prose ("Gov. Glenn
        # Youngkin (R) signed the bill").
        "photo_position": r"left|right|center|centre|from left|l",
        "credit_label": r"picture|video|illustration|graphic|credit|source",
        "courtesy": r"courtesy( of| photo)?\b|file photo\b",
        "media_word": r"image|photo|picture|video|graphic",
        "rights_reserved": r"\ball rights reserved",
        "related_header": (
            r"related( (articles?|stories|coverage|content|news|posts?|links?|topics|reading|"
            r"videos?))?|more (from|on|in|about|stories|news|articles|headlines|top stories|"
            r"like this)\b.{0,40}|"
            # "More Great WIRED Stories", "More Local News Articles": a site's name or a
            # section between "More" and its stories ("More than three stories" is prose).
            r"more (?!than\b)([\w'’&-]+ ){1,3}(stories|articles|headlines)|"
            r"(most|more) (read|popular|viewed|shared|emailed|commented)"
            r"( (articles?|stories|now|today))?|trending( now| stories| topics)?|"
            r"recommended( for you| stories| reading)?|"
            r"you (may|might) (also )?(like|be interested in|have missed)|"
            r"did you miss (these|this|them)\??|"
            r"read (next|this next|also)|(top|latest|recent|popular) (stories|news|headlines|"
            r"articles|posts)|editor'?s'? picks|don'?t miss|also on .{1,30}|around the web|"
            r"from (our|the) (partners|network)"
        ),
        "box_label": (
            r"keep reading|up next|watch next|you might like|what to read next|"
            r"similar (articles|stories|posts)|more videos|in case you missed it"
        ),
        "tag_label": r"tags?|topics?|filed under|categor(y|ies)|keywords",
        "post_filing": r"this entry was posted (in|on)",
        "teaser_label": r"read more|see more|related|see also|also read|more|watch|listen",
        "reading_time": r"reading time|min(ute)?s? read",
        "read_more_tail": r"read more|continue reading",
        "teaser_end": r"(read|view|see) (more|full (story|article))",
        "about_author": r"about the author",
        "about": r"about",
        "bio": (
            r"(?:\(@\w+\)\s+)?(?:is|was|has been|covers|writes)\s+(?:(?:a|an|the)\s+)?"
            r"(?:(?!(?:in|by|to|what|that|when|with|on|after|from|as|who|which)\s)[\w/'’&-]+\s+){0,6}"
            r"(reporter|writer|editor|correspondent|contributor|columnist|"
            r"journalist|author|freelancer?|host|producer|critic|analyst|blogger|photographer|"
            r"intern|fellow|anchor|novelist|expert|consultant|founder|co-founder)s?\b"
        ),
        "bio_verb": (
            r"is|has|writes|covers|specializes|specialises|joined|lives|leads|holds|works|"
            r"serves|oversees|teaches|co-founded|founded"
        ),
        "byline_verb": (
            r"(?:view|see)\s+all\s+posts|all\s+posts|more\s+posts|written|reported|posted|"
            r"published|story|text|words"
        ),
        "byline_by": r"by",
        "byline_by_glued": r"by",
        "byline_label": r"author(?:\s+of\s+the\s+article)?|written\s+by|by|text",
        "thread_starter": r"thread\s+starter|thread\s+author",
        "reply_prefix": r"re",
        "photo_credit_verb": r"photos?",
        "name_and": r"and",
        # Particles of Arabic names as English texts write them.
        "name_particle": r"bin|al|el|ibn",
        "name_title": r"mr|mrs|ms|dr|prof|st|gov|sen|rep|gen|lt|col|sgt|capt|rev",
        "credit_source": r"for|via|on",  # "Jane Doe for The Times", "ev on Unsplash"
        "not_a_name": (
            r"the|a|an|this|that|these|its|his|her|their|our|my|your|monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
            r"august|september|october|november|december|staff|associated|press|reuters|news|"
            r"editorial|team|admin"
        ),
        # Bylines of a team or a paper name it with its article ("By The Diggs Team"): the
        # article stays no handle and starts a sentence after a byline, but may start a name
        # (stop 45, authors tune | check pages per dump: wcxb +2 -0 | +3 -1, fundus +1 | 0,
        # traf 0 | 0; HTML authors unchanged).
        "name_article": r"the",
        "role_word": (
            r"staff|writer|reporter|correspondent|editor|editors|contributor|contributing|"
            r"columnist|journalist|photographer|photos|photo|senior|chief|managing|associate|"
            r"special|posted|published|updated|admin|administrator|webmaster|user|anonymous|"
            r"guest|ceo|unknown"
        ),
        "contact_label": r"contact|email|e-mail|reach|write to",
        "dateline_verb": r"posted|published|updated",
        "date_at": r"at",
        "date_on": r"on",
        "ordinal": r"st|nd|rd|th",
        "published_label": r"published|posted|created|first published|\bdate\b",
        # "founded": a forum poster's profile gives their group's founding date ("Posts: 4032
        # Founded: Dec 11, 2021"), never the page's (stop 38, dates tune | check: wcxb
        # inscriptis +1 | 0 pages; traf, fundus and wcxb blocks unchanged). "release date",
        # "releases", "availability": a game's, a film's or a product's release ("Release
        # date: Aug 21, 2012", "Releases May 8, 2026 1h 56m", "Expected availability: Apr 01,
        # 2026"), not the page's (stop 40, dates tune | check pages: "release date" wcxb blocks
        # +1 | +1, inscriptis +3 | +2; the other two wcxb +2 | 0 each, authors +2 tune pages
        # each; traf and fundus unchanged). "released": a product table's field label alone
        # on its line ("Developer" / ... / "Released" / "15 Aug, 2013", a game shop's page; a
        # dump splits label and value, as it splits "Release Date:" from its date further
        # down) or before a version's date ("Python 3.14, released on October 7, 2025").
        # A weekday between ("Released Wednesday, March 2, 2022": a press release's own date)
        # still dates the page. (Stop 41, dates tune | check pages: wcxb blocks +2 | +1, the
        # other wcxb styles 0 to +5 | 0 to +6 (html2text +3 | +6, soup-text +5 | +3); wcxb
        # inscriptis and every traf and fundus style unchanged; no page lost.) "ends",
        # "expires": an offer's end ("Sale ends 03/31/2026. While supplies last.", a shop's
        # banner under its headline), which the dates step's lede date (stop 44) would
        # otherwise take as a shop page's date in five wcxb tune styles.
        "date_bound": (
            r"since|until|till|ends|expires|joined|founded|release date|releases|released"
            r"|availability"
        ),
        "date_example": r"e\.g\.|for example|for instance",
        "date_cited": r"retrieved|accessed|archived|last checked",
        # A thread's "last post by Jane Aug 7, 2023" dates its last activity, as an update.
        "modified_label": (
            r"(?:last )?(?:modified|updated|update|edited|revised)|last post(?: by\b|:)"
        ),
        "verdict_header": (
            r"pros|cons|pros (?:and|&) cons|what (?:we|i) (?:don[’']t )?like|best for"
        ),
        # The widget's own button may follow its title in a dump ("Contents hide").
        "contents_label": (
            r"(?:table of )?contents(?: \[?(?:hide|show)\]?)?|on this page|article contents"
        ),
        "key_points_header": (
            r"key takeaways?|key points|the key points|key facts|at a glance|tl;? ?dr"
        ),
    },
    months=(
        ("january",),
        ("february",),
        ("march",),
        ("april",),
        ("may",),
        ("june",),
        ("july",),
        ("august",),
        ("september",),
        ("october",),
        ("november",),
        ("december",),
    ),
    month_abbreviations=(
        ("jan",),
        ("feb",),
        ("mar",),
        ("apr",),
        ("may",),
        ("jun",),
        ("jul",),
        ("aug",),
        ("sep", "sept"),
        ("oct",),
        ("nov",),
        ("dec",),
    ),
)
