"""MT105/MT106: sentences inside merged units that the other side lacks (bundled encoder)."""

from __future__ import annotations

import pytest

from mtqa.pairview import lines_doc
from mtqa.records import Unit
from mtqa.resources import Resources
from mtqa.rules.base import UnitView
from mtqa.rules.merged import (
    LENGTH_CONFIDENCE,
    LENGTH_MARGIN,
    MARGIN,
    QUOTE_CONFIDENCE,
    assess,
    gains,
    length_fit,
    rendered,
)
from ruletools import get_rule

pytestmark = pytest.mark.model

KO = [
    "바이든 대통령은 5일 백악관에서 기시다 총리와 정상회담을 한다.",
    "두 정상은 오후 3시부터 약 1시간 동안 반도체 공급망 협력을 논의할 예정이다.",
]
EN = [
    "President Biden will hold a summit with Prime Minister Kishida at the White House on the 5th.",
    "The two leaders will discuss cooperation on semiconductor supply chains for about an hour "
    "from 3 p.m.",
]
RES = Resources()


def merged_view(ko: list[str], en: list[str]) -> UnitView:
    """One unit holding every sentence of both sides."""
    unit = Unit(0, tuple(range(len(ko))), tuple(range(len(en))))
    doc = lines_doc(ko, en, RES, "t", [unit])
    return UnitView(doc, unit)


def _check(code: str, ko: list[str], en: list[str]) -> list:
    return list(get_rule(code).check(merged_view(ko, en)))


def test_dropped_sentence_in_merged_unit_is_reported_with_its_span() -> None:
    hits = _check("MT105", KO, EN[:1])
    assert len(hits) == 1
    start, end = hits[0].source
    assert "오후 3시" in (" ".join(KO))[start:end] and hits[0].confidence >= 0.5


def test_faithful_merge_is_silent() -> None:
    assert _check("MT105", KO, [" ".join(EN)]) == []
    assert _check("MT106", KO, EN) == []


def test_added_sentence_in_merged_unit_is_reported() -> None:
    hits = _check("MT106", KO[:1], [EN[0], "Critics in Tokyo have called the meeting a stunt."])
    assert len(hits) == 1 and hits[0].target is not None
    assert hits[0].target[0] == len(EN[0]) + 1


def test_one_to_one_units_are_not_checked() -> None:
    assert _check("MT105", KO[:1], EN[1:]) == []  # a wrong 1-1 pair is MT8xx/QE territory


def test_gains_sign() -> None:
    embed = RES.encoder.embed
    kept = gains(KO, " ".join(EN), embed)
    dropped = gains(KO, EN[0], embed)
    assert max(kept) < 0 < dropped[1]


# Machine translation joined the two sentences into one English sentence ("..., and today ...").
JOINED_KO = [
    "정말 힘들었지만 완전히 회복했고 걷는 법을 다시 배워야 했습니다.",
    "오늘은 민첩성 훈련을 할 예정입니다.",
]
JOINED_EN = (
    "It was really hard, but I recovered completely, and I had to learn to walk again, and "
    "today I'm going to do agility training."
)


def test_sentence_the_translation_joins_to_its_neighbour_is_not_reported() -> None:
    # The similarity gain alone would report the second sentence; its words are all rendered.
    assert gains(JOINED_KO, JOINED_EN, RES.encoder.embed)[1] > MARGIN
    assert rendered(RES, JOINED_KO, 1, JOINED_EN, source=True)
    assert _check("MT105", JOINED_KO, [JOINED_EN]) == []


def test_dropped_sentence_is_not_taken_for_rendered() -> None:
    assert not rendered(RES, KO, 1, EN[0], source=True)
    assessed = assess(RES, KO, EN[0], source=True)
    assert assessed[0][1] is None and assessed[1][1] is not None and assessed[1][1] >= 0.5


@pytest.mark.parametrize("mark", ["’", "”", "…"])
def test_target_sentence_without_letters_or_digits_is_not_an_addition(mark: str) -> None:
    en = [EN[0], mark]
    assert gains(en, KO[0], RES.encoder.embed)[1] > MARGIN  # the gain alone would report it
    assert _check("MT106", KO[:1], en) == []


def test_a_dropped_sentence_the_english_renders_none_of_is_reported_at_a_small_gain() -> None:
    """A short dropped sentence next to a related one barely raises the similarity (+0.0046
    here, below MARGIN), but the English renders none of its content words."""
    ko = [
        "고용노동부는 5일 내년도 최저임금을 시간당 1만30원으로 확정 고시했다고 밝혔다.",
        "이는 올해 9천860원보다 1.7% 오른 금액이다.",
    ]
    en = (
        "The Ministry of Employment and Labor said on the 5th that it has finalized next year's "
        "minimum wage at 10,030 won per hour."
    )
    (gain0, conf0), (gain1, conf1) = assess(RES, ko, en, source=True)
    assert conf0 is None and gain0 < 0
    assert gain1 > 0 and conf1 is not None and conf1 >= 0.4
    # Translated, the same sentence is not reported.
    full = f"{en} This is 1.7 percent more than this year's 9,860 won."
    assert assess(RES, ko, full, source=True)[1][1] is None


def test_length_fit_sign() -> None:
    # The first English sentence alone fits the first Korean sentence: dropping the second
    # leaves a better fit (positive); both English sentences fit the whole (negative).
    assert length_fit(KO, 1, EN[0], source=True) > LENGTH_MARGIN
    assert length_fit(KO, 1, " ".join(EN), source=True) < -LENGTH_MARGIN
    # The same test from the English side (MT106): Korean as long as both English sentences.
    assert length_fit(EN, 1, " ".join(KO), source=False) < -LENGTH_MARGIN
    assert length_fit(EN, 1, KO[0], source=False) > LENGTH_MARGIN


# Real MT (M2M-100 on FLORES): two Korean sentences garbled into one English sentence as long as
# both. The similarity gain (+0.010) alone would show it as an omission at 0.65.
GARBLED_KO = [
    "호랑이는 사자, 표범, 재규어와 같은 무리입니다.",
    "이 네 마리의 고양잇과 동물만이 포효할 수 있습니다.",
]
GARBLED_EN = (
    "The tigers are a crowd of lions, puppets, and Jaguars, which can only be captured by the "
    "four cats and animals."
)


def test_sentence_the_english_is_long_enough_to_hold_is_not_shown() -> None:
    (gain, conf), _ = assess(RES, GARBLED_KO, GARBLED_EN, source=True)
    assert gain > 0.005 and length_fit(GARBLED_KO, 0, GARBLED_EN, source=True) < -LENGTH_MARGIN
    assert conf is not None and conf <= LENGTH_CONFIDENCE < 0.5
    # The dropped sentence of the summit pair is still shown: the English has room for one only.
    assert (assess(RES, KO, EN[0], source=True)[1][1] or 0.0) >= 0.5


def test_a_dropped_quotation_is_shown() -> None:
    """Two quotations of one official; the English keeps one: the dropped one is shown."""
    ko = [
        '안성민 한국은행 총재는 이날 "반도체 수출 호조가 성장률을 떠받치고 있다"고 평가했다.',
        '안 총재는 다만 "고환율이 물가에 미치는 영향을 면밀히 살펴보겠다"고 덧붙였다.',
    ]
    en = (
        'Bank of Korea Governor Ahn Sung-min said that day that "strong semiconductor exports '
        'are propping up the growth rate."'
    )
    assessed = assess(RES, ko, en, source=True)
    assert assessed[1][1] is not None and assessed[1][1] >= QUOTE_CONFIDENCE
    # Both quotations rendered: nothing reported.
    both = f'{en} Ahn added, "We will closely examine the impact of the high exchange rate."'
    assert all(conf is None for _, conf in assess(RES, ko, both, source=True))


def test_a_merged_sentence_whose_figures_the_english_lacks_is_shown() -> None:
    """Joined to its neighbour, the sentence's three figures are nowhere in the English."""
    ko = [
        "국토교통부는 다음 달 3일 일본 국토교통성과 주택 협력회의를 열 예정이다.",
        "이날 청문회에는 위원 30명 가운데 27명이 참석했으며, 질의는 밤 11시를 넘겨서까지 이어졌다.",
    ]
    en = (
        "The Ministry of Land, Infrastructure and Transport plans to hold a housing cooperation "
        "meeting with Japan's land ministry on the 3rd of next month."
    )
    assessed = assess(RES, ko, en, source=True)
    assert assessed[1][1] is not None and assessed[1][1] >= QUOTE_CONFIDENCE
    both = f"{en} Of the committee's 30 members, 27 attended, and questioning ran past 11 p.m."
    assert all(conf is None for _, conf in assess(RES, ko, both, source=True))


def test_figures_lost_needs_two_figures_none_of_them_written() -> None:
    from mtqa.rules.merged import _figures_lost

    ko = "이날 청문회에는 위원 30명 가운데 27명이 참석했다."
    assert _figures_lost(ko, "The hearing was held.")
    assert not _figures_lost(ko, "Of 30 members, most attended.")
    assert not _figures_lost("위원 30명이 참석했다.", "The hearing was held.")
