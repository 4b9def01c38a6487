"""The site's goals: inferred, printed, confirmed or corrected in touchpoint.toml [goals].

On the kettle shop of tests/sites/rules/conversion (own checkout at /checkout/, a gift
card handed off to a hosted Stripe checkout): the inference says "own checkout";
`touchpoint goals` prints it as a [goals] table; a [goals] table that says otherwise
moves the conversion pages, classifies the crawl again when it changes, and a goal
the site does not have is the TP304 error instead of an audit of paths to nothing.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.text import goals_sentence
from rules import goals_from_table
from rules.goals import GoalsError
from tests.conftest import crawl_site, run_touchpoint


@pytest.fixture(scope="module")
def site_db(
    serve_site: Callable[..., Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    base = serve_site("rules/conversion")
    db = tmp_path_factory.mktemp("goals") / "crawl.db"
    crawl_site(str(base), db)
    return {"base": str(base), "db": db}


@pytest.fixture
def db(site_db: dict[str, Any], tmp_path: Path) -> Path:
    copy = tmp_path / "crawl.db"
    shutil.copy(site_db["db"], copy)
    return copy


def _audit(db: Path, out: Path, toml: str | None = None) -> tuple[dict[str, Any], str]:
    args = ["audit", "--crawl", "1", "--db", str(db), "-o", str(out)]
    if toml is not None:
        config = out.parent / f"{out.name}.toml"
        config.write_text(toml, encoding="utf-8")
        args += ["--config", str(config)]
    result = run_touchpoint(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads((out / "audit.json").read_text("utf-8")), result.stdout


def _conversions(data: dict[str, Any], base: str) -> set[str]:
    return {p["url"][len(base) :] for p in data["pages"] if p["is_conversion"]}


def test_goals_prints_a_table_that_parses_back(db: Path) -> None:
    result = run_touchpoint("goals", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "sells with its own checkout" in result.stdout
    table = tomllib.loads(result.stdout)["goals"]
    assert table["kind"] == "own-checkout-shop" and table["actions"] == ["purchase"]
    assert "/checkout/" in result.stdout  # the evidence, as comments
    parsed = goals_from_table(table, "pasted")
    assert parsed is not None and parsed.kind == "own-checkout-shop"
    as_json = json.loads(run_touchpoint("goals", "--db", str(db), "--json").stdout)
    assert as_json["kind"] == "own-checkout-shop" and as_json["source"] == "inferred"


def test_the_audit_says_the_goals_first(site_db: dict[str, Any], db: Path, tmp_path: Path) -> None:
    data, stdout = _audit(db, tmp_path / "plain")
    assert stdout.splitlines()[1].startswith("Goals: This site sells with its own checkout")
    assert data["goals"]["kind"] == "own-checkout-shop"
    assert _conversions(data, site_db["base"]) == {"/checkout/"}
    report = (tmp_path / "plain" / "report.html").read_text("utf-8")
    assert "This site sells with its own checkout" in report
    assert not [f for f in data["findings"] if f["code"] == "TP304"]


def test_a_goals_table_replaces_the_inference(
    site_db: dict[str, Any], db: Path, tmp_path: Path
) -> None:
    base = site_db["base"]
    data, stdout = _audit(db, tmp_path / "cart", '[goals]\nkind = "hosted-cart-shop"\n')
    assert "as touchpoint.toml [goals] says" in stdout
    assert data["goals"]["source"] == "configured"
    assert _conversions(data, base) == {"/gift-card/"}  # the Stripe hand-off
    gift = next(p for p in data["pages"] if p["url"] == base + "/gift-card/")
    assert gift["goal"] == "hosted-cart-shop"
    # a changed table classifies the crawl again: URL parts name the completing pages
    data, _ = _audit(db, tmp_path / "urls", '[goals]\nkind = "lead-gen"\nurls = ["/cart/"]\n')
    assert _conversions(data, base) == {"/cart/"}


def test_a_goal_the_site_lacks_is_an_error_finding(
    site_db: dict[str, Any], db: Path, tmp_path: Path
) -> None:
    data, _ = _audit(db, tmp_path / "booking", '[goals]\nkind = "booking"\n')
    assert _conversions(data, site_db["base"]) == set()
    found = [f for f in data["findings"] if f["code"] == "TP304"]
    assert [(f["url"], f["severity"]) for f in found] == [(site_db["base"] + "/", "error")]
    assert not [f for f in data["findings"] if f["code"] in ("TP301", "TP302")]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[goals]\nkind = "shop"\n', "[goals] kind = 'shop': use one of own-checkout-shop"),
        ('[goals]\nkind = "saas"\nactions = ["buy"]\n', "unknown action 'buy'"),
        ('[goals]\nkind = "saas"\nurl = ["/x"]\n', "unknown key [goals] url"),
        ('[goals]\nkind = "saas"\nhosts = "app.example.com"\n', "hosts must be a list"),
    ],
)
def test_a_bad_goals_table_is_one_line_and_exit_2(
    db: Path, tmp_path: Path, toml: str, message: str
) -> None:
    config = tmp_path / "touchpoint.toml"
    config.write_text(toml, encoding="utf-8")
    result = run_touchpoint(
        "audit", "--crawl", "1", "--db", str(db), "-o", str(tmp_path / "o"),
        "--config", str(config),
    )  # fmt: skip
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_configured_hosts_take_the_hand_off() -> None:
    goals = goals_from_table({"kind": "lead-gen", "hosts": ["www.Calendly.com"]}, "t")
    assert goals is not None and goals.hosts == ("calendly.com",)
    assert goals.goal_for({"book_call"}, {"book_call": "eu.calendly.com"}) == "lead-gen"
    assert goals.goal_for({"signup"}, {"signup": "app.example.com"}) is None
    with pytest.raises(GoalsError):
        goals_from_table({"actions": ["contact"]}, "t")


def test_explain_shows_the_goal_the_template_and_the_next_step(
    site_db: dict[str, Any], db: Path
) -> None:
    result = run_touchpoint("explain", "/checkout/", "--db", str(db))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "conversion  yes (completes the site's main goal: own-checkout-shop)" in out
    assert "site goals  This site sells with its own checkout" in out
    assert "next step   yes" in out
    # the newsletter form in every page's footer is the site's template, not the page's
    assert "(template)" in out and "forms 1 in content, 1 template" in out
    data = json.loads(run_touchpoint("explain", "/shop/", "--db", str(db), "--json").stdout)
    assert data["goal"] is None and data["next_step"] is True
    assert data["template"]["forms"] == {"content": 0, "template": 1}
    assert data["template"]["links"]["template"] > 0
    assert isinstance(data["review"], bool)
    assert (data["settle"] is not None) == data["review"]


def test_the_goals_sentence_cites_only_the_main_goals_evidence() -> None:
    evidence = {
        "purchase (on site)": {"pages": 1},
        "purchase (handed off)": {"pages": 2},  # click-outs: not how an own checkout sells
        "subscribe (on site)": {"pages": 40},  # a secondary goal
    }
    own = {"label": "sells with its own checkout", "actions": ["purchase"], "handoff": False}
    said = goals_sentence({**own, "evidence": evidence, "source": "inferred"})
    assert said.startswith("This site sells with its own checkout (evidence: 1 page purchase")
    assert "handed off" not in said and "subscribe" not in said and "touchpoint goals" in said
    configured = goals_sentence({**own, "source": "configured"})
    assert configured == "This site sells with its own checkout, as touchpoint.toml [goals] says."
