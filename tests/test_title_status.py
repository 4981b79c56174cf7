"""MT604: former, acting, elect and nominee lost beside a rendered title."""

from __future__ import annotations

import pytest

from ruletools import run_rule

WRONG = [
    ("문재인 전 대통령은 기자들을 만났다.", "President Moon Jae-in met reporters.", "former"),
    (
        "윤석열 대통령 당선인은 인수위를 출범시켰다.",
        "President Yoon Suk Yeol launched it.",
        "-elect",
    ),
    ("한덕수 대통령 권한대행은 회의를 주재했다.", "President Han Duck-soo chaired it.", "acting"),
    (
        "이낙연 국무총리 후보자는 청문회에 출석했다.",
        "Prime Minister Lee Nak-yon attended.",
        "nominee",
    ),
]
RIGHT = [
    ("문재인 전 대통령은 기자들을 만났다.", "Former President Moon Jae-in met reporters."),
    ("문재인 전 대통령은 기자들을 만났다.", "Ex-President Moon Jae-in met reporters."),
    ("문재인 전 대통령은 기자들을 만났다.", "Moon Jae-in, who was president until 2022, met them."),
    ("윤석열 대통령 당선인은 인수위를 출범시켰다.", "President-elect Yoon Suk Yeol launched it."),
    ("한덕수 대통령 권한대행은 회의를 주재했다.", "Acting President Han Duck-soo chaired it."),
    ("이낙연 국무총리 후보자는 청문회에 출석했다.", "Prime Minister nominee Lee Nak-yon attended."),
    ("윤석열 대통령은 기자들을 만났다.", "President Yoon Suk Yeol met reporters."),
    # the title dropped altogether is MT601's
    ("문재인 전 대통령은 기자들을 만났다.", "Moon Jae-in met reporters."),
]


@pytest.mark.parametrize(("ko", "en", "suggestion"), WRONG)
def test_a_lost_status_is_flagged(ko: str, en: str, suggestion: str) -> None:
    (hit,) = run_rule("MT604", ko, en)
    assert hit.suggestion == suggestion and hit.confidence >= 0.5
    assert hit.target is not None and en[hit.target[0] : hit.target[1]].istitle()


@pytest.mark.parametrize(("ko", "en"), RIGHT)
def test_a_kept_status_or_none_is_not_flagged(ko: str, en: str) -> None:
    assert run_rule("MT604", ko, en) == []


def test_a_narrated_past_lowers_the_confidence() -> None:
    # English gives the title held then: 'President George H.W. Bush signed it in 1990'.
    ko = "부시 전 대통령이 지난 1990년 서명했다."
    (hit,) = run_rule("MT604", ko, "President Bush signed it in 1990.")
    assert hit.confidence < 0.5
