"""TP502 no-contact-channel."""

from __future__ import annotations

from audit.checks.inventory import CONTACT, InventoryCheck


class NoContactChannel(InventoryCheck):
    """The site offers no way to reach a person.

    What it checks
    --------------
    The whole site's touchpoint inventory. It fails when no page links a phone number,
    an email address, SMS, WhatsApp or Messenger, no page loads a chat widget, and there
    is no contact, booking or demo form, contact page or booking CTA.

    Why it matters
    --------------
    Visitors with a question just before buying need an answer; without a channel they
    leave with the question. A contact channel is also a trust signal: a real business
    can be reached.

    How to fix
    ----------
    Put at least one direct channel (phone, email, chat) in the footer of every page,
    and a contact form on a contact page linked from the navigation.

    Options
    -------
    None.
    """

    code = "TP502"
    slug = "no-contact-channel"
    title = "Visitors can contact the business"
    failure_title = "No contact channel on the site"
    severity = "warning"
    category = "touchpoints"
    gap = CONTACT
    detail = "No phone, email, messaging, chat or contact form was found on any page."
