from __future__ import annotations

import math

import pytest

from mtqa.records import Severity
from mtqa.rules.coverage import LOG_RATIO_LIMIT, LOG_RATIO_MEAN, LOG_RATIO_STD, korean_length
from ruletools import run_rule


def test_omission_flags_a_source_sentence_with_no_translation() -> None:
    hits = run_rule("MT101", "도는 다음 달 12일까지 피해 조사를 마칠 계획이다.", "")
    assert len(hits) == 1
    assert hits[0].source == (0, len("도는 다음 달 12일까지 피해 조사를 마칠 계획이다."))
    assert hits[0].target is None and hits[0].confidence >= 0.8


def test_omission_silent_when_translated() -> None:
    assert run_rule("MT101", "정부는 대책을 발표했다.", "The government announced measures.") == []


def test_addition_flags_unsourced_sentence_but_not_boilerplate() -> None:
    assert len(run_rule("MT102", "", "Experts widely welcomed the new plan on Monday.")) == 1
    assert run_rule("MT102", "", "(c) 2024 Yonhap News Agency. All rights reserved.") == []


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2024 Yonhap News Agency. All rights reserved.",
        "© Reuters 2024",
        "Unauthorized reproduction and redistribution prohibited.",
        "Click here to subscribe to our newsletter.",
        "Contact the reporter at kim@example.co.kr",
        "Read more at https://example.com/news/1",
        "Yonhap",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    hits = run_rule("MT104", "", line)
    assert len(hits) == 1 and hits[0].target == (0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the plan would take effect next month.",
        "Yonhap News Agency reported that talks would resume.",
        "He said he would follow up on the newsletter story.",
    ],
)
def test_ordinary_added_sentences_are_not_boilerplate(line: str) -> None:
    assert run_rule("MT104", "", line) == []


def test_boilerplate_aligned_to_the_korean_notice_is_flagged() -> None:
    """The aligner pairs an added prompt with the Korean copyright line the English drops."""
    ko = "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
    en = "Click here to subscribe to our newsletter."
    hits = run_rule("MT104", ko, en)
    assert len(hits) == 1 and hits[0].target == (0, len(en)) and hits[0].confidence >= 0.5
    two = "The government announced measures. Click here to read more."
    assert len(run_rule("MT104", "정부는 대책을 발표했다.", two)) == 1


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "(c) Yonhap. All rights reserved."),
        ("뉴스레터를 구독하려면 여기를 클릭하세요.", "Click here to subscribe to the newsletter."),
        ("법원은 판권 분쟁에 대해 판결했다.", "The court ruled on a copyright dispute."),
        ("자세한 내용은 홈페이지에 있다.", "Details are at www.gov.kr."),
    ],
)
def test_boilerplate_the_korean_states_is_no_addition(ko: str, en: str) -> None:
    assert run_rule("MT104", ko, en) == []


def test_length_ratio_flags_a_gutted_translation() -> None:
    ko = "정부는 30일 부동산 대책과 함께 세제 개편안을 발표하고 다음 달부터 시행하기로 했다."
    hits = run_rule("MT103", ko, "The government spoke.")
    assert len(hits) == 1 and "shorter" in hits[0].message


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        # an organization's official English name is long: left out on both sides
        (
            "국토교통부는 수도권 주택 공급 대책을 발표했다.",
            "The Ministry of Land, Infrastructure and Transport announced measures to increase "
            "housing supply in the Seoul metropolitan area.",
        ),
        (
            "정부는 30일 부동산 대책과 함께 세제 개편안을 발표하고 다음 달부터 시행하기로 했다.",
            "On the 30th, the government announced a tax reform plan along with real estate "
            "measures and decided to implement it from next month.",
        ),
        (
            "이번 호우로 주민 2만5천 명이 대피했다.",
            "The heavy rain forced 25,000 residents to evacuate.",
        ),
        ("짧다.", "It is short, very short indeed, as anyone can see."),  # too short to judge
    ],
)
def test_length_ratio_silent_on_normal_translations(ko: str, en: str) -> None:
    assert run_rule("MT103", ko, en) == []


def test_untranslated_hangul_with_source_span() -> None:
    ko = "수출 회복을 이유로 들었다."
    en = "It cited 수출 회복."
    hits = run_rule("MT201", ko, en)
    assert len(hits) == 1
    assert en[slice(*hits[0].target)] == "수출 회복"
    assert ko[slice(*hits[0].source)] == "수출 회복"
    assert hits[0].confidence > 0.9


def test_untranslated_run_with_a_number_inside_is_one_span() -> None:
    ko = "강남 3구는 모두 하락 전환했다."
    en = "강남 3구 all turned to a decline."
    (hit,) = run_rule("MT201", ko, en)
    assert en[slice(*hit.target)] == "강남 3구"
    assert hit.source is not None and ko[slice(*hit.source)] == "강남 3구"


def test_untranslated_gloss_in_parentheses_is_low_confidence_minor() -> None:
    hits = run_rule("MT201", "한복을 입었다.", "She wore a hanbok (한복).")
    assert len(hits) == 1 and hits[0].confidence < 0.5 and hits[0].severity == Severity.MINOR


def test_no_hangul_no_flag() -> None:
    assert run_rule("MT201", "서울", "Seoul") == []


@pytest.mark.parametrize("mark", ["’", "”", "…", " ’ "])
def test_addition_silent_on_a_sentence_without_letters_or_digits(mark: str) -> None:
    assert run_rule("MT102", "", mark) == []


def test_omission_silent_on_a_source_sentence_without_letters_or_digits() -> None:
    assert run_rule("MT101", "”", "") == []
    assert len(run_rule("MT101", "3.", "")) == 1


def test_addition_still_flags_a_short_sentence_with_a_number() -> None:
    assert len(run_rule("MT102", "", "12.")) == 1


def test_korean_length_leaves_out_romanized_spellings_the_english_repeats() -> None:
    en = "Kanye West and The New York Times"
    assert korean_length("칸예 웨스트(Kanye West)는", en) == korean_length("칸예 웨스트는", en)
    assert korean_length("뉴욕타임스(NYT·The New York Times)", en) == len("뉴욕타임스(NYT·)")
    # A spelling the English lacks (perhaps dropped) still counts, as do Hangul and numbers.
    assert korean_length("로사(Rosa)", en) == korean_length("로사Rosa", en) + 2
    assert korean_length("대통령(66)은", en) == korean_length("대통령66은", en) + 2
    assert korean_length("웨스트(Kanye 웨스트)", en) == len("웨스트(Kanye웨스트)")
    assert korean_length("칸예(Kan)", en) == len("칸예(Kan)")  # whole words only


def test_length_ratio_silent_when_korean_repeats_names_in_latin_script() -> None:
    ko = (
        "피의자는 바바 간자(Baba Kanjar), 부다 간자(Bhutha Kanjar), 람프로 간자(Rampro "
        "Kanjar)입니다."
    )
    en = "The accused are Baba Kanjar, Bhutha Kanjar and Rampro Kanjar."
    # Counted in full, the Korean makes the English look far too short.
    z_full = (math.log(len(en.replace(" ", "")) / len(ko.replace(" ", ""))) - LOG_RATIO_MEAN) / (
        LOG_RATIO_STD
    )
    assert z_full < -LOG_RATIO_LIMIT
    assert run_rule("MT103", ko, en) == []
    assert len(run_rule("MT103", ko, "The accused are named.")) == 1  # still checked
