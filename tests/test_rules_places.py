from __future__ import annotations

import pytest

import mtqa.rules.places  # noqa: F401  (registers MT5xx)
from mtqa.rules.base import select_rules
from ruletools import run_rule

CODES = ("MT501", "MT502", "MT503")

CORRECT = [
    ("광둥성 당국은 조치를 발표했다.", "Guangdong authorities announced measures."),
    ("광둥성에서 회의가 열렸다.", "A meeting was held in Guangdong Province."),
    ("경기도는 예산을 늘렸다.", "Gyeonggi-do raised its budget."),
    ("경기도 수원시에서", "in Suwon, Gyeonggi Province"),
    ("미국 정부는 발표했다.", "The U.S. government announced."),
    ("미국 정부는 발표했다.", "Washington announced."),
    ("미국은 반대했다.", "America objected."),
    ("미국인 관광객이 늘었다.", "American tourists increased."),
    ("중국어 교육이 확대된다.", "Chinese education will expand."),
    ("베트남 꽝닌성에서", "in Vietnam's Quang Ninh province"),
    ("호찌민시에서 열렸다.", "It was held in Saigon."),
    ("다낭과 하이퐁을 방문했다.", "He visited Danang and Haiphong."),
    ("경기 침체가 계속됐다.", "The recession continued."),
    ("부산에서 개최됐다.", "It was held in Pusan."),
    ("일본 후쿠시마현 원전", "the nuclear plant in Fukushima, Japan"),
    ("북한은 미사일을 발사했다.", "Pyongyang fired a missile."),
    ("북한은 미사일을 발사했다.", "The DPRK fired a missile."),
    ("한국과 영국 정상", "the leaders of South Korea and Britain"),
    ("영국 총리", "the British prime minister"),
    ("서울에서 만났다.", "They met in Seoul."),
    ("라오스 정부", "the Lao government"),
    ("베이징에서 열린 회담", "talks in Peking"),
    ("러시아는 거부했다.", "The Kremlin refused."),
    ("뉴욕주와 뉴욕시", "New York state and New York City"),
    ("제주도 관광객", "tourists on Jeju Island"),
    ("범죄인 인도 조약", "the extradition treaty"),
    ("광둥성에서 홍수가 났다.", ""),  # empty target: not this rule's business
    ("세계보건기구(WHO)는 경고했다.", "The WHO warned."),
]

WRONG = [
    ("광둥성 당국은 조치를 발표했다.", "Authorities announced measures.", "MT501"),
    ("쓰촨성에서 지진이 발생했다.", "An earthquake struck the area.", "MT501"),
    ("꽝닌성 하롱베이", "Ha Long Bay", "MT501"),
    ("광둥성에서 회의가 열렸다.", "A meeting was held in Fujian Province.", "MT501"),
    ("대구에서 열린 회의", "a meeting held in Busan", "MT501"),
    ("광둥성에서 홍수가 났다.", "Floods hit Gwang Dong-seong.", "MT502"),
    ("광둥성에서 홍수가 났다.", "Floods hit Kwang Dong-sung.", "MT502"),
    ("경기도에서 열렸다.", "It was held by Kyung Ki-do.", "MT502"),
    ("꽝닌성 관계자", "an official, Kwang Nin-sung", "MT502"),
    ("쓰촨성 당국", "Sseu Chwan-seong officials", "MT502"),
    ("경기도 수원에서", "in Suwon, Gyeongi Province", "MT503"),
    ("광둥성 공장", "a factory in Guangdon", "MT503"),
    ("서울시는 밝혔다.", "Seul city said.", "MT503"),
    ("캘리포니아주 산불", "wildfires in Califronia", "MT503"),
    ("하이퐁 항구", "the port of Hai Phnog", "MT503"),
    ("후쿠오카현에서", "in Fukuoko Prefecture", "MT503"),
]


def codes(ko: str, en: str) -> list[str]:
    return [c for c in CODES for _ in run_rule(c, ko, en)]


@pytest.mark.parametrize(("ko", "en"), CORRECT)
def test_correct_renderings_are_not_flagged(ko: str, en: str) -> None:
    assert codes(ko, en) == []


@pytest.mark.parametrize(("ko", "en", "code"), WRONG)
def test_wrong_renderings_are_flagged(ko: str, en: str, code: str) -> None:
    assert codes(ko, en) == [code]


def test_generic_noun_lowers_confidence() -> None:
    hits = run_rule("MT501", "경기도는 예산을 늘렸다.", "The province raised its budget.")
    assert len(hits) == 1 and hits[0].confidence < 0.5 and hits[0].severity is not None
    assert hits[0].suggestion == "Gyeonggi Province"


def test_hit_spans_and_suggestion() -> None:
    ko, en = "광둥성 공장", "a factory in Guangdon"
    (hit,) = run_rule("MT503", ko, en)
    assert hit.source is not None and ko[hit.source[0] : hit.source[1]] == "광둥성"
    assert hit.target is not None and en[hit.target[0] : hit.target[1]] == "Guangdon"
    assert hit.suggestion == "Guangdong"
    (person,) = run_rule("MT502", "광둥성에서 홍수가 났다.", "Floods hit Gwang Dong-seong.")
    assert person.target == (11, 27)


def test_rules_are_documented() -> None:
    for r in select_rules(["MT50"]):
        assert r.category and r.description and r.examples and r.summary


def test_person_like_rendering_flagged_even_beside_a_correct_mention() -> None:
    from ruletools import run_rule

    ko = "람 장관이 광둥성 광저우를 방문해 마싱루이 광둥성 성장과 만났다."
    en = "Lam visited Guangzhou, Gwang Dong-seong, and met Ma Xingrui, Guangdong's governor."
    hits = run_rule("MT502", ko, en)
    assert len(hits) == 1 and en[slice(*hits[0].target)] == "Gwang Dong-seong"
    ok = "Lam visited Guangzhou, Guangdong Province, and met Ma Xingrui, governor of Guangdong."
    assert run_rule("MT502", ko, ok) == []
    assert run_rule("MT502", "홍콩 행정장관", "Hong Kong's chief executive") == []
