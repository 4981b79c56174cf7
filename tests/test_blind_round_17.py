"""Errors and false flags of blind round 17 (sets zi, zj, zk), each in its smallest form."""

from __future__ import annotations

from lexicontools import persons
from ruletools import run_rule


def shown(code: str, ko: str, en: str) -> list[str]:
    """The English spans of rule ``code``'s hits at >= 0.5."""
    return [
        en[h.target[0] : h.target[1]] if h.target else ""
        for h in run_rule(code, ko, en)
        if h.confidence >= 0.5
    ]


FORECASTER = "일본 기상청 예보관 다나카 유키는 기자회견에서 말했다."


def test_a_listed_japanese_family_name_and_a_given_name_make_a_person() -> None:
    assert persons(FORECASTER)["다나카 유키"][1] == "family-name"
    assert "지바 현" not in persons("지바 현 주민들은 말했다.")


def test_a_japanese_family_name_with_its_letters_reordered() -> None:
    en = "Yuki Takana, a forecaster at the Japan Meteorological Agency, told a press conference."
    assert shown("MT403", FORECASTER, en) == ["Takana"]
    right = en.replace("Takana", "Tanaka")
    for code in ("MT401", "MT402", "MT403"):
        assert shown(code, FORECASTER, right) == []


def test_a_county_by_its_bare_name_swapped_for_a_city() -> None:
    ko = "협약식은 이날 오전 10시 30분 무안 전남도청에서 열렸다."
    en = "The ceremony was held at 10:30 a.m. at the South Jeolla provincial office in {}."
    assert shown("MT501", ko, en.format("Mokpo")) == ["Mokpo"]
    assert shown("MT501", ko, en.format("Muan")) == []
    # the word the bare name also is stays a word
    assert shown("MT501", "그는 무안을 당했다.", "He was embarrassed.") == []


def test_a_neighbourhood_kiwi_cuts_before_its_unit_rendered_as_a_person() -> None:
    ko = "대구 동구 신암동에 사는 직장인 이모(34)씨는 말했다."
    en = "An office worker surnamed Lee, 34, who lives {} in Dong District, Daegu, said."
    assert shown("MT502", ko, en.format("with Shin Am-dong")) == ["Shin Am-dong"]
    assert shown("MT502", ko, en.format("in Sinam-dong")) == []


def test_a_vietnamese_name_misspelled_before_its_given_name() -> None:
    ko = "베트남 국적의 통역 응우옌 반 흥(31)씨에게 징역 1년을 선고했다."
    en = "The court sentenced {}, 31, a Vietnamese interpreter, to one year in prison."
    assert shown("MT403", ko, en.format("Ngyuen Ban Hung")) == ["Ngyuen Ban Hung"]
    for right in ("Nguyen Van Hung", "Hung", "Nguyen Hung"):
        assert shown("MT403", ko, en.format(right)) == [], right


def test_another_office_made_by_a_word_before_the_own_title() -> None:
    ko = '조하늘 감독은 "황 코치는 대만 대표팀에서 불펜을 맡았다"고 말했다.'
    en = '"Coach Huang handled the bullpen," {} Cho Ha-neul said.'
    assert shown("MT601", ko, en.format("general manager")) == ["general manager Cho Ha-neul"]
    for right in ("manager", "head coach"):
        assert shown("MT601", ko, en.format(right)) == [], right


def test_a_ministry_no_list_has_between_a_foreign_name_and_the_title() -> None:
    ko = "회담에는 정슬기 한수원 사장과 칼리드 알팔리 사우디 투자부 장관도 배석했다."
    assert persons(ko)["칼리드 알팔리"][1:] == ("title", "장관")
    swapped = "Saudi Investment Minister Jeong Seul-gi and KHNP President Khalid Al-Falih attended."
    got = shown("MT603", ko, swapped)
    assert got == ["Minister Jeong Seul-gi", "President Khalid Al-Falih"]
    right = "KHNP President Jeong Seul-gi and Saudi Investment Minister Khalid Al-Falih attended."
    assert shown("MT603", ko, right) == []


def test_an_agency_swapped_for_another() -> None:
    ko = "기상청 김한결 예보분석관은 비가 더 내릴 수 있다고 말했다."
    en = "Kim Han-gyeol, a forecast analyst at the {}, said more rain could fall."
    bad = "Korea Hydrographic and Oceanographic Agency"
    assert shown("MT711", ko, en.format(bad)) == [bad]
    assert shown("MT711", ko, en.format("Korea Meteorological Administration")) == []


def test_another_acronym_in_the_stead_of_an_unlisted_body() -> None:
    ko = "중국원자력집단(CNNC)은 말했다."
    (hit,) = run_rule("MT712", ko, "China General Nuclear Power Group (CGN) said.")
    assert hit.confidence == 0.6 and "stands in" in hit.message
    (hit,) = run_rule("MT712", ko, "The company said.")
    assert hit.confidence < 0.5


def test_a_second_stage_as_secondary() -> None:
    ko = "그는 산사태 등 2차 피해에 주의를 당부했다."
    assert shown("MT301", ko, "He urged caution against secondary damage such as landslides.") == []
    assert shown("MT301", ko, "He urged caution against damage such as landslides.") != []


def test_pinyin_ui_across_two_syllables_is_no_letter_by_letter_romanization() -> None:
    """후이 gives 'hui' as pinyin does; only a syllable's own RR vowel (저 'jeo') tells."""
    ko = "평양을 방문한 왕후이밍 중국 공산당 대외연락부 부부장이 말했다."
    en = "Wang Huiming, vice minister of the party's International Department, said."
    assert shown("MT403", ko, en) == []
    assert shown("MT403", "저우하이린 산둥성 성장이 말했다.", "Governor Jeou Hairin said.") != []
