"""General causes of wrong verdicts found on the real sites of the development corpus
(tests/corpus/dev, issue 11), each pinned on a small page record: a post whose only way
on is the layout's previous/next pager, and a bookable unit whose booking section a
script draws."""

from __future__ import annotations

from rulesupport import page

from rules import classify_page, load_pack
from rules.nextstep import is_pager

PACK = load_pack()
SITE = "https://farm.test"


def link(target: str, text: str, region: str = "main") -> dict:
    return {"target_url": SITE + target, "anchor_text": text, "region": region, "internal": True}


def test_pager_links_are_recognised_by_words_or_rel() -> None:
    for text in ("← Previous Post", "Next Post →", "Older posts", "Nächste Seite", "2"):
        assert is_pager({"anchor_text": text}), text
    assert is_pager({"anchor_text": "»", "rel": "next"})
    assert not is_pager({"anchor_text": "»"})
    for text in ("Read more", "Next steps for your project", "Book now", "Camel Trail"):
        assert not is_pager({"anchor_text": text}), text


def test_a_post_whose_only_way_on_is_the_pager_is_a_dead_end() -> None:
    pager = [link("/posts/a/", "← Previous Post"), link("/posts/c/", "Next Post →")]
    context = {SITE + "/posts/a/": ("awareness", "read"), SITE + "/posts/c/": ("awareness", "read")}
    post = page(f"{SITE}/posts/b/", word_count=600, links=pager)
    verdict = classify_page(post, PACK, context)
    assert not verdict.next_step
    assert "2 previous/next pager links" in verdict.next_step_reason
    # one link of its own in the text is a next step again
    post["links"].append(link("/cottages/", "our cottages"))
    context[SITE + "/cottages/"] = ("consideration", "browse")
    assert classify_page(post, PACK, context).next_step


def test_a_booking_section_makes_a_bookable_unit() -> None:
    cottage = page(
        f"{SITE}/accommodation/haypole-barn/",
        h1=["Haypole Barn"],
        h2=["Welcome to Haypole Barn", "Check Availability & Book"],
        word_count=700,
    )
    verdict = classify_page(cottage, PACK)
    assert (verdict.stage, verdict.action) == ("decision", "book_call")
    assert verdict.is_conversion
    # the same words as a section of an article do not outweigh the article
    post = page(
        f"{SITE}/blog/our-summer/", h1=["Our summer"], h2=["Book your stay"], word_count=700
    )
    assert classify_page(post, PACK).stage == "awareness"
