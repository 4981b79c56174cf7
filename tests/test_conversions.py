"""Measures converted to other units (mtqa.text.conversions) as the number rules read them."""

from __future__ import annotations

import pytest

from mtqa.rules.numbers import compare
from mtqa.text.conversions import unit_reading, with_unit
from mtqa.text.en_numbers import english_numbers
from mtqa.text.ko_numbers import korean_numbers


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("남서쪽으로 64km 떨어진 지점", "about 40 miles southwest"),
        ("25도가 넘으면 졸리다", "More than 77 degrees makes you sleepy"),
        ("기온은 30도까지 올랐다", "temperatures rose to 86 degrees Fahrenheit"),
        ("5574평방미터 부지의 저택", "the 60,000-square-foot mansion"),
        ("10톤밖에 발견되지 않았다", "only 10,000 kilograms were found"),
        ("무게는 90kg이다", "he weighs 198 pounds"),  # 'pounds' also reads as money
        ("150미터 떨어져 있다", "which was 500 feet away"),
        ("시속 33km의 속도로 이동하고 있다", "moving at about 21 mph"),
        ("178km/h에서 209km/h의 강풍", "wind speeds of 111 to 130 mph"),
        ("실내온도는 22~25도가 적당하다", "72 to 78 degrees is right indoors."),
        ("약 30m(100피트)의 물속에 가라앉았다", "sank in about 100 feet of water"),
        ("화씨 80도의 화창한 날이었다", "it was a bright 80 degree Fahrenheit day"),
        ("대회 거리는 총 14.6km다.", "The 14.6-kilometer (9.1-mile) race."),
    ],
)  # fmt: skip
def test_converted_measures_are_not_flagged(ko: str, en: str) -> None:
    assert compare(ko, en) == []


@pytest.mark.parametrize(
    ("ko", "en", "want"),
    [
        # the number kept, the unit changed without converting it
        ("남서쪽으로 64km 떨어진 지점", "about 64 miles southwest", "64km rendered as '64 miles'"),
        ("무게는 90kg이다", "he weighs 90 pounds", "90kg rendered as '90 pounds'"),
        # the English's own figure in the same unit differs, whatever it converts to beside it
        ("대회 거리는 총 14.6km다.", "The 14.9-kilometer (9.1-mile) race.",
         "14.6km does not match '14.9-kilometer'"),
        # in the same unit, another value
        ("남서쪽으로 64km 떨어진 지점", "about 46 kilometers southwest",
         "64km does not match '46 kilometers'"),
        ("기온은 30도까지 올랐다", "temperatures rose to 68 degrees", "30도 does not match"),
    ],
)  # fmt: skip
def test_wrong_measures_are_flagged(ko: str, en: str, want: str) -> None:
    (issue,) = compare(ko, en)
    assert issue.code == "MT301" and want in issue.message and issue.confidence >= 0.5


def test_unit_reading_and_unit_text() -> None:
    ko, en = "남서쪽으로 64km 떨어진 지점", "about 40 miles (64 km) southwest"
    (s,) = korean_numbers(ko)
    miles, km = english_numbers(en)
    assert unit_reading(ko, s, en, miles) == "converted"
    assert unit_reading(ko, s, en, km) == "same"
    assert with_unit(ko, s, True) == "64km" and with_unit(en, miles, False) == "40 miles"
    # a value far from the conversion is another measure, not this one misconverted
    (far,) = english_numbers("about 400 miles southwest")
    assert unit_reading(ko, s, "about 400 miles southwest", far) is None
    # no unit on the Korean side: nothing to say
    (bare,) = korean_numbers("64명이 다쳤다")
    assert unit_reading("64명이 다쳤다", bare, en, miles) is None


def test_digits_glued_to_a_unit_are_compared_but_codes_are_not() -> None:
    assert [i.code for i in compare("남서쪽으로 64km 떨어진 지점", "46 km southwest")] == ["MT301"]
    assert compare("G20 정상회의와 5G 통신망", "the G20 summit and 5G networks") == []
