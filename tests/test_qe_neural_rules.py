"""MT801-MT803: silent on correct translations, firing on clear additions, omissions, loops."""

from __future__ import annotations

import pytest

from ruletools import run_rule

CORRECT = [
    (
        "정부는 30일 새 부동산 대책을 발표했다.",
        "The government announced new real estate measures on the 30th.",
    ),
    (
        "문재인 대통령은 서울에서 트럼프 대통령과 만나 북한 문제를 논의했다.",
        "President Moon Jae-in met President Trump in Seoul and discussed North Korea.",
    ),
    (
        "경찰은 사고 원인을 조사하고 있으며 부상자 3명은 병원으로 옮겨졌다.",
        "Police are investigating the cause of the accident, and three injured people were "
        "taken to hospital.",
    ),
    ("부산에서는 하루 종일 비가 내렸다.", "It rained all day in Busan."),
]


@pytest.mark.parametrize("ko,en", CORRECT)
def test_no_loop_on_correct_translation(ko: str, en: str) -> None:
    assert run_rule("MT803", ko, en) == []


def test_loop_is_reported_on_the_target() -> None:
    ko = "그 영상은 소셜 미디어에서 화제가 됐다."
    en = "The video went viral " + "viral " * 10 + "on social media."
    hits = run_rule("MT803", ko, en)
    assert len(hits) == 1 and hits[0].target is not None
    a, b = hits[0].target
    assert en[a:b].startswith("viral viral") and b - a > 50
    assert "viral" in hits[0].message


def test_loop_copied_from_the_source_is_not_reported() -> None:
    ko = "그는 '랄라랄라랄라랄라랄라' 하고 노래했다."
    en = "He sang 'lalalalalalalala'."
    assert run_rule("MT803", "그는 노래했다.", en)  # a loop where the source has none
    assert run_rule("MT803", ko, en) == []
    ko_loop = "그는 " + "싸운다 " * 8 + "라고 말했다."
    en_loop = "He said " + "they fight, " * 8
    assert run_rule("MT803", ko_loop, en_loop) == []


@pytest.mark.model
@pytest.mark.parametrize("ko,en", CORRECT)
def test_alignment_rules_silent_on_correct_translation(ko: str, en: str) -> None:
    assert run_rule("MT801", ko, en) == []
    assert run_rule("MT802", ko, en) == []


@pytest.mark.model
def test_omitted_sentence_is_reported_on_the_source() -> None:
    ko = (
        "정부는 30일 새 부동산 대책을 발표했다. "
        "한편 제주도에서는 유채꽃 축제가 관광객 수만 명을 모으며 성황리에 끝났다."
    )
    en = "The government announced new real estate measures on the 30th."
    hits = run_rule("MT802", ko, en)
    assert hits, "omitted sentence not reported"
    a, b = hits[0].source  # type: ignore[misc]
    assert a >= ko.index("한편") - 1
    assert 0 < hits[0].confidence < 0.5


@pytest.mark.model
def test_added_clause_is_reported_on_the_target() -> None:
    ko = "정부는 30일 새 부동산 대책을 발표했다."
    en = (
        "The government announced new real estate measures on the 30th, while volcanic ash "
        "from Iceland grounded flights across northern Europe."
    )
    hits = run_rule("MT801", ko, en)
    assert hits, "added clause not reported"
    a, b = hits[0].target  # type: ignore[misc]
    assert a >= en.index("while")
    assert 0 < hits[0].confidence < 0.5
