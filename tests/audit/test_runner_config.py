"""Selection, configuration, error isolation, scores, and the audit.json contract."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from audit_builders import SiteBuilder, found, healthy_site

import audit.checks.tp105_deep_page as deep_page_module
from audit.checks import ALL_CHECKS
from audit.config import AuditConfig, ConfigError, ConfigFile
from audit.registry import SelectorError, expand, lookup, select
from audit.runner import run_audit
from audit.scoring import scores
from core.model import AuditResult, finding_stages

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "core/schema/audit.schema.json").read_text(encoding="utf-8")
)


def test_selectors_take_codes_slugs_prefixes_and_all() -> None:
    assert [c.code for c in expand("TP3")] == ["TP301", "TP302", "TP303", "TP304"]
    assert lookup("dead-end") is lookup("tp101")
    kept = select(["ALL"], ["TP1", "no-contact-channel"])
    assert len(kept) == len(ALL_CHECKS) - len(expand("TP1")) - 1
    assert not any(c.code.startswith("TP1") or c.slug == "no-contact-channel" for c in kept)
    with pytest.raises(SelectorError, match="unknown check 'TP999'"):
        expand("TP999")


def test_config_file(tmp_path: Path) -> None:
    toml = tmp_path / "touchpoint.toml"
    toml.write_text(
        '[audit]\nselect = ["TP1", "TP3"]\nignore = ["deep-page"]\n'
        '[audit.severity]\nTP302 = "error"\n'
        "[audit.options.long-path-to-conversion]\nmax-clicks = 1\n"
        '[audit.per-url-ignores]\n"/blog/*" = ["dead-end"]\n',
        encoding="utf-8",
    )
    config = AuditConfig.from_file(ConfigFile.read(toml))
    assert [c.code for c in config.checks()] == ["TP101", "TP102", "TP103", "TP104", "TP301",
                                                 "TP302", "TP303", "TP304"]  # fmt: skip
    site = healthy_site()
    site.page("/blog/lost/").link("/blog/", "/blog/lost/")  # a dead end, ignored by glob
    site.page("/lost/").link("/", "/lost/")  # a dead end, reported
    result = run_audit(site.build(), config)
    assert found(result, "dead-end") == ["/lost/"]
    [long_path] = [f for f in result.findings if f.check == "long-path-to-conversion"]
    assert long_path.severity == "error" and long_path.evidence["max_clicks"] == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[audit]\nselect = ["TP999"]', "unknown check 'TP999'"),
        ('[audit]\nselekt = ["ALL"]', "unknown key [audit] selekt"),
        ('[audit.severity]\nTP101 = "fatal"', "TP101 = 'fatal': use one of error, warning, notice"),
        (
            "[audit.options.deep-page]\nmax-depth = 3",
            "unknown option 'max-depth' (known: max-clicks)",
        ),
        ('[audit.options.deep-page]\nmax-clicks = "3"', "max-clicks must be a int"),
        ("[audit\n", "not valid TOML"),
        ("audit = 3", "audit must be a table"),
    ],
)
def test_config_errors_are_one_line(tmp_path: Path, text: str, message: str) -> None:
    toml = tmp_path / "touchpoint.toml"
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        AuditConfig.from_file(ConfigFile.read(toml))
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith(str(toml))


def test_a_crashing_check_becomes_an_error_result(
    site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(self: object, ctx: object) -> list[object]:
        raise KeyError("depth")

    monkeypatch.setattr(deep_page_module.DeepPage, "check", explode)
    result = site.audit()
    deep = next(c for c in result.checks if c.slug == "deep-page")
    assert deep.status == "error" and deep.message == "KeyError: 'depth'"
    assert deep.score is None
    assert sum(c.status == "pass" for c in result.checks) >= 10  # the others still ran


def test_scores_follow_the_documented_formula(site: SiteBuilder) -> None:
    site.page("/lost/").link("/", "/lost/")  # dead end: 1 of the candidate pages
    result = site.audit("TP1")
    dead_end = next(c for c in result.checks if c.slug == "dead-end")
    assert dead_end.count == 1 and dead_end.value
    share = 1 / dead_end.value
    assert dead_end.score == pytest.approx(1 - (0.25 + 0.75 * share))
    # reachability: 100 minus the dead-end's cost (a warning: 15 points); passing checks cost 0
    expected = round(100 - 15 * (0.25 + 0.75 * share))
    assert result.scores == {"overall": expected, "categories": {"reachability": expected}}
    assert scores([]) == {"overall": None, "categories": {}}


def test_audit_json_round_trips_and_validates(site: SiteBuilder, tmp_path: Path) -> None:
    site.page("/lost/").link("/", "/lost/")
    result = site.audit()
    saved = result.save(tmp_path / "audit.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    again = AuditResult.load(saved)
    assert again.to_dict() == data
    assert again.findings[0].id == result.findings[0].id
    assert [c["key"] for c in data["worksheet"]["columns"]] == [
        "connect", "first_action", "drivers", "purchase"
    ]  # fmt: skip


def test_journey_map_and_worksheet(site: SiteBuilder) -> None:
    site.page("/lost/", "awareness").link("/", "/lost/")
    site.contact("/", "social", "https://instagram.com/shop")
    result = site.audit()
    stages = {s["stage"]: s for s in result.journey_map["stages"]}
    assert stages["awareness"]["page_count"] == 4
    assert stages["awareness"]["findings"] == {"dead-end": 1}
    assert stages["decision"]["forms"] == {"signup": 1}
    assert stages["consideration"]["ctas"] == [
        {"text": "Start free trial", "action": "signup", "count": 1}
    ]
    columns = {c["key"]: c for c in result.worksheet["columns"]}
    assert [i["kind"] for i in columns["connect"]["items"]] == ["email", "social"]
    assert columns["purchase"]["items"][0]["url"] == "https://shop.test/signup/"
    assert result.worksheet["gaps"] == []
    empty = SiteBuilder().page("/").build()
    assert len(run_audit(empty).worksheet["gaps"]) == 4


def test_a_broken_link_target_sits_on_the_stages_linking_to_it(site: SiteBuilder) -> None:
    """A broken or redirecting target is never classified: the journey map (and the report's
    ranking, through the same ``finding_stages``) puts it where the pages linking to it are."""
    site.page("/gone/", status=404, parsed=False).link("/pricing/", "/gone/")
    site.redirect("/old/", "/blog/", hops=2).link("/signup/", "/old/")
    result = site.audit("broken-link", "redirect-chain")
    stages = {s["stage"]: s["findings"] for s in result.journey_map["stages"]}
    assert stages["consideration"] == {"broken-link": 1}
    assert stages["decision"] == {"redirect-chain": 1}
    assert stages["none"] == {}


def test_finding_stages_from_plain_lookups() -> None:
    stage_of = {"/a": "awareness", "/d": "decision", "/gone": "none"}
    working = {"/a", "/d"}.__contains__
    assert finding_stages("/d", {"linked_from": ["/a"]}, stage_of, working) == {"decision"}
    linked = {"linked_from": ["/a", "/d", "/elsewhere"]}
    assert finding_stages("/gone", linked, stage_of, working) == {"awareness", "decision"}
    assert finding_stages("/gone", {}, stage_of, working) == {"none"}
    assert finding_stages("/gone", {"linked_from": "/a"}, stage_of, working) == {"none"}
    assert finding_stages("/gone", {"linked_from": [["/a"]]}, stage_of, working) == {"none"}
