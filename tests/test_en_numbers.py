"""English numeric expressions -> values, kinds and spans."""

from __future__ import annotations

import pytest

from mtqa.text.en_numbers import english_form, english_numbers, has_weekday, plain_number
from mtqa.text.ko_numbers import NumExpr

CASES = [
    ("25,000 people", [(25_000, "cardinal")]),
    ("a 3.5 rise", [(3.5, "cardinal")]),
    ("1.2 billion", [(1.2e9, "cardinal")]),
    ("$4.5 million", [(4.5e6, "money")]),
    ("US$300", [(300, "money")]),
    ("25 thousand", [(25_000, "cardinal")]),
    ("twenty-eight", [(28, "cardinal")]),
    ("two hundred thousand", [(200_000, "cardinal")]),
    ("one hundred and five", [(105, "cardinal")]),
    ("a million people", [(1e6, "cardinal")]),
    ("two-thirds of voters", [(2 / 3, "cardinal")]),
    # one part: "a third of", "a quarter." (but "a third term" is an ordinal), "one-fourth"
    ("a third of voters", [(1 / 3, "cardinal")]),
    ("He took a quarter.", [(0.25, "cardinal")]),
    ("He took one-fourth.", [(0.25, "cardinal")]),
    ("He won a third term.", [(3, "ordinal")]),
    ("three one-sided sessions", [(3, "cardinal"), (1, "cardinal")]),
    ("rose 3.5%", [(3.5, "percent")]),
    ("rose 3.5 percent", [(3.5, "percent")]),
    ("34 per cent", [(34, "percent")]),
    ("by 0.5 percentage points", [(0.5, "points")]),
    ("25 basis points", [(0.25, "points")]),
    ("10 billion won", [(1e10, "money")]),
    ("5 billion euros", [(5e9, "money")]),
    ("300 yen and 20 yuan", [(300, "money"), (20, "money")]),
    ("on March 30, 2024", [(3, "month"), (30, "day"), (2024, "year")]),
    ("on 30 March", [(30, "day"), (3, "month")]),
    ("Dec. 5", [(12, "month"), (5, "day")]),
    ("in June", [(6, "month")]),
    ("in May 2024", [(5, "month"), (2024, "year")]),
    ("the 30th", [(30, "ordinal")]),
    ("the 28th round", [(28, "ordinal")]),
    ("the twenty-eighth", [(28, "ordinal")]),
    ("second place", [(2, "ordinal")]),
    ("No. 3", [(3, "ordinal")]),
    ("1-3 days", [(1, "cardinal"), (3, "cardinal")]),
    ("between 10 and 20 percent", [(10, "percent"), (20, "percent")]),
    ("10-20%", [(10, "percent"), (20, "percent")]),
    ("$1-2 million", [(1e6, "money"), (2e6, "money")]),
    ("at 3 p.m.", [(15, "time")]),
    ("at 15:00", [(15, "time")]),
    ("at 7.55am", [(7 + 55 / 60, "time")]),
    ("in 2019", [(2019, "year")]),
    ("two decades", [(20, "cardinal")]),
    ("half a percent", [(0.5, "percent")]),
    ("half a million people", [(5e5, "cardinal")]),
    ("a quarter of a million people", [(2.5e5, "cardinal")]),
    ("one and a half million people", [(1.5e6, "cardinal")]),
    ("half-million dollars", [(5e5, "money")]),
    ("men in their thirties", [(30, "cardinal")]),
    ("by a quarter percentage point", [(0.25, "points")]),
    # each number has its own unit: no range sharing one
    ("by 0.25 percentage points to 3.50 percent", [(0.25, "points"), (3.5, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_values_and_kinds(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(e.value, e.kind) for e in english_numbers(text)]
    assert len(found) == len(expected), found
    for (value, kind), (want_value, want_kind) in zip(found, expected, strict=True):
        assert value == pytest.approx(want_value)
        assert kind == want_kind


@pytest.mark.parametrize("text", ["on Thursday", "May I ask", "millions of people", "last year"])
def test_no_numbers(text: str) -> None:
    assert english_numbers(text) == []


@pytest.mark.parametrize("text", ["COVID-19", "the G20 summit", "after 9/11", "a 5G network"])
def test_codes(text: str) -> None:
    assert all(e.code for e in english_numbers(text))


def test_spans_and_currency() -> None:
    text = "It paid $1.2 billion on March 3."
    found = english_numbers(text)
    assert [text[e.start : e.end] for e in found] == ["$1.2 billion", "March", "3"]
    assert found[0].currency == "USD"


def test_implicit_and_approx() -> None:
    (twice,) = english_numbers("twice")
    assert twice.implicit and twice.value == 2
    (about,) = english_numbers("about 300 people")
    assert about.approx


def test_weekday() -> None:
    assert has_weekday("announced on Thursday")
    assert not has_weekday("announced on the 30th")


@pytest.mark.parametrize(
    ("value", "text"),
    [(1.2e9, "1.2 billion"), (25_000, "25,000"), (3.5, "3.5"), (1.2e8, "120 million")],
)
def test_plain_number(value: float, text: str) -> None:
    assert plain_number(value) == text


@pytest.mark.parametrize(
    ("expr", "text"),
    [
        (NumExpr(0, 1, "", 1.2e9, "money", "USD"), "$1.2 billion"),
        (NumExpr(0, 1, "", 1e10, "money", "KRW"), "10 billion won"),
        (NumExpr(0, 1, "", 3, "month"), "March"),
        (NumExpr(0, 1, "", 30, "day"), "30th"),
        (NumExpr(0, 1, "", 15, "time"), "3 p.m."),
        (NumExpr(0, 1, "", 0.5, "points"), "0.5 percentage points"),
    ],
)
def test_english_form(expr: NumExpr, text: str) -> None:
    assert english_form(expr) == text


def test_an_ellipsis_before_a_number_is_no_decimal_point() -> None:
    from mtqa.text.en_numbers import english_numbers

    texts = [n.text for n in english_numbers("to be held on the 13th...522,670 applicants")]
    assert texts == ["13th", "522,670"]


def test_wire_headline_scales_apart_from_the_number() -> None:
    from mtqa.text.en_numbers import english_numbers

    values = [n.value for n in english_numbers("Q2 profit hits record 4.2 tln won")]
    assert 4.2e12 in values
    assert 1.4e11 in [n.value for n in english_numbers("CEO in 140 bln-won scam")]
    assert [n.value for n in english_numbers("He ran 83 m")] == [83.0]
