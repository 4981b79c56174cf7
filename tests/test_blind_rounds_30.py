"""Misses and false flags of blind round 30 (sets hu-hw) and the place swaps of the
checks_places bench, in their smallest form."""

from __future__ import annotations

import pytest

from lexicontools import SHARED, persons
from mtqa.text.ko_persons import find_persons
from ruletools import run_rule, shown

BUSAN = "이시카와 총리는 21일 부산으로 이동해 박서진 부산시장과 함께 투자 설명회에 참석한다."
BUSAN_EN = (
    "On the 21st, Prime Minister Ishikawa will travel to {} and attend an investment briefing "
    "together with Busan Mayor Park Seo-jin."
)


def test_a_place_named_twice_in_korean_once_in_english_beside_another_is_swapped() -> None:
    assert shown("MT501", BUSAN, BUSAN_EN.format("Ulsan")) == ["Ulsan"]
    assert shown("MT501", BUSAN, BUSAN_EN.format("Busan")) == []
    assert shown("MT501", BUSAN, BUSAN_EN.format("the port city")) == []


IOWA = "그는 아이오와에서 열린 유세에 참석했다."


def test_a_city_or_state_of_another_country_in_a_places_stead_is_shown() -> None:
    hits = run_rule("MT501", IOWA, "He attended a rally held in Uttarakhand.")
    assert [h.target is not None for h in hits] == [True]
    assert hits[0].confidence >= 0.5
    assert shown("MT501", IOWA, "He attended a rally held in Iowa.") == []


def test_plural_countries_do_not_stand_in_for_a_swapped_country() -> None:
    ko = "그는 스웨덴과 다른 28개국을 위해 우표 1천여 장을 만들었다."
    en = "He produced over 1,000 stamps for {} and 28 other countries."
    assert shown("MT501", ko, en.format("Latvia")) == ["Latvia"]
    assert shown("MT501", ko, en.format("Sweden")) == []


def test_an_approximate_count_is_no_day_of_the_month() -> None:
    ko = "부산항만공사는 8월 27일 선사 대표 20여 명을 초청해 설명회를 연다."
    en = "The BPA will hold a briefing on August {}, inviting some 20 heads of shipping lines."
    assert shown("MT304", ko, en.format(17)) == ["17"]
    assert shown("MT304", ko, en.format(27)) == []


def test_a_company_after_its_kind_is_no_famous_person() -> None:
    ko = "덴마크 해운사 머스크의 라르스 크리스텐센 대표가 참석했다."
    en = "Lars Christensen, head of Danish shipping company Maersk, attended."
    assert shown("MT403", ko, en) == []
    famous = {"머스크"}
    anchors = {p.name: p.anchor for p in find_persons(ko, SHARED.korean.tokenize(ko), (), famous)}
    assert anchors["머스크"] == "none"
    bare = "머스크의 발언이 화제가 됐다."
    assert [p.anchor for p in find_persons(bare, SHARED.korean.tokenize(bare), (), famous)] == [
        "famous"
    ]


def test_a_body_with_a_modifier_glued_anchors_a_name_before_its_title() -> None:
    ko = "권혁찬 중앙선관위 사무총장은 이날 투표소를 찾았다."
    assert persons(ko)["권혁찬"] == ("korean", "title", "사무총장")
    en = "{} of the National Election Commission visited a polling station that day."
    assert shown("MT602", ko, en.format("Kwon Hyuk-chan Samuchongjang")) == ["Samuchongjang"]
    assert shown("MT602", ko, en.format("Secretary General Kwon Hyuk-chan")) == []


CANDIDATES = "국민의힘 장하늘 후보와 더불어민주당 이나래 후보가 출마했다."


def test_candidates_are_titled_persons_whose_title_may_go_unsaid() -> None:
    assert persons(CANDIDATES)["장하늘"] == ("korean", "title", "후보")
    bad = "Jang Sky of the People Power Party and Lee Na-rae of the Democratic Party are running."
    assert shown("MT402", CANDIDATES, bad) == ["Sky"]
    good = bad.replace("Jang Sky", "Jang Ha-neul")
    assert shown("MT601", CANDIDATES, good) == [] and shown("MT402", CANDIDATES, good) == []


def test_a_candidate_is_no_other_office() -> None:
    ko = "버락 오바마 상원의원은 월요일 이라크에 도착했다."
    en = "Democratic presidential candidate Barack Obama arrived in Iraq on Monday."
    assert shown("MT601", ko, en) == []


def test_a_company_ending_in_materials_is_no_part_of_a_name() -> None:
    ko = "왕웨이 화신신소재 대표도 참석했다."
    assert persons(ko)["왕웨이"][2] == "대표"


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        (
            "팜 티 란 베트남 산업무역부 차관도 참석했다.",
            "Pham Thi Lan, Vietnam's deputy minister of planning and investment, attended.",
            "planning and investment",
        ),
        (
            "일본 경제산업성은 발표했다.",
            "Japan's Ministry of Foreign Affairs announced.",
            "Foreign",
        ),
    ],
)
def test_a_foreign_ministry_named_by_another_portfolio_is_swapped(
    ko: str, en: str, got: str
) -> None:
    assert shown("MT711", ko, en) == [got]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (
            "팜 티 란 베트남 산업무역부 차관도 참석했다.",
            "Pham Thi Lan, Vietnam's deputy minister of industry and trade, attended.",
        ),
        ("중국 상무부는 성명을 냈다.", "China's Ministry of Commerce issued a statement."),
        (
            "일본 후생노동성은 발표했다.",
            "Japan's Ministry of Health, Labour and Welfare announced.",
        ),
        ("미국 국토안보부는 발표했다.", "The Department of Homeland Security said."),
        ("베트남 산업무역부는 발표했다.", "The ministry said."),
        (
            "이 제품의 안전성은 확인됐다.",
            "The product's security was confirmed by the ministry of health.",
        ),
    ],
)
def test_a_ministry_by_its_own_portfolio_or_a_generic_word_is_fine(ko: str, en: str) -> None:
    assert shown("MT711", ko, en) == []
