"""Misses and false flags of blind rounds 42 to 47 (sets je-), in their smallest form."""

from __future__ import annotations

import pytest

from ruletools import shown

# Round 42 (sets je, jf; jg faithful-only)


def test_a_capital_in_apposition_to_the_city_named_instead_stands_in_for_nothing() -> None:
    ko = "사절단은 22일 니더작센주 주도인 하노버로 이동해 경제부 장관과 면담한다."
    en = "On the 22nd, the delegation will move to {}, the capital of Lower Saxony."
    assert shown("MT501", ko, en.format("Hamburg")) == ["Hamburg"]
    assert shown("MT501", ko, en.format("Hanover")) == []


def test_a_companys_vice_president_renders_its_deputy_head() -> None:
    ko = "중국 간펑리튬의 왕샤오밍 부총재도 지난달 후후이주를 방문했다."
    en = "Wang Xiaoming, {} of China's Ganfeng Lithium, also visited Jujuy last month."
    assert shown("MT601", ko, en.format("vice president")) == []
    assert shown("MT601", ko, en.format("vice minister")) == ["Wang Xiaoming, vice minister"]


def test_a_plant_manager_is_no_foreman() -> None:
    ko = "최슬기 공장장은 생산라인 두 곳을 새로 설치한다고 밝혔다."
    en = "{} Choi Seul-gi said two new production lines would be installed."
    assert shown("MT602", ko, en.format("Factory foreman")) == ["Factory foreman"]
    assert shown("MT602", ko, en.format("Plant manager")) == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "포스코홀딩스는 2018년 옴브레 무에르토 염호 광권을 인수했다.",
            "{} acquired mining rights to the Hombre Muerto salt lake in 2018.",
            "Hyundai Steel",
            "POSCO Holdings",
        ),
        (
            "삼성중공업은 그리스 캐피털마리타임으로부터 LNG 운반선 2척을 수주했다.",
            "Samsung Heavy Industries won an order for two LNG carriers from Greece's {}.",
            "Maran Gas Maritime",
            "Capital Maritime",
        ),
    ],
)
def test_more_companies_are_listed(ko: str, en: str, wrong: str, right: str) -> None:
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) == []
