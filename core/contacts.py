"""Recognise contact channels, social profiles, share links and chat widgets.

These are touchpoints outside the page itself: where a visitor can call, write,
chat, follow or tell others. Lists are data, so adding a network is one line.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from core.urls import bare_host

SOCIAL_HOSTS = {
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "instagram.com": "instagram",
    "linkedin.com": "linkedin",
    "twitter.com": "x",
    "x.com": "x",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "tiktok.com": "tiktok",
    "pinterest.com": "pinterest",
    "threads.net": "threads",
    "bsky.app": "bluesky",
}
# Path prefixes that turn a social host into a share intent rather than a profile.
# First path segment of a network's share (not profile) links: /sharer.php, /intent/tweet,
# LinkedIn's /sharing/share-offsite/, /shareArticle and /cws/share, Facebook's /dialog/feed,
# Pinterest's /pin/create/...
SHARE_SEGMENTS = frozenset(
    {"share", "share.php", "sharer", "sharer.php", "sharing", "sharearticle", "intent", "dialog",
     "cws"}
)  # fmt: skip
# Share-only services and the share paths of networks whose profiles are not recognised:
# host -> (network, first path segments of its share links). Other links there are not
# contact points.
SHARE_HOSTS = {
    "reddit.com": ("reddit", frozenset({"submit"})),
    "t.me": ("telegram", frozenset({"share"})),
    "telegram.me": ("telegram", frozenset({"share"})),
    "tumblr.com": ("tumblr", frozenset({"share", "widgets"})),
    "news.ycombinator.com": ("hackernews", frozenset({"submitlink"})),
    "getpocket.com": ("pocket", frozenset({"save", "edit"})),
    "vk.com": ("vk", frozenset({"share.php"})),
    "addtoany.com": ("addtoany", frozenset({"share", "add_to", "share_save"})),
}
MESSENGER_HOSTS = {"m.me": "messenger", "messenger.com": "messenger"}
WHATSAPP_HOSTS = {"wa.me", "api.whatsapp.com", "web.whatsapp.com", "chat.whatsapp.com"}

CHAT_WIDGETS = {
    "intercom": ("widget.intercom.io", "js.intercomcdn.com", "intercomSettings"),
    "drift": ("js.driftt.com", "drift.com/include"),
    "crisp": ("client.crisp.chat",),
    "tawk.to": ("embed.tawk.to",),
    "zendesk": ("static.zdassets.com", "zopim"),
    "livechat": ("cdn.livechatinc.com",),
    "hubspot": ("js.usemessages.com",),
    "olark": ("static.olark.com",),
    "tidio": ("code.tidio.co",),
    "freshchat": ("wchat.freshchat.com",),
    "whatsapp-widget": ("getbutton.io",),
}


def classify_contact(href: str) -> tuple[str, str | None] | None:
    """(kind, network) for a contact or social href, or None for an ordinary link.

    kinds: phone, email, sms, whatsapp, messenger, social, share. A share link (an
    intent to post *this page* on a network: ``twitter.com/intent/tweet``,
    ``facebook.com/sharer``, ``wa.me/?text=``, a ``mailto:`` with a subject or body but
    no recipient, ``reddit.com/submit``...) is the visitor's channel, not the business's:
    it is ``share``, never ``social``, ``whatsapp`` or ``email``.
    """
    lowered = href[:12].lower()
    if lowered.startswith(("tel:", "callto:")):
        return ("phone", None)
    if lowered.startswith("mailto:"):
        return ("share", "email") if _mail_share(href) else ("email", None)
    if lowered.startswith("sms:"):
        return ("sms", None)
    if lowered.startswith("whatsapp:"):
        return ("share", "whatsapp") if _whatsapp_share(href, "") else ("whatsapp", "whatsapp")
    if not lowered.startswith(("http://", "https://", "//")):
        return None
    absolute = href if not href.startswith("//") else "https:" + href
    host = bare_host(absolute)
    if host in WHATSAPP_HOSTS:
        share = _whatsapp_share(absolute, host)
        return ("share", "whatsapp") if share else ("whatsapp", "whatsapp")
    if host in MESSENGER_HOSTS:
        return ("messenger", "messenger")
    base = ".".join(host.rsplit(".", 2)[-2:]) if host.count(".") >= 2 else host
    try:
        path = urlsplit(absolute).path
    except ValueError:
        path = ""
    segments = path.lower().split("/")
    share_host = SHARE_HOSTS.get(host) or SHARE_HOSTS.get(base)
    if share_host is not None:
        service, paths = share_host
        return ("share", service) if segments[1:2] and segments[1] in paths else None
    network = SOCIAL_HOSTS.get(host) or SOCIAL_HOSTS.get(base)
    if network is None:
        return None
    if segments[1:2] and (segments[1] in SHARE_SEGMENTS or segments[1:3] == ["pin", "create"]):
        return ("share", network)
    return ("social", network)


def _mail_share(href: str) -> bool:
    """``mailto:?subject=...&body=...``: no recipient, a message for the visitor to send."""
    address, _, query = href[len("mailto:") :].partition("?")
    if address.strip():
        return False
    fields = {key.lower() for key in parse_qs(query, keep_blank_values=True)}
    return bool(fields & {"subject", "body"})


def _whatsapp_share(href: str, host: str) -> bool:
    """``wa.me/?text=...``, ``api.whatsapp.com/send?text=...`` or ``whatsapp://send?text=``
    (``host`` empty): a message to send, to no number."""
    if host == "chat.whatsapp.com":  # a group invite
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    query = parse_qs(parts.query)
    number = query.get("phone", [""])[0] if host != "wa.me" else parts.path.strip("/")
    return "text" in query and not any(ch.isdigit() for ch in number)


def detect_chat_widget(script_src_or_text: str) -> str | None:
    """The chat provider a script loads, if it is a known live-chat widget."""
    if not script_src_or_text:
        return None
    sample = script_src_or_text[:5000]
    for provider, markers in CHAT_WIDGETS.items():
        if any(marker in sample for marker in markers):
            return provider
    return None
