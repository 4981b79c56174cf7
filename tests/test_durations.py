"""Compound Korean durations (1년 6개월, 3시간 반) and English numbers that write them whole."""

from __future__ import annotations

import pytest

from mtqa.text.durations import duration_text, durations, leading_one_dropped, rendered_by
from mtqa.text.en_numbers import english_numbers
from mtqa.text.ko_numbers import korean_numbers


@pytest.mark.parametrize(
    ("ko", "large", "small"),
    [
        ("징역 1년 6개월에 집행유예 3년", 1.5, 18),
        ("2년 3개월 걸렸다", 2.25, 27),
        ("1시간 30분 동안", 1.5, 90),
        ("3시간 반 동안", 3.5, 210),
        ("1년 반 만에", 1.5, 18),
        ("2분 30초 만에", 2.5, 150),
    ],
)
def test_compound_durations_and_their_values(ko: str, large: float, small: float) -> None:
    (d,) = durations(ko, korean_numbers(ko))
    assert (d.large, d.small) == (large, small)


@pytest.mark.parametrize(
    "ko", ["2년 동안 3개 도시를", "3시간 후 30분 동안", "1년 6명", "반년 동안", "3시간 반대"]
)
def test_no_compound_without_adjacent_units(ko: str) -> None:
    assert [d for d in durations(ko, korean_numbers(ko)) if len(d.parts) > 1] == []


@pytest.mark.parametrize(
    ("ko", "large"), [("90분간 회담했다", 1.5), ("30분 동안", 0.5), ("18개월 만에", 1.5)]
)
def test_a_duration_in_the_smaller_unit_is_also_one_in_the_larger(ko: str, large: float) -> None:
    (d,) = durations(ko, korean_numbers(ko))
    assert (len(d.parts), d.large) == (1, large)


@pytest.mark.parametrize("ko", ["20분 동안", "1분기 실적", "3분의 1", "5개월 만에"])
def test_no_duration_under_half_the_larger_unit_nor_a_quarter(ko: str) -> None:
    assert durations(ko, korean_numbers(ko)) == []


@pytest.mark.parametrize(
    ("ko", "en", "written"),
    [
        ("1년 6개월", "18 months in prison", ["18"]),
        ("1년 6개월", "a year and a half", ["half"]),
        ("2년 6개월", "two and a half years", ["two", "half"]),
        ("1시간 30분", "1.5 hours", ["1.5"]),
        ("3시간 반", "three and a half hours", ["three", "half"]),
        ("2년 6개월", "16 months", []),
        ("2년 6개월", "one and a half years", []),
        ("2년 3개월", "two years and three months", []),
    ],
)
def test_english_numbers_that_write_a_duration_whole(ko: str, en: str, written: list) -> None:
    (d,) = durations(ko, korean_numbers(ko))
    assert [t.text for t in rendered_by(d, english_numbers(en))] == written


@pytest.mark.parametrize(
    ("ko", "en", "dropped"),
    [
        ("1시간 30분 동안", "for 30 minutes", True),
        ("1시간 30분 동안", "for an hour and 30 minutes", False),
        ("징역 1년 6개월", "six months in prison", True),
        ("징역 1년 6개월", "a year and six months", False),
        ("2년 6개월", "six months", False),  # 2 is required anyway: MT301 reports it
    ],
)
def test_a_leading_one_of_the_larger_unit_dropped(ko: str, en: str, dropped: bool) -> None:
    (d,) = durations(ko, korean_numbers(ko))
    assert leading_one_dropped(d, ko, en) is dropped
    assert duration_text(d, ko) in ko and duration_text(d, ko).endswith(("분", "개월"))
