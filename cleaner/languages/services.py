"""Share services: brand names, written the same in every language, that share bars and
"Share on ..." prompts name. The chrome and reprint steps and the segmenter's share-bar cut all
read them from here, so a new service is added once.

>>> "Whats[Aa]pp" in share_services(written_as_buttons=True)
True
>>> "whats ?app" in share_services(written_as_buttons=False)
True
"""

from __future__ import annotations

import re

__all__ = ["FOLLOW_NETWORKS", "ROW_OPENERS", "SHARE_SERVICES", "share_services"]

# As the services write their own names; an inner capital marks where the name's two words meet.
SHARE_SERVICES: tuple[str, ...] = (
    "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Reddit", "Flipboard", "Pinterest", "Tumblr",
    "Telegram", "Messenger", "Pocket", "Mix",
)  # fmt: skip

# The services that may open a share row (the chrome step's rule), as before these names were
# kept in one place: a line that is only "Pinterest" is as often a subhead of an article about
# the service (letting every service open a row cost wcxb tune page 0099 that subhead).
ROW_OPENERS: tuple[str, ...] = (
    "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Reddit", "Flipboard",
)  # fmt: skip

# The networks a prompt to follow someone names ("Follow her on Twitter @handle"): the share
# services and the networks one follows but shares little to. Written as one word each, as such
# a prompt writes them ("Youtube", not "You Tube").
FOLLOW_NETWORKS: tuple[str, ...] = (*SHARE_SERVICES, "Instagram", "Youtube", "Tiktok")

_INNER_CAPITAL = re.compile(r"(?<=.)([A-Z])")


def share_services(*, written_as_buttons: bool, names: tuple[str, ...] = SHARE_SERVICES) -> str:
    """The services (``names``) as regex alternatives.

    ``written_as_buttons``: capitalised as a button writes the name, an inner capital in either
    case ("WhatsApp", "Whatsapp"): the segmenter cuts a flattened page at such names, where a
    lower-case word is prose's. Otherwise in lower case, the two words of a name optionally
    apart ("whats app"), for patterns that ignore case.
    """
    if written_as_buttons:
        return "|".join(
            _INNER_CAPITAL.sub(lambda m: f"[{m[1]}{m[1].lower()}]", name) for name in names
        )
    return "|".join(_INNER_CAPITAL.sub(lambda m: f" ?{m[1]}", name).lower() for name in names)
