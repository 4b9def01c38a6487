"""classify_crawl on a real crawl, the three result tables, and the CLI commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from rules import classify_crawl, load_pack
from store.classifications import stored_classification
from store.crawls import CrawlNotFound, Store
from store.tables import classifications, cta_classifications, form_classifications
from touchpoint.commands.rules import explain, rules_command


def _count(store: Store, table: Any, crawl_id: int) -> int:
    with store.engine.connect() as conn:
        query = select(func.count()).select_from(table).where(table.c.crawl_id == crawl_id)
        return int(conn.execute(query).scalar() or 0)


def test_classify_crawl_writes_and_replaces_rows(corpus_db: dict[str, Any]) -> None:
    site = corpus_db["sites"]["shop"]
    store = Store.open(corpus_db["db"])
    pack = load_pack(model="attraction-cultivation-sale-loyalty")
    summary = classify_crawl(store, site["crawl_id"], pack)
    assert summary.pages == len(site["labels"])
    # The shop sells with its own checkout: that page is its one conversion page (the
    # self-written labels predate the guide's one-main-goal rule, so they are not used here).
    assert summary.goals is not None and summary.goals.kind == "own-checkout-shop"
    assert summary.conversions == 1
    counts = [
        _count(store, t, site["crawl_id"])
        for t in (classifications, cta_classifications, form_classifications)
    ]
    classify_crawl(store, site["crawl_id"], pack)  # a second run replaces, never duplicates
    assert [
        _count(store, t, site["crawl_id"])
        for t in (classifications, cta_classifications, form_classifications)
    ] == counts
    assert counts[0] == summary.pages and counts[1] > summary.pages and counts[2] > 0
    row = stored_classification(store, site["crawl_id"], site["base"] + "/checkout/")
    assert row is not None
    assert (row["stage"], row["stage_label"], row["model"]) == (
        "decision",
        "sale",
        "attraction-cultivation-sale-loyalty",
    )
    assert row["is_conversion"] and {"rule", "signal", "matched", "weight"} <= set(
        row["evidence"][0]
    )
    with store.engine.connect() as conn:
        purposes = set(
            conn.execute(
                select(form_classifications.c.purpose).where(
                    form_classifications.c.crawl_id == site["crawl_id"]
                )
            ).scalars()
        )
    assert {"newsletter", "checkout", "login", "signup", "contact", "review"} <= purposes
    store.close()


def test_explain_prints_verdict_and_evidence(corpus_db: dict[str, Any]) -> None:
    site = corpus_db["sites"]["service"]
    args = ["--crawl", str(site["crawl_id"]), "--db", str(corpus_db["db"])]
    result = CliRunner().invoke(explain, ["/book-online/", *args], terminal_width=160)
    assert result.exit_code == 0, result.output
    assert "decision" in result.output and "book_call" in result.output
    assert "offsite-handoff" in result.output and "conversion  yes" in result.output
    assert "(converts here)" in result.output  # which votes made it a conversion page
    result = CliRunner().invoke(
        explain,
        [site["base"] + "/faq/", *args, "--json", "--model", "attract-convert-close-delight"],
    )
    data = json.loads(result.output)
    assert (data["stage"], data["stage_label"]) == ("consideration", "convert")
    assert any(e["rule"] == "schema-faq-page" for e in data["evidence"])
    missing = CliRunner().invoke(explain, ["/nowhere/", *args])
    assert missing.exit_code == 2 and "no page" in missing.output  # an input error
    # Without --crawl: the latest crawl in the store, as other commands do.
    latest = max(corpus_db["sites"].values(), key=lambda s: s["crawl_id"])
    result = CliRunner().invoke(
        explain, ["/", "--db", str(corpus_db["db"]), "--json"], terminal_width=160
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["url"] == latest["base"] + "/"


def test_rules_command(tmp_path: Path) -> None:
    result = CliRunner().invoke(rules_command, ["--full"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "url-checkout" in result.output
    client = tmp_path / "client.yaml"
    client.write_text("conversions: [book_call]\nrules:\n  - {id: url-home, weight: 2}\n")
    result = CliRunner().invoke(
        rules_command,
        ["--rules", str(client), "--json", "--model", "attract-convert-close-delight"],
    )
    data = json.loads(result.output)
    assert data["conversions"] == ["book_call"]
    assert data["model"]["labels"]["awareness"] == "attract"
    home = next(r for r in data["rules"] if r["id"] == "url-home")
    assert home["weight"] == 2 and home["origin"].startswith(str(client))


def test_rules_shows_a_screenful_and_the_client_packs_rules_unless_full(tmp_path: Path) -> None:
    """728 lines of regexes at 80 columns told nobody anything: the default view is the
    summary and what a client pack changes; --full lists every rule."""
    client = tmp_path / "client.yaml"
    client.write_text(
        "rules:\n  - {id: url-home, weight: 2}\n"
        "  - {id: url-quote, signal: url, pattern: '^/devis/', stage: decision, action: contact}\n"
    )
    env = {"COLUMNS": "80"}
    short = CliRunner().invoke(rules_command, ["--rules", str(client)], env=env).output
    wide = {"COLUMNS": "200"}  # an id folded over two lines would not be found
    full = CliRunner().invoke(rules_command, ["--rules", str(client), "--full"], env=wide).output
    assert len(short.splitlines()) < 40 < len(full.splitlines())
    assert "url-quote" in short and "url-home" in short and "url-checkout" not in short
    assert "url-checkout" in full and "touchpoint rules --full" in short
    assert "Rules 99: url 45," in short
    # over a hundred providers: counted by action in the summary, named in full
    assert "Hand-off providers " in short and "book_call " in short and "nightsbridge" not in short
    assert "nightsbridge" in full
    bare = CliRunner().invoke(rules_command, [], env=env).output
    assert "No client pack rule" in bare and len(bare.splitlines()) < 25


def test_bad_rule_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    client = tmp_path / "bad.yaml"
    client.write_text(
        "rules:\n  - id: oops\n    signal: url\n    pattern: '(['\n    stage: decision\n"
    )
    result = CliRunner().invoke(rules_command, ["--rules", str(client)])
    assert result.exit_code == 2
    assert "bad.yaml:4: rule 'oops': pattern: invalid regular expression" in result.output
    assert "Traceback" not in result.output


def _stored_page(url: str, title: str, **fields: Any) -> dict[str, Any]:
    from crawler.extract import empty_page_fields

    return {
        "url": url,
        "final_url": url,
        "status": 200,
        "error": None,
        "redirect_chain": None,
        "depth": 1,
        "content_type": "text/html",
        "in_sitemap": False,
        "rendered": False,
        "load_time_ms": 1.0,
        "fetched_at": "2026-01-01T00:00:00+00:00",
        **empty_page_fields(),
        "parsed": True,
        "title": title,
        "h1": [title],
        "word_count": 300,
        **fields,
    }


def test_a_generic_button_is_judged_with_the_page_it_leads_to(tmp_path: Path) -> None:
    """Pass two judges pass one's assessments without reading the pages again, except a page
    whose "En savoir plus" leads to a lead page: it is read back and asks what that page
    asks (the verdict ``classify_page`` gives it with the other pages' verdicts)."""
    base = "http://opticien.test"
    booking = {
        "position": 0,
        "action": "/rendez-vous/",
        "action_url": base + "/rendez-vous/",
        "method": "post",
        "fields": [
            {"name": "nom", "tag": "input", "type": "text", "required": True, "label": "Nom"},
            {"name": "date", "tag": "input", "type": "date", "required": True, "label": "Date"},
            {"name": "email", "tag": "input", "type": "email", "required": True, "label": "Email"},
        ],
        "submit_text": "Prendre rendez-vous",
        "has_submit": True,
        "region": "main",
    }
    button = {
        "kind": "link",
        "text": "En savoir plus",
        "href": "/rendez-vous/",
        "target_url": base + "/rendez-vous/",
        "internal": True,
        "region": "main",
        "classes": "btn",
        "position": 0,
        "disabled": False,
    }
    store = Store.open(tmp_path / "led.db")
    crawl_id = store.create_crawl("opticien.test", base + "/", {}, "test")
    store.write_batch(
        crawl_id,
        [
            {"page": _stored_page(base + "/", "Opticien à Lyon", depth=0)},
            {
                "page": _stored_page(base + "/rendez-vous/", "Prendre rendez-vous"),
                "forms": [booking],
            },
            {"page": _stored_page(base + "/services/verres/", "Nos verres"), "ctas": [button]},
        ],
    )
    classify_crawl(store, crawl_id, load_pack())
    booked = stored_classification(store, crawl_id, base + "/rendez-vous/")
    service = stored_classification(store, crawl_id, base + "/services/verres/")
    with store.engine.connect() as conn:
        asked = conn.execute(
            select(cta_classifications.c.action).where(
                cta_classifications.c.page_url == base + "/services/verres/"
            )
        ).scalar_one()
    store.close()
    assert booked is not None and (booked["stage"], booked["action"]) == ("decision", "book_call")
    assert service is not None and service["action"] == "book_call" and asked == "book_call"


def test_classification_pauses_cycle_collection_and_restores_it() -> None:
    """The passes run without the cycle collector (their records make no cycles) and
    leave it as they found it, on or off, even when classifying fails."""
    import gc

    from core.gcpause import cycle_collection_paused

    seen: list[bool] = []

    class Missing:
        def get_crawl(self, crawl_id: int) -> None:
            seen.append(gc.isenabled())
            raise CrawlNotFound(f"crawl {crawl_id} not found")

    assert gc.isenabled()
    with pytest.raises(CrawlNotFound):
        classify_crawl(Missing(), 99, load_pack())  # type: ignore[arg-type]
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
