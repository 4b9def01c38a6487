"""Pack loading: validation errors are one line, client packs override, funnel models relabel."""

from __future__ import annotations

from pathlib import Path

import pytest
from rulesupport import cta, page

from rules import RulePackError, available_models, classify_page, load_pack


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "client.yaml"
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rules:\n  - id: bad-re\n    signal: url\n    pattern: '/(cart'\n    stage: decision\n",
            r"client.yaml:4: rule 'bad-re': pattern: invalid regular expression",
        ),
        (
            "rules:\n  - id: x\n    signal: url\n    pattern: /a\n    stage: buying\n",
            r"client.yaml:5: rule 'x': stage: Input should be 'awareness'",
        ),
        (
            "rules:\n  - id: x\n    signal: smell\n    stage: decision\n",
            r"client.yaml:3: rule 'x': signal: Input should be",
        ),
        (
            "rules:\n  - id: x\n    signal: url\n    patern: /a\n",
            r"client.yaml:4: rule 'x': patern: Extra inputs are not permitted",
        ),
        (
            "rules:\n  - id: x\n    signal: url\n    stage: decision\n",
            r"client.yaml:2: rule 'x': a url rule needs pattern",
        ),
        (
            "rules:\n  - id: x\n    signal: url\n    pattern: /a\n",
            r"client.yaml:2: rule 'x': votes for nothing",
        ),
        (
            "rules:\n  - id: x\n    signal: url\n    pattern: /a\n"
            "    stage: decision\n    weight: -1\n",
            r"client.yaml:6: rule 'x': weight: Input should be greater than 0",
        ),
        (
            "rules:\n  - {id: x, signal: offsite, kinds: [buton], stage: decision}\n",
            r"client.yaml:2: rule 'x': kinds: 'buton' is not a hand-off kind \(button or link\)",
        ),
        ("conversions: [purchase, teleport]\n", r"client.yaml:1: conversions.1: Input should be"),
        ("rules: [\n", r"client.yaml:2: not valid YAML"),
        ("- just\n- a list\n", r"client.yaml:1: a rule pack must be a mapping"),
        ("disable: [no-such-rule]\n", r"client.yaml:1: disable: no rule 'no-such-rule'"),
        (
            "form_purposes:\n  - {id: f, purpose: signup, all: [shoe_size]}\n",
            r"form purpose 'f': unknown field kind 'shoe_size'",
        ),
    ],
)
def test_bad_packs_give_one_line_errors(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(RulePackError, match=expected) as caught:
        load_pack(write(tmp_path, text))
    assert "\n" not in str(caught.value)


def test_missing_pack_file() -> None:
    with pytest.raises(RulePackError, match=r"nope\.yaml: no such rule pack file"):
        load_pack("nope.yaml")


def test_client_pack_overrides_and_extends(tmp_path: Path) -> None:
    client = write(
        tmp_path,
        """
name: acme-shop
conversions: [purchase, checkout, add_to_cart]
lexicon:
  add_to_cart: [pop it in the bag]
providers:
  snipcart: {hosts: [app.snipcart.com], action: checkout}
rules:
  - {id: url-home, weight: 1}
  - {id: acme-deals, signal: url, pattern: '^/deals/', stage: consideration, action: browse}
  - {id: cta-buy, converts: true}     # the add-to-cart button itself is the sale
disable: [long-read]
""",
    )
    pack = load_pack(client)
    default = load_pack()
    assert pack.name == "acme-shop"
    assert next(r for r in pack.rules if r.id == "url-home").weight == 1
    assert next(r for r in pack.rules if r.id == "url-home").regex is not None  # kept the pattern
    assert "long-read" not in {r.id for r in pack.rules}
    product = page("https://x.test/thing", ctas=[cta("Pop it in the bag", classes="btn-primary")])
    assert classify_page(product, default).action == "none"
    verdict = classify_page(product, pack)
    assert (verdict.stage, verdict.action, verdict.is_conversion) == (
        "decision",
        "add_to_cart",
        True,
    )
    assert not classify_page(product, default).is_conversion
    assert classify_page(page("https://x.test/deals/spring"), pack).stage == "consideration"
    handoff = page(ctas=[cta("Pay", internal=False, target_url="https://app.snipcart.com/c")])
    assert classify_page(handoff, pack).is_conversion


def test_lead_gen_pack_converts_on_contact(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, "conversions: [book_call, contact]\n"))
    verdict = classify_page(page("https://x.test/contact/"), pack)
    assert verdict.action == "contact" and verdict.is_conversion
    assert not classify_page(page("https://x.test/checkout/"), pack).is_conversion


MODELS = {
    "five-stage": ("awareness", "consideration", "decision", "retention"),
    "attraction-cultivation-sale-loyalty": ("attraction", "cultivation", "sale", "loyalty"),
    "attract-convert-close-delight": ("attract", "convert", "close", "delight"),
}
PAGES = (
    "https://x.test/",
    "https://x.test/features/",
    "https://x.test/checkout/",
    "https://x.test/order-status/",
)


@pytest.mark.parametrize("model", sorted(MODELS))
def test_funnel_models_relabel_the_same_verdicts(model: str) -> None:
    pack = load_pack(model=model)
    assert pack.model == model
    verdicts = [classify_page(page(url), pack) for url in PAGES]
    assert [v.stage for v in verdicts] == list(MODELS["five-stage"])
    assert tuple(v.stage_label for v in verdicts) == MODELS[model]
    assert pack.label("advocacy") in ("advocacy", "loyalty", "delight")


def test_models_are_listed_and_unknown_ones_refused() -> None:
    assert set(available_models()) == set(MODELS)
    with pytest.raises(RulePackError, match="unknown funnel model 'aida'"):
        load_pack(model="aida")


def test_client_pack_can_choose_a_model(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, "model: attract-convert-close-delight\n"))
    assert pack.label("decision") == "close"
    assert (
        load_pack(
            write(tmp_path, "model: attract-convert-close-delight\n"), model="five-stage"
        ).label("decision")
        == "decision"
    )


def test_a_pack_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "client.yaml"
    path.write_bytes(b"\xff\xfe")  # a UTF-16 byte-order mark
    with pytest.raises(RulePackError, match=r"client\.yaml:1: not UTF-8 text \(byte 0xff"):
        load_pack(path)
    path.write_bytes(b"name: acme\nrules:\n  - {id: url-home, weight: 2}  # caf\xe9\n")
    with pytest.raises(RulePackError, match=r"client\.yaml:3: not UTF-8 text") as caught:
        load_pack(path)
    assert "\n" not in str(caught.value)
    path.write_bytes("\ufeffname: acme\n".encode())  # a UTF-8 byte-order mark is fine
    assert load_pack(path).name == "acme"


def test_a_folder_is_not_a_pack(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match=r"is a folder, not a rule pack file"):
        load_pack(tmp_path)


def test_fingerprint_names_the_effective_pack(tmp_path: Path) -> None:
    default = load_pack().fingerprint
    assert default == load_pack("default").fingerprint
    one = tmp_path / "one" / "client.yaml"
    two = tmp_path / "two" / "other.yaml"
    for path in (one, two):
        path.parent.mkdir()
        path.write_text("conversions: [book_call]\n")
    assert load_pack(one).fingerprint == load_pack(two).fingerprint != default  # not its path
    two.write_text("conversions: [book_call]\nrules:\n  - {id: url-home, weight: 2}\n")
    assert load_pack(two).fingerprint != load_pack(one).fingerprint
    assert load_pack(model="attract-convert-close-delight").fingerprint != default
