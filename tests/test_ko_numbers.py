"""Korean numeric expressions -> values, kinds and spans."""

from __future__ import annotations

import pytest

from mtqa.text.ko_numbers import korean_numbers, significant_digits, sino_chain

CASES = [
    # text, expected (value, kind) pairs in order
    ("2만5천 명이 모였다", [(25_000, "cardinal")]),
    ("1억2천만 원", [(120_000_000, "money")]),
    ("1억 2천만 원", [(120_000_000, "money")]),
    ("3조 원", [(3e12, "money")]),
    ("1조2000억 원", [(1.2e12, "money")]),
    ("12억 달러", [(1.2e9, "money")]),
    ("100억 달러를", [(1e10, "money")]),
    ("25,000명", [(25_000, "cardinal")]),
    ("3.5% 상승", [(3.5, "percent")]),
    ("3.5 퍼센트", [(3.5, "percent")]),
    ("10프로", [(10, "percent")]),
    ("0.5%포인트 하락", [(0.5, "points")]),
    ("0.25%p 인상", [(0.25, "points")]),
    ("세 명이 숨졌다", [(3, "cardinal")]),
    ("두 차례", [(2, "cardinal")]),
    ("열 다섯 마리", [(15, "cardinal")]),
    ("십여 명", [(10, "cardinal")]),
    ("천만 원", [(1e7, "money")]),
    ("2024년 3월 30일", [(2024, "year"), (3, "month"), (30, "day")]),
    ("다음 달 12일", [(12, "day")]),
    ("오는 5일", [(5, "day")]),
    ("1∼3일", [(1, "day"), (3, "day")]),
    ("10~20%", [(10, "percent"), (20, "percent")]),
    ("3-4월", [(3, "month"), (4, "month")]),
    ("1~2억 원", [(1e8, "money"), (2e8, "money")]),
    ("제28차 회의", [(28, "ordinal")]),
    ("제2차관", [(2, "ordinal")]),
    ("시즌 10호 골", [(10, "cardinal")]),  # 호 after digits counts goals, typhoons, bills
    ("3승 2패", [(3, "cardinal"), (2, "cardinal")]),
    ("시즌 2승째", [(2, "ordinal")]),  # 째 after a win makes it the Nth
    ("두 번째", [(2, "ordinal")]),
    ("3위를 차지했다", [(3, "ordinal")]),
    ("300여 명", [(300, "cardinal")]),
    ("약 300명", [(300, "cardinal")]),
    ("오후 3시", [(15, "time")]),
    ("오전 9시 30분", [(9.5, "time")]),
    ("19개월 만에", [(19, "cardinal")]),
    ("30일간", [(30, "cardinal")]),
    ("37만 5,000달러", [(375_000, "money")]),
    ("22 억 5 천만 명", [(2.25e9, "cardinal")]),
    ("3분의 2 이상", [(2 / 3, "cardinal")]),
    ("13:10에", [(13 + 10 / 60, "time")]),
    ("1990년대", [(1990, "year")]),
    ("30.48달러로", [(30.48, "money")]),
    ("5천 유로", [(5000, "money")]),
    ("2천 위안과 3만 엔", [(2000, "money"), (30_000, "money")]),
    ("주 4일 근무", [(4, "cardinal")]),  # four days a week: a count, not the 4th
    ("일주일에 3일", [(3, "cardinal")]),
    ("이번 주 4일 발표", [(4, "day")]),
    ("10월 4일", [(10, "month"), (4, "day")]),
    # a small number before a counter counts things (2발 'two rounds'), not 2학년
    ("탄도미사일 2발을 발사했다", [(2, "cardinal")]),
    ("어선 3척이 침몰했다", [(3, "cardinal")]),
    ("만 13세와 14세", [(13, "cardinal"), (14, "cardinal")]),  # 만 'full age', not 10,000
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_values_and_kinds(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(e.value, e.kind) for e in korean_numbers(text)]
    assert len(found) == len(expected), found
    for (value, kind), (want_value, want_kind) in zip(found, expected, strict=True):
        assert value == pytest.approx(want_value)
        assert kind == want_kind


@pytest.mark.parametrize(
    "text",
    ["지난해 매출이 늘었다", "수백만 명이 시청했다", "기억을 조사했다", "젊은 세대", "열대 저기압",
     "그 십대 소년", "LED 조명", "인명 구조원", "수 십년간", "이 사람이 한 일", "2인조 강도",
     "2학년 학생"],
)  # fmt: skip
def test_words_that_are_not_numbers(text: str) -> None:
    assert korean_numbers(text) == []


@pytest.mark.parametrize("text", ["코로나19 확산", "G20 정상회의", "6·25 전쟁"])
def test_numbers_in_names_are_codes(text: str) -> None:
    found = korean_numbers(text)
    assert found and all(e.code for e in found)


def test_spans_point_into_the_text() -> None:
    text = "정부는 오는 5일 12억 달러를 3.5% 늘렸다"
    for e in korean_numbers(text):
        assert text[e.start : e.end] == e.text
    assert [e.text for e in korean_numbers(text)] == ["5일", "12억 달러", "3.5%"]


def test_currencies_and_approximation() -> None:
    (e,) = korean_numbers("약 100억 원")
    assert (e.currency, e.approx) == ("KRW", True)
    (f,) = korean_numbers("300여 명")
    assert f.approx
    (g,) = korean_numbers("세 명")
    assert g.word and not g.approx


@pytest.mark.parametrize(("lit", "sig"), [("25,000", 2), ("1.20", 3), ("300", 1), ("1.2", 2)])
def test_significant_digits(lit: str, sig: int) -> None:
    assert significant_digits(lit) == sig


def test_zoned_four_digit_time_and_split_seconds() -> None:
    (local, zoned) = korean_numbers("오전 10시(0200 GMT) 직전")
    assert zoned.kind == "time" and zoned.value == 2.0 and zoned.text == "0200"
    (race, _once) = korean_numbers("로블스가 13초04로 또 한번 우승했다.")
    assert race.value == 13.04 and race.text == "13초04"


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("일만 년 전", True),
        ("팔십 퍼센트", True),
        ("이백만 년", True),
        ("1만 년", False),  # digits
        ("세 명", False),  # a native counting word
        ("십여 명", False),  # vague
        ("백 명", False),  # a lone unit
    ],
)
def test_sino_chain(text: str, chain: bool) -> None:
    (e,) = korean_numbers(text)
    assert sino_chain(e) is chain
