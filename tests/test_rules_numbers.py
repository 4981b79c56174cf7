"""MT3xx rules on hand-written Korean/English pairs."""

from __future__ import annotations

import re

import pytest

from mtqa.records import Severity
from mtqa.rules.numbers import compare, round_sig
from ruletools import get_rule, make_view, run_rule

CODES = ("MT301", "MT302", "MT303", "MT304", "MT305", "MT306", "MT307")

CORRECT = [
    ("기준금리를 0.25%포인트 인하했다.", "It cut the rate by a quarter of a percentage point."),
    ("세 배로 늘었다.", "It tripled."),
    # a second-half minute counted from kick-off, a season, a holiday by its name
    ("후반 12분 골을 넣었다.", "He scored in the 57th minute."),
    ("2023-2024 시즌에 뛰었다.", "He played in the 2023-24 season."),
    ("1월 1일 지진이 났다.", "An earthquake struck on New Year's Day."),
    # a batting-order slot named by its word
    ("4번 타자 강민우는 5회 말 홈런을 쳤다.", "Cleanup hitter Kang Min-woo homered in the fifth."),
    ("12억 달러를 투자했다.", "It invested $1.2 billion."),
    ("2만5천 명이 모였다.", "25,000 people gathered."),
    ("2만5천 명이 모였다.", "Some 25 thousand people gathered."),
    ("세 명이 숨졌다.", "Three people died."),
    ("한 명이 다쳤다.", "A person was injured."),
    ("제28차 회의가 열렸다.", "The 28th meeting was held."),
    ("지난해 매출이 늘었다.", "Sales rose last year."),
    ("30일 발표했다.", "It was announced on the 30th."),
    ("30일 발표했다.", "It was announced on Thursday."),
    ("수출이 3.5% 늘었다.", "Exports rose 3.5 percent."),
    ("금리를 0.25%포인트 올렸다.", "It raised rates by 0.25 percentage point."),
    ("1억2천만 원", "120 million won"),
    ("300여 명이 참석했다.", "More than 300 people attended."),
    ("약 2만5천340명", "about 25,000 people"),
    ("2024년 3월 30일 발표했다.", "It was announced on March 30, 2024."),
    # a compound duration written whole
    ("징역 1년 6개월을 선고받았다.", "He was sentenced to 18 months in prison."),
    ("징역 2년 6개월을 선고받았다.", "He was sentenced to two and a half years in prison."),
    ("그는 1시간 30분 동안 연설했다.", "He spoke for 90 minutes."),
    ("그는 시즌 10호 골을 터뜨렸다.", "He scored his 10th goal of the season."),
    ("한국은 3승 2패를 기록했다.", "South Korea has three wins and two losses."),
    ("수백억 원의 손실이 났다.", "Losses ran to tens of billions of won."),
    ("3월 30일", "30 March"),
    ("오후 3시에 만났다.", "They met at 3 p.m."),
    ("3위를 기록했다.", "It ranked third."),
    ("1위를 차지했다.", "It came top."),
    ("두 차례 회담했다.", "They met twice."),
    ("매출이 두 배로 늘었다.", "Sales doubled."),
    ("1∼3일 열린다.", "It runs from the 1st to the 3rd."),
    ("10~20% 올랐다.", "It rose 10-20%."),
    ("코로나19 확진자", "coronavirus cases"),
    ("100억 원(약 850만 달러)", "10 billion won ($8.5 million)"),
    ("10년 만에", "for the first time in a decade"),
    ("다음 달 12일 방한한다.", "He will visit Korea on the 12th of next month."),
    ("제2차 세계대전", "World War II"),
    ("3조 원 규모", "a 3 trillion won deal"),
    ("50%가 찬성했다.", "Half supported it."),
    ("50만 명이 모였다.", "Half a million people gathered."),
    ("기준금리를 0.25%포인트 내렸다.", "It cut the rate by a quarter percentage point."),
    ("물가가 0.5% 올랐다.", "Prices rose half a percent."),
    ("25만 명이 모였다.", "A quarter of a million people gathered."),
    ("150만 명이 모였다.", "One and a half million people gathered."),
    ("30대 남성이 체포됐다.", "A man in his thirties was arrested."),
    ("주 4일 근무제를 도입했다.", "It introduced a four-day work week."),
    (
        "기준금리를 연 3.50%로 0.25%포인트 인상했다.",
        "It raised the rate by 0.25 percentage points to 3.50%.",
    ),
    ("다음 달 12일 열린다.", "It opens on the 12th of next month."),
    ("3분기 매출이 늘었다.", "Sales rose in the July-September quarter."),
    ("3분기 매출이 늘었다.", "Third-quarter sales rose."),
    ("오후 3시 회의가 열렸다.", "The meeting opened at 3 p.m."),
    ("9월 11일 테러 이후 달라졌다.", "It changed after the 9/11 attacks."),
    # Sino-Korean numerals written out
    ("대략 일만 년 전에 시작했다.", "It began roughly 10,000 years ago."),
    ("물품의 팔십 퍼센트가 과세된다.", "Eighty percent of goods are taxed."),
    ("지난 이백만 년 동안 이어졌다.", "It lasted for the past two million years."),
    # early years: 서기/기원전 before, 경 after
    ("명성은 서기 400년경에 시작했다.", "Its renown began in about 400 A.D."),
    ("기원전 221년 진나라가 통일했다.", "In 221 BC, the Qin unified China."),
    ("그 왕조는 400년 동안 이어졌다.", "The dynasty lasted 400 years."),
]

WRONG = [
    # a native ordinal before the copula, a streak, a multiple
    ("올해 들어 세 번째다.", "It is the fourth this year.", "MT305"),
    ("7연승을 달렸다.", "It won six straight games.", "MT301"),
    ("지난해의 세 배로 늘었다.", "It doubled from a year earlier.", "MT301"),
    # a native-numeral count against the one small count the English has free
    (
        "조직원 세 명을 검거해 두 명을 구속했다.",
        "It caught four members and arrested two.",
        "MT301",
    ),
    ("후반 12분 골을 넣었다.", "He scored in the 58th minute.", "MT301"),
    # a slot word that is not this slot's
    (
        "4번 타자 강민우는 홈런을 쳤다.",
        "Leadoff hitter Kang Min-woo homered for the 5th time.",
        "MT301",
    ),
    ("12억 달러를 투자했다.", "It invested $1.2 million.", "MT302"),
    ("3조 원", "3 billion won", "MT302"),
    ("2만5천 명이 모였다.", "2,500 people gathered.", "MT302"),
    ("징역 1년 6개월을 선고받았다.", "He was sentenced to 16 months in prison.", "MT301"),
    ("그는 시즌 10호 골을 터뜨렸다.", "He scored his 11th goal of the season.", "MT301"),
    ("수천 명이 거리로 나왔다.", "Hundreds of people took to the streets.", "MT302"),
    ("그는 1시간 30분 동안 연설했다.", "He spoke for 30 minutes.", "MT301"),
    ("사망자가 47명으로 늘었다.", "The death toll rose to 74.", "MT301"),
    ("사망자가 47명으로 늘었다.", "The death toll rose.", "MT301"),
    ("3월 30일 발표했다.", "It announced on March 13.", "MT304"),
    ("2024년 5월", "in June 2024", "MT304"),
    ("다음 달 12일 열린다.", "It opens on the 12th of this month.", "MT304"),
    ("미사일 2발을 발사했다.", "It fired three missiles.", "MT301"),
    ("3분기 매출이 늘었다.", "Second-quarter sales rose.", "MT305"),
    ("사고는 오전 9시 30분 발생했다.", "It happened at 9:30 p.m.", "MT301"),
    # a conversion the English gives wrongly is still a slip
    ("수출은 450억 달러(약 60조원)였다.", "Exports were $45 billion (6 trillion won).", "MT302"),
    ("2024년 5월", "in May 2023", "MT304"),
    ("제28차 회의", "the 27th meeting", "MT305"),
    ("3위를 기록했다.", "It ranked fifth.", "MT305"),
    ("금리를 0.5%포인트 올렸다.", "It raised rates by 0.5 percent.", "MT306"),
    ("수출이 3.5% 늘었다.", "Exports rose 3.5 percentage points.", "MT306"),
    ("수출이 3.5% 늘었다.", "Exports rose 5.3%.", "MT306"),
    ("100억 원", "$10 billion", "MT307"),
    ("주민들이 대피했다.", "300 residents were evacuated.", "MT303"),
    ("1억2천만 원", "12 million won", "MT302"),
    ("오후 3시에 만났다.", "They met at 4 p.m.", "MT301"),
    ("25,000명이 모였다.", "26,000 people gathered.", "MT301"),
    # a Sino-Korean numeral is as exact as digits (M2M-100 on FLORES: 일만 -> a thousand)
    ("대략 일만 년 전에 시작했다.", "It began about a thousand years ago.", "MT302"),
    ("지난 이백만 년 동안 이어졌다.", "It lasted for 200,000 years.", "MT302"),
    ("물품의 팔십 퍼센트가 과세된다.", "Eighteen percent of goods are taxed.", "MT306"),
    # M2M-100 on FLORES: 서기 400년경 as 'the 400th century'
    ("명성은 서기 400년경에 시작했다.", "Its renown began around the 400th century.", "MT304"),
    # 20대 (in their twenties) against "two": another number, not 20 off by a factor of ten
    ("인질들은 대부분 20대이다.", "The hostages released two sick women.", "MT301"),
    ("주 4일 근무제를 도입했다.", "It introduced a shorter work week.", "MT301"),
]


@pytest.mark.parametrize(("ko", "en"), CORRECT)
def test_correct_renderings_are_not_flagged(ko: str, en: str) -> None:
    hits = [(code, h) for code in CODES for h in run_rule(code, ko, en)]
    assert hits == []


@pytest.mark.parametrize(("ko", "en", "code"), WRONG)
def test_wrong_renderings_are_flagged(ko: str, en: str, code: str) -> None:
    hits = run_rule(code, ko, en)
    assert hits, [i.code for i in compare(ko, en)]
    view = make_view(ko, en)
    for h in hits:
        if h.source:
            assert view.source_text[h.source[0] : h.source[1]].strip()
        if h.target:
            assert view.target_text[h.target[0] : h.target[1]].strip()


def test_unit_slip_is_critical_with_the_right_magnitude() -> None:
    (hit,) = run_rule("MT302", "12억 달러를 투자했다.", "It invested $1.2 million.")
    assert hit.severity == Severity.CRITICAL and hit.confidence >= 0.8
    assert hit.suggestion == "$1.2 billion"
    assert hit.source == (0, 6) and hit.target == (12, 24)


def test_each_unmatched_value_has_one_diagnosis() -> None:
    issues = compare("3월 30일 발표했다.", "It announced on March 13.")
    assert [i.code for i in issues] == ["MT304"]
    assert issues[0].suggestion == "30th"


def test_empty_target_is_left_to_the_omission_rule() -> None:
    assert all(run_rule(code, "47명이 숨졌다.", "") == [] for code in CODES)


def test_no_critical_with_low_confidence() -> None:
    pairs = [(ko, en) for ko, en, _ in WRONG] + CORRECT
    for ko, en in pairs:
        for issue in compare(ko, en):
            if issue.severity == Severity.CRITICAL:
                assert issue.confidence >= 0.8


def test_rules_are_documented() -> None:
    for code in CODES:
        r = get_rule(code)
        assert r.category.startswith("Accuracy/") and r.description and r.examples
        for ex in r.examples:
            assert compare(ex.source, ex.target), ex  # every documented example is flagged


@pytest.mark.parametrize(
    ("x", "digits", "want"), [(25_340, 2, 25_000), (298, 1, 300), (1_234_567, 2, 1_200_000)]
)
def test_round_sig(x: float, digits: int, want: float) -> None:
    assert round_sig(x, digits) == want


def test_day_rendered_as_another_ordinal_is_one_date_mismatch() -> None:
    ko = "바이든 대통령은 오는 5일 기시다 총리와 정상회담을 한다."
    en = "President Biden will hold a summit with Prime Minister Kishida on the 15th."
    dates = run_rule("MT304", ko, en)
    assert len(dates) == 1 and "15th" in dates[0].message
    assert run_rule("MT303", ko, en) == []  # the 15th is that date, not an added number


def test_a_small_number_word_is_no_factor_of_ten_slip() -> None:
    """'two' against 20대 (their twenties) is another number; '2,500' for 2만5천 is a slip."""
    assert not run_rule("MT302", "인질들은 대부분 20대이다.", "They released two women.")
    assert run_rule("MT302", "2만5천 명이 모였다.", "2,500 people gathered.")


def test_a_conversion_in_brackets_left_out_is_minor() -> None:
    """Korean news adds won conversions in brackets (12달러(약 1만2000원)); English copy leaves
    them out or gives another currency: shown low, never gating."""
    for en in ("The apron sells for $12.", "The apron sells for $12 (9 pounds)."):
        (hit,) = run_rule("MT301", "앞치마는 12달러(약 1만2000원)에 팔린다.", en)
        assert hit.confidence < 0.5 and "conversion" in hit.message
    # the amount itself is still checked
    hits = run_rule("MT301", "앞치마는 12달러(약 1만2000원)에 팔린다.", "The apron sells for $15.")
    assert any(h.confidence >= 0.5 for h in hits)


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("제2금융권 대출이 늘었다.", "Lending by non-bank lenders increased."),
        (
            "장미란 제2차관은 선수들을 격려했다.",
            "Vice Minister Jang Mi-ran encouraged the athletes.",
        ),
        ("제3자 뇌물 혐의가 적용됐다.", "He was charged with bribery through others."),
    ],
)
def test_an_ordinal_bound_to_a_noun_left_out_is_minor(ko: str, en: str) -> None:
    """제N glued to a noun is often an idiom (제2금융권 non-banks, 제3자 a third party) or part
    of a title (제2차관): its number left out is shown low, never gating."""
    (hit,) = run_rule("MT301", ko, en)
    assert hit.confidence < 0.5 and hit.severity == Severity.MINOR
    assert hit.source is not None and re.fullmatch(r"제\d", ko[hit.source[0] : hit.source[1]])
    # A counter after 제N is no idiom: the ordinal of a meeting or an article stays shown.
    assert run_rule("MT301", "제5차 회의가 열렸다.", "The meeting was held.")[0].confidence >= 0.5


def test_a_value_a_free_translation_moved_to_a_nearby_sentence_stays_below_the_gate() -> None:
    from test_name_consistency import make_doc

    kos = [
        "수출은 563억 달러로 1.4% 늘었다.",
        "반도체 수출은 125억 달러였다.",
        "무역수지는 흑자를 냈다.",
    ]
    moved = ["Exports rose to $56.3 billion.", "Chip exports were $12.5 billion.",
             "The trade balance, up 1.4 percent in exports, was in surplus."]  # fmt: skip
    hits = [h for v in make_doc(kos, moved).views() for h in get_rule("MT301").check(v)]
    assert hits and all(h.confidence < 0.5 for h in hits)
    # A value the nearby sentence repeats from its own Korean moved nowhere: still shown.
    # (The first unit is read as a headline, whose figures recur in the body.)
    kos2 = ["11월 무역 통계", "수출은 1.4% 늘었다.", "수입도 1.4% 늘었다."]
    dropped = ["November trade figures", "Exports rose.", "Imports also rose 1.4 percent."]
    hits2 = [h for v in make_doc(kos2, dropped).views() for h in get_rule("MT301").check(v)]
    assert [h.confidence >= 0.5 for h in hits2] == [True]


def test_je_ends_a_word_before_a_number_is_no_ordinal_prefix() -> None:
    assert run_rule("MT301", "축제에 21만명이 몰렸다.", "The festival drew 210,000 visitors.") == []
    assert run_rule("MT301", "청양축제 21만명 몰려", "Festival draws 210,000 visitors") == []


@pytest.mark.parametrize(
    ("ko", "en", "found"),
    [
        ("울산은 요코하마를 3-1로 물리쳤다.", "Ulsan beat Yokohama 3-2.", True),
        ("울산은 요코하마를 3대 1로 물리쳤다.", "Ulsan beat Yokohama 3-2.", True),
        ("울산은 요코하마를 3-1로 물리쳤다.", "Ulsan beat Yokohama 3-1.", False),
        ("울산은 요코하마를 3-1로 물리쳤다.", "Yokohama lost 1-3 to Ulsan.", False),
        ("울산은 3-1로 이겼다. 경기는 오후 7시 30분에 시작됐다.",
         "Ulsan won 3-1. The match began at 7:30 p.m.", False),
    ],
)  # fmt: skip
def test_a_score_with_another_number(ko: str, en: str, found: bool) -> None:
    hits = [h for h in run_rule("MT301", ko, en) if h.confidence >= 0.5]
    assert bool(hits) is found


def test_a_rank_against_first_place() -> None:
    en = "Ulsan advanced in first place among 12 teams."
    hits = run_rule("MT305", "울산은 12개 팀 가운데 2위로 16강에 올랐다.", en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == ["first"]
    assert not run_rule("MT305", "울산은 12개 팀 가운데 1위로 16강에 올랐다.", en)


def test_an_ordinal_is_compared_with_the_nearest_english_one() -> None:
    ko = "수능은 올해로 33번째를 맞으며, 5번째 시험장이 새로 생겼다."
    en = "The exam marks its 32nd edition, and a fifth test site opened."
    hits = run_rule("MT305", ko, en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == ["32nd"]


def test_a_morning_hour_is_no_evening_number() -> None:
    # 오전 8시 against '9 a.m.' beside '20 minutes': 20 is no 20:00 for a morning hour
    ko = "불은 1시간 20분 만인 오전 8시께 완전히 꺼졌다."
    en = "The fire was put out around 9 a.m., 1 hour and 20 minutes later."
    hits = run_rule("MT301", ko, en)
    assert any("오전 8시" in h.message for h in hits)
    assert not run_rule("MT301", ko, en.replace("9 a.m.", "8 a.m."))


def test_a_rank_is_no_count_where_the_english_ranks_otherwise() -> None:
    ko = "한국은 금메달 4개, 은메달 6개, 동메달 5개를 따내 종합 5위를 기록했다."
    en = "South Korea won four gold, six silver and five bronze medals, finishing {} overall."
    hits = run_rule("MT305", ko, en.format("fourth"))
    text = en.format("fourth")
    assert [text[h.target[0] : h.target[1]] for h in hits if h.target] == ["fourth"]
    assert not run_rule("MT305", ko, en.format("fifth"))
    assert not run_rule("MT301", ko, en.format("fifth"))


def test_a_jump_in_metres_and_centimetres() -> None:
    ko = "최하늘이 2m32를 넘어 유세프 알마흐무드(2m30)를 제치고 금메달을 땄다."
    en = "Choi Ha-neul cleared 2.32 m to beat Youssef Al-Mahmoud (2.30 m) for the gold."
    assert not run_rule("MT301", ko, en)
    assert run_rule("MT301", ko, en.replace("2.32 m", "2.23 m"))
