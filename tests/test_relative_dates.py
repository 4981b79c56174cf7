from __future__ import annotations

import pytest

from mtqa.text.relative_dates import contradictions, english_relatives, korean_relatives


def test_korean_relatives_and_words_that_only_look_like_them() -> None:
    found = korean_relatives("지난달 수출은 작년보다 늘었고 다음 주와 내년에도 늘 것이다.")
    assert [(r.text, r.unit, r.offset) for r in found] == [
        ("지난달", "month", -1),
        ("작년", "year", -1),
        ("다음 주", "week", 1),
        ("내년", "year", 1),
    ]
    # 내주었다 'handed over', 내달렸다 'dashed', 오늘날 'nowadays', 다음 주민 'the next residents'
    assert korean_relatives("자리를 내주었다. 그는 내달렸다. 오늘날 다음 주민이 왔다.") == []


def test_english_relatives() -> None:
    found = english_relatives("Yesterday he said last year's figures and this month's data")
    assert [(r.unit, r.offset) for r in found] == [("day", -1), ("year", -1), ("month", 0)]


@pytest.mark.parametrize(
    ("ko", "en", "wrong"),
    [
        ("회담은 다음 달 12일 열린다.", "The talks open on the 12th of this month.", "this month"),
        ("지난주 발표했다.", "It announced next week.", "next week"),
        ("어제 도착했다.", "He arrived tomorrow.", "tomorrow"),
        ("다음 주 월요일에 발표한다.", "It will be announced last Monday.", "last Monday"),
        ("올해 상반기 수출은 늘었다.", "Exports rose in the second half.", "second half"),
        ("하반기에 회복될 것이다.", "It will recover in the first half.", "first half"),
        (
            "수출은 전월 대비 5% 증가했다.",
            "Exports rose 5% from a year earlier.",
            "from a year earlier",
        ),
    ],
)
def test_contradicting_relative_dates(ko: str, en: str, wrong: str) -> None:
    ((src, tgt),) = contradictions(ko, en)
    assert ko[src.start : src.end] == src.text and en[tgt.start : tgt.end] == wrong


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("회담은 다음 달 12일 열린다.", "The talks open on March 12."),  # resolved to a date
        ("회담은 다음 달 12일 열린다.", "The talks open next month."),
        # another Korean expression of the unit accounts for the English one
        (
            "올해 수출은 전년 대비 늘었다. 지난해보다 많다.",
            "Exports rose this year from last year.",
        ),
        ("2006년부터 올해 4월까지", "from 2006, two years ago, to April"),  # counted from a year
        ("다음 주 월요일에 발표한다.", "It will be announced next Monday."),
        ("상반기 수출과 하반기 전망", "exports in the first half and the outlook for H2"),
        ("물가는 전년 동월 대비 3.3% 올랐다.", "Prices rose 3.3 percent on-year."),
        ("전월보다 2%, 전년보다 5% 늘었다.", "up 2 percent on-month and 5 percent on-year"),
    ],
)
def test_no_contradiction(ko: str, en: str) -> None:
    assert contradictions(ko, en) == []
