"""False-flag causes found on human references (NTREX-128, FLORES-200), one test per cause.

Each correct pair must stay unflagged; each wrong pair beside it must still be flagged, so the
fix does not simply silence the rule.
"""

from __future__ import annotations

import pytest

import mtqa.rules.numbers  # noqa: F401  (registers MT3xx)
import mtqa.rules.places  # noqa: F401  (registers MT5xx)
from mtqa.text.en_numbers import english_numbers
from mtqa.text.ko_numbers import korean_numbers
from ruletools import run_rule

NUMBER_CODES = ("MT301", "MT302", "MT303", "MT304", "MT305", "MT306", "MT307")
PLACE_CODES = ("MT501", "MT502", "MT503")


def number_hits(ko: str, en: str) -> list[str]:
    return [c for c in NUMBER_CODES for _ in run_rule(c, ko, en)]


def place_hits(ko: str, en: str, gate: float = 0.0) -> list[str]:
    return [c for c in PLACE_CODES for h in run_rule(c, ko, en) if h.confidence >= gate]


@pytest.mark.parametrize(
    ("ko", "good", "bad"),
    [
        # durations as fractions of an hour
        ("30분을 투자할만합니다.", "It's worth half an hour.", "It's worth 20 minutes."),
        ("15분 만에 골을 넣었다.", "He scored on the quarter-hour.", "He scored after 25 minutes."),
        ("15분 뒤 끝났다.", "It ended a quarter of an hour later.", "It ended 50 minutes later."),
        # race times m:ss.cc written apart in Korean (4분 41초 30)
        ("합계 4분 41초 30으로 10위", "10th in 4:41.30", "10th in 4:47.30"),
        ("2분 11초 60 느렸다", "2:11.60 slower", "2:17.60 slower"),
        # a clock time written with a dot after 오후 (British 5.30pm)
        ("토요일 오후 5.30이 좋은 시간", "5.30pm on a Saturday is perfect", "6.30pm is perfect"),
        # a glued m after a plain number is metres, not million
        ("다리의 길이는 378미터이다.", "The bridge is 378m long.", "The bridge is 387m long."),
        # p.109: the page number is 109, not .109
        ("1989년, 109쪽", "1989, p.109", "1989, p.190"),
        # 0930 after "at": a 24-hour clock time
        ("09시 30분에 발생했다.", "It broke out at 0930.", "It broke out at 1030."),
    ],
)
def test_number_cause_fixed_and_errors_still_found(ko: str, good: str, bad: str) -> None:
    assert number_hits(ko, good) == []
    assert number_hits(ko, bad) != []


def test_money_scales_still_glued() -> None:
    values = [(e.kind, e.value) for e in english_numbers("a $4m deal and £2.5m more")]
    assert values == [("money", 4e6), ("money", 2.5e6)]
    assert [(e.kind, e.value) for e in english_numbers("a 5m dollars deal")][0] == ("money", 5e6)


def test_plain_clock_time_and_phone_numbers_unchanged() -> None:
    assert [(e.kind, round(e.value, 2)) for e in english_numbers("at 3:35 pm")] == [("time", 15.58)]
    assert [e.value for e in english_numbers("call 0800 555 111")] == [800, 555, 111]


def test_dotted_korean_time_needs_a_time_word() -> None:
    assert [(e.kind, e.value) for e in korean_numbers("가격은 5.30달러")] == [("money", 5.3)]
    assert [(e.kind, e.value) for e in korean_numbers("오후 5.30에")] == [("time", 17.5)]


def test_ordinary_word_places_stay_below_the_gate() -> None:
    # 경주 'race' (also Gyeongju): kiwipiepy's proper-noun tag alone is not enough evidence
    ko = "메르세데스의 팀 오더가 경주에 중요하게 작용할 것이다."
    assert place_hits(ko, "Team orders would play a large part in the race.", 0.5) == []
    assert place_hits(ko, "Team orders would play a large part in the race.") == ["MT501"]
    # an unambiguous place dropped is still reported above the gate
    assert place_hits("광둥성에서 홍수가 났다.", "Floods hit.", 0.5) == ["MT501"]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("남극 대륙에서 가장 높은 산", "the highest mountain on the Antarctic continent"),
        ("미국이나 아시아에서 온 음식", "foods brought from the Americas or Asia"),
        (
            "유권자들은 나라 이름을 북마케도니아공화국으로 바꿀지 투표한다.",
            "Voters decide whether to rename the country the North Macedonian Republic.",
        ),
    ],
)
def test_inflected_place_is_not_a_misspelling(ko: str, en: str) -> None:
    assert place_hits(ko, en) == []


def test_real_misspelling_still_reported() -> None:
    assert place_hits("경기도 수원에서", "in Suwon, Gyeongi Province") == ["MT503"]


def test_generic_noun_after_a_place_adjective_stands_in() -> None:
    ko = "이는 높은 실업률에 시달리는 엘살바도르에 고통스러운 경험이 됐을 것이다."
    hits = run_rule("MT501", ko, "It would have been painful for the Central American country.")
    assert [h.confidence < 0.5 for h in hits] == [True]
    hits = run_rule("MT501", ko, "It would have been painful for the region.")
    assert [h.confidence >= 0.5 for h in hits] == [True]
