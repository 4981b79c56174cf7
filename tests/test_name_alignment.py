"""Word-alignment evidence for the name rules (mtqa.align.name_spans)."""

from __future__ import annotations

import pytest

from mtqa.align.name_spans import encoder_for, target_span
from mtqa.align.words import WordLink
from mtqa.resources import Resources
from mtqa.rules.persons import unit_persons
from ruletools import get_rule, make_view

EN = "Prime Minister Zaev said on Monday that talks went well."


def _link(src: tuple[int, int], word: str, score: float = 0.6) -> WordLink:
    start = EN.index(word)
    return WordLink(src, (start, start + len(word)), score)


def test_target_span_is_the_cluster_around_the_strongest_link() -> None:
    links = [_link((0, 3), "Zaev", 0.7), _link((0, 3), "Monday", 0.3), _link((5, 7), "talks")]
    span = target_span((0, 3), links, EN)
    assert span is not None and EN[span[0] : span[1]] == "Zaev"


def test_target_span_joins_adjacent_linked_words() -> None:
    links = [_link((0, 2), "Prime", 0.4), _link((2, 4), "Minister", 0.5)]
    span = target_span((0, 4), links, EN)
    assert span is not None and EN[span[0] : span[1]] == "Prime Minister"


def test_target_span_without_links_is_none() -> None:
    assert target_span((10, 12), [_link((0, 3), "Zaev")], EN) is None


def test_alignment_is_opt_in() -> None:
    assert encoder_for(Resources()) is None
    assert encoder_for(Resources(options={"name_alignment": False})) is None


ALIGNED = Resources(options={"name_alignment": True})


@pytest.mark.model
@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (
            "조예브 총리는 NATO 가입이 도움이 될 것이라고 말했다.",
            "Zaev says NATO membership will help.",
        ),
        ("캐리 람 홍콩 행정장관이 사퇴했다.", "Hong Kong Chief Executive Carrie Lam resigned."),
    ],
)
def test_aligned_spelling_variants_are_not_shown_as_missing(ko: str, en: str) -> None:
    view = make_view(ko, en, ALIGNED)
    hits = [h for c in ("MT401", "MT402") for h in get_rule(c).check(view)]
    assert not [h for h in hits if h.confidence >= 0.5], hits


@pytest.mark.model
def test_aligned_ordinary_words_and_deletions_are_still_flagged() -> None:
    words = make_view(
        "캐리 람 홍콩 행정장관이 사퇴했다.", "Chief Executive Carry Lamb quit.", ALIGNED
    )
    assert list(get_rule("MT402").check(words))
    gone = make_view("앨리스터 달링 영국 재무장관이 말했다.", "Britain's Treasury said.", ALIGNED)
    assert list(get_rule("MT401").check(gone))
    assert all(p.match.via == "alignment" for p in unit_persons(gone))
