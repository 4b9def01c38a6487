"""Recognise contact channels, social profiles, share links and chat widgets.

These are touchpoints outside the page itself: where a visitor can call, write,
chat, follow or tell others. Lists are data, so adding a network is one line.
"""

from __future__ import annotations

from urllib.parse import urlsplit

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
# LinkedIn's /sharing/share-offsite/ and /shareArticle, Pinterest's /pin/create/...
SHARE_SEGMENTS = frozenset({"share", "sharer", "sharer.php", "sharing", "sharearticle", "intent"})
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


def _host(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def classify_contact(href: str) -> tuple[str, str | None] | None:
    """(kind, network) for a contact or social href, or None for an ordinary link.

    kinds: phone, email, sms, whatsapp, messenger, social, share.
    """
    lowered = href[:12].lower()
    if lowered.startswith(("tel:", "callto:")):
        return ("phone", None)
    if lowered.startswith("mailto:"):
        return ("email", None)
    if lowered.startswith("sms:"):
        return ("sms", None)
    if lowered.startswith("whatsapp:"):
        return ("whatsapp", "whatsapp")
    if not lowered.startswith(("http://", "https://", "//")):
        return None
    host = _host(href if not href.startswith("//") else "https:" + href)
    if host in WHATSAPP_HOSTS:
        return ("whatsapp", "whatsapp")
    if host in MESSENGER_HOSTS:
        return ("messenger", "messenger")
    base = ".".join(host.rsplit(".", 2)[-2:]) if host.count(".") >= 2 else host
    network = SOCIAL_HOSTS.get(host) or SOCIAL_HOSTS.get(base)
    if network is None:
        return None
    try:
        path = urlsplit(href).path
    except ValueError:
        path = ""
    segments = path.lower().split("/")
    if segments[1:2] and (segments[1] in SHARE_SEGMENTS or segments[1:3] == ["pin", "create"]):
        return ("share", network)
    return ("social", network)


def detect_chat_widget(script_src_or_text: str) -> str | None:
    """The chat provider a script loads, if it is a known live-chat widget."""
    if not script_src_or_text:
        return None
    sample = script_src_or_text[:5000]
    for provider, markers in CHAT_WIDGETS.items():
        if any(marker in sample for marker in markers):
            return provider
    return None
