"""Pages behind the login are the retention stage (the default pack's ``behind-login``
rule on ``pages.access``), unless the page itself says more; account-area URLs and titles
are retention without a login too."""

from __future__ import annotations

from typing import Any

import pytest

from rules.engine import ACCESS_WORDS, classify_page
from rules.pack import load_pack
from rules.schema import RulePackError

PACK = load_pack()


def verdict(path: str, title: str = "", access: str | None = None, **page: Any) -> Any:
    record = {"url": "https://shop.test" + path, "title": title, "status": 200, "access": access}
    return classify_page({**record, **page}, PACK)


def test_a_page_behind_the_login_is_retention_with_evidence_explain_shows() -> None:
    found = verdict("/members/area", "Members", access="login")
    assert (found.stage, found.action) == ("retention", "none")
    [entry] = [e for e in found.evidence if e["signal"] == "access"]
    assert entry["rule"] == "behind-login" and entry["stage"] == "retention"
    assert entry["matched"] == ACCESS_WORDS["login"]
    assert entry["matched"].startswith("behind the login: its anonymous request was")
    public = verdict("/members/area", "Members")
    assert public.stage == "none" and not [e for e in public.evidence if e["signal"] == "access"]


def test_a_checkout_behind_the_login_stays_a_decision_page() -> None:
    found = verdict("/checkout/", "Checkout", access="login")
    assert (found.stage, found.action) == ("decision", "purchase")
    assert "behind-login" in {e["rule"] for e in found.evidence}


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/account/", "Account"),
        ("/my-account/orders/", "Orders"),
        ("/orders/123", "Order 123"),
        ("/subscriptions", "Subscriptions"),
        ("/history", "Order history"),
        ("/list", "Your orders | Shop"),
    ],
)
def test_account_area_urls_and_titles_are_retention_without_the_flag(path: str, title: str) -> None:
    assert verdict(path, title).stage == "retention"


def test_an_access_rule_needs_its_kinds(tmp_path: Any) -> None:
    pack = tmp_path / "client.yaml"
    pack.write_text("rules:\n  - {id: members, signal: access, stage: retention}\n")
    with pytest.raises(RulePackError, match="rule 'members': a access rule needs kinds"):
        load_pack(pack)
