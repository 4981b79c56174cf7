"""MT3xx: numbers, amounts, percentages, dates, ordinals and currencies.

One comparison per unit (:func:`compare`) pairs each Korean numeric expression with an English
one of the same VALUE (``2만5천`` == ``25,000`` == ``25 thousand``; ``12억`` == ``1.2 billion``;
``300여`` == ``about 300``; a day ``30일`` == ``30``/``30th``), allowing the rounding an English
writer does (``25,340`` -> ``25,000``; ``298`` -> ``nearly 300``). Each unmatched Korean value gets
exactly one diagnosis, in this order: percent vs points (MT306), currency (MT307), a power-of-ten
slip (MT302), a changed date part (MT304), a changed ordinal (MT305), a changed percentage
(MT306), else a mismatch or missing number (MT301). English numbers with no Korean counterpart are
MT303. Each rule yields the issues of its own code.

Decisions (documented for editors):
- A bare Korean day (``30일``) rendered as a weekday (``on Thursday``) is accepted: AP style and
  Korean wire services' English desks write dates within a week as weekdays, and the weekday
  cannot be checked without the dateline.
- Relative dates are not resolved: ``지난해`` -> ``last year`` is not a number; ``2024년`` ->
  ``last year`` is reported with low confidence.
- The value 1 (``한 명``, ``1위``) is never expected: English says ``a``, ``top``, ``first``.
- Numbers inside names and codes (``G20``, ``코로나19``, ``6·25``) are not compared.
- A measure the English converts to another unit (``64km`` -> ``40 miles``, ``25도`` -> ``77
  degrees``) counts as matched when the converted value is within 5% (:mod:`mtqa.text.conversions`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, first_unit, neighbour_views, rule
from mtqa.text.conversions import unit_reading, with_unit
from mtqa.text.durations import (
    Duration,
    duration_text,
    durations,
    leading_one_dropped,
    rendered_by,
)
from mtqa.text.en_numbers import english_form, english_numbers, has_weekday
from mtqa.text.ko_numbers import (
    MEASURE_WORDS,
    NumExpr,
    counted,
    hhmm_hours,
    is_hhmm,
    korean_numbers,
    sino_chain,
)
from mtqa.text.newswire import blank, source_dateline, target_dateline
from mtqa.text.number_idioms import idioms
from mtqa.text.relative_dates import Relative, contradictions
from mtqa.text.relative_dates import english_form as relative_english
from mtqa.text.vague_amounts import Vague
from mtqa.text.vague_amounts import contradictions as vague_contradictions

ACCURACY = "Accuracy/Mistranslation"
_COMPATIBLE = {
    "cardinal": {"cardinal", "ordinal", "day", "year", "money", "percent", "points", "time"},
    "percent": {"percent", "cardinal"},
    "points": {"points", "cardinal"},
    "money": {"money", "cardinal"},
    "year": {"year", "cardinal"},
    "month": {"month"},
    "day": {"day", "cardinal", "ordinal"},
    "ordinal": {"ordinal", "cardinal", "day"},
    "time": {"time", "cardinal"},
}
_DATE_KINDS = ("year", "month", "day")
_MEASURE = re.compile(r"\s?(?:" + MEASURE_WORDS + r")")
_OTHER_UNITS = re.compile(
    r"\b(?:feet|foot|ft|miles?|inch(?:es)?|yards?|acres?|pounds?|lbs?|ounces?|gallons?|"
    r"Fahrenheit|metres?|meters?|kilomet(?:er|re)s?|km|kilograms?|kg|hectares?|Celsius|"
    r"degrees?)\b|°[FC]",
    re.I,
)
_RELATIVE_YEAR = re.compile(r"\b(?:last|this|next|previous|past) year\b", re.I)


@dataclass(frozen=True)
class Issue:
    """One numeric discrepancy in a unit, already assigned to a rule code."""

    code: str
    message: str
    source: NumExpr | None
    target: NumExpr | None
    suggestion: str | None
    confidence: float
    severity: Severity | None = None

    def hit(self) -> Hit:
        return Hit(
            message=self.message,
            source=(self.source.start, self.source.end) if self.source else None,
            target=(self.target.start, self.target.end) if self.target else None,
            suggestion=self.suggestion,
            confidence=self.confidence,
            severity=self.severity,
        )


def round_sig(x: float, digits: int, rounding: str = ROUND_HALF_UP) -> float:
    """``x`` rounded half-up (or by ``rounding``) to ``digits`` significant digits."""
    if x == 0 or digits <= 0:
        return x
    exp = math.floor(math.log10(abs(x))) - digits + 1
    q = Decimal(1).scaleb(exp)
    return float(Decimal(repr(x)).quantize(q, rounding=rounding))


# A clock time that says which half of the day it is, in Korean (오전 9시) and in English (9 a.m.).
_HALF_DAY_KO = re.compile(r"(?:오전|오후|새벽|아침|낮|저녁|밤)")
_MORNING_KO = re.compile(r"(?:오전|새벽|아침)")
_HALF_DAY_EN = re.compile(r"\b(?:[ap]\.?\s?m\b\.?|noon|midnight)", re.IGNORECASE)


# An amount in brackets right after another amount: a conversion Korean news adds
# (12달러(약 1만2000원)), which English copy leaves out.
_BRACKET_BEFORE = re.compile(r"\(\s*(?:약|대략|about)?\s*$")


def _other_or_none(t: NumExpr | None, s: NumExpr) -> bool:
    """No English value was paired with ``s``, or one in another currency (US$790 for 80만원)."""
    return t is None or (t.kind == "money" and bool(t.currency) and t.currency != s.currency)


def _conversion(ko: str, s: NumExpr, src: Sequence[NumExpr]) -> bool:
    """``s`` is an amount in brackets right after another money amount of the source."""
    m = _BRACKET_BEFORE.search(ko, 0, s.start)
    if m is None or s.kind not in ("money", "cardinal"):
        return False
    head = ko[: m.start()].rstrip()
    return any(o is not s and o.kind == "money" and o.end == len(head) for o in src)


def _slash_date(s: NumExpr, src: Sequence[NumExpr], en: str) -> bool:
    """A month and day of the source the English writes as month/day ('9/11' for 9월 11일)."""
    if s.kind not in ("month", "day"):
        return False
    for m, d in zip(src, src[1:], strict=False):
        if m.kind == "month" and d.kind == "day" and d.start - m.end <= 1 and s in (m, d):
            return re.search(rf"(?<![\d/]){int(m.value)}/{int(d.value)}(?![\d/])", en) is not None
    return False


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _quarter_months(s: NumExpr, en: str) -> bool:
    """A quarter (3분기) the English writes as its months ('the July-September quarter') or
    names as one named before ('opened two stores during the quarter')."""
    if not s.text.endswith("분기") or not 1 <= s.value <= 4:
        return False
    if _QUARTER_BEFORE.search(en):
        return True
    first, last = _MONTHS[3 * int(s.value) - 3], _MONTHS[3 * int(s.value) - 1]
    pattern = rf"\b{first}[a-z]*\.?\s*[-–~]\s*{last}[a-z]*\.?\s+quarter"
    if re.search(pattern, en, re.IGNORECASE):
        return True
    # 1~3분기 'the January-September period', 'the first nine months'
    months = "|".join(_MONTHS)
    span = rf"\b(?:{months})[a-z]*\.?\s*(?:[-–~]|to|through)\s*{last}[a-z]*\b"
    nine = _MONTH_COUNTS.get(int(s.value))
    return bool(re.search(span, en, re.IGNORECASE)) or bool(
        nine and re.search(rf"\bfirst {nine} months\b", en, re.IGNORECASE)
    )


_MONTH_COUNTS = {2: "six", 3: "nine"}  # 1~2분기, 1~3분기: the first six or nine months
_QUARTER_BEFORE = re.compile(
    r"\b(?:the|that|this|the same) quarter\b(?![- ](?:century|final|mile))", re.I
)


def _counter_noun(ko: str, en: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Korean counter and the English nouns after a number that render it (not the first
    word of a compound: 'second-year')."""
    return re.compile(ko), re.compile(rf"[\s-]+(?:{en})\b(?!-\w)", re.IGNORECASE)


# An inning: what an English number before 'inning' renders where the Korean names one.
_INNING_KO, _INNING_EN = _counter_noun("회(?:초|말)", "innings?")
# Korean counters and the English nouns that count with them and with no other counter: an
# English number before one of these nouns renders no Korean number with another of them
# ('four-car' is no 4분, 'four minutes').
_COUNTER_NOUNS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    *(
        _counter_noun(ko, en)
        for ko, en in (
            ("분(?!기|의)", "minutes?"),
            ("초(?!반|순|과)", "seconds?"),
            ("시간", "hours?"),
            ("개월", "months?"),
            ("량", "cars?|carriages?|coach(?:es)?"),
            ("층", "floors?|stor(?:e)?y|stories|storeys"),
            ("척", "ships?|vessels?|boats?|carriers?|tankers?"),
            ("명", "people|persons?|members?|officials?|workers?|residents?|students?|players?"),
            (r"\s?날(?![가-힣])|\s?날[이은을에의도과와]", "days?"),  # 셋째 날 'the third day'
        )
    ),
    (_INNING_KO, _INNING_EN),
)


def counter_clash(ko: str, s: NumExpr, en: str, t: NumExpr, tgt: Sequence[NumExpr]) -> bool:
    """``s`` counts with one of the listed counters (after it, or the end of its own text:
    3개월) and ``t`` stands before the English noun of another ('four-car' is no rendering of
    4분; 'three months' none of 3명), or not before its own noun where another English number
    of its value does ('two buildings' is no 2층 beside 'the second floor'; ``tgt``: the
    English numbers of ``en``)."""
    if t.implicit and t.text.lower() == "couple" and _THING_COUNTER.match(ko, s.end):
        return True  # 주택 2채 is no 'couple' (70대 부부, 'a couple in their 70s')
    mine = next((e for k, e in _COUNTER_NOUNS if _counter_at(k, ko, s)), None)
    dated = t.kind == "day" or (
        t.kind == "ordinal"
        and _DAY_BEFORE.search(en, 0, t.start) is not None
        and _NO_NOUN_AFTER.match(en, t.end) is not None  # 'on the 7th', not 'the 18th hole'
    )
    own_noun = mine is not None and mine.match(en, t.end)  # 14층: 'on the 14th floor'
    if dated and s.kind == "cardinal" and counted(ko, s.end) and not own_noun:
        return True  # 버디 7개 is no 'on the 7th'
    if mine is None and _INNING_EN.match(en, t.end) and _INNING_KO.search(ko):
        return True  # 4번 타자 is no 'fourth' of 'the fourth inning', which renders a 3회말
    if mine is None and _counts_times(ko, s):
        # 2차례 is no 'two' of 'the two sides' (양측): a count of times before another noun
        noun = _PLURAL_AFTER.match(en, t.end)
        return noun is not None and _PARTIES_EN.fullmatch(noun.group(1)) is not None
    if mine is None or mine.match(en, t.end):
        return False
    if any(e.match(en, t.end) for _, e in _COUNTER_NOUNS if e is not mine):
        return True
    # 2층 is no 'two' (of 'two buildings') where 'the second floor' renders it
    return any(o.start != t.start and mine.match(en, o.end) and matches(s, o) for o in tgt)


def _times_written(ko: str, s: NumExpr, en: str, free: Sequence[NumExpr]) -> NumExpr | None:
    """The one free small English count before 'times' where ``s`` counts times (세 차례)."""
    if not _counts_times(ko, s):
        return None
    times = [
        t for t in free
        if t.kind == "cardinal" and t.value < 100 and _TIMES_AFTER.match(en, t.end)
    ]  # fmt: skip
    return times[0] if len(times) == 1 else None


def _counter_at(counter: re.Pattern[str], ko: str, s: NumExpr) -> bool:
    """``counter`` follows ``s`` or ends its own text (3개월, 세 차례)."""
    return bool(
        counter.match(ko, s.end) or any(counter.fullmatch(ko, s.end - n, s.end) for n in (1, 2))
    )


def _counts_times(ko: str, s: NumExpr) -> bool:
    """``s`` counts times (2차례, 세 차례, 3번, 5회)."""
    return _counter_at(_TIMES_KO, ko, s)


_TIMES_AFTER = re.compile(r"[\s-]+times\b")
# Counters of things, no persons: what an English 'couple' (of people) never counts.
_THING_COUNTER = re.compile(r"\s?(?:채|대|척|개|곳|건|마리|그루|동|가구)")
_TIMES_KO = re.compile(r"\s?(?:차례|번(?!째)|회(?![의담장사원관견계]))")
_PLURAL_AFTER = re.compile(r"[\s-]+([a-z]+s)\b")
# What 'the two' of 양측, 양국, 양사 counts: no count of times (12번의 'the 12 singles matches'
# and 90여 차례 '90 injuries' are the counts themselves, otherwise worded).
_PARTIES_EN = re.compile(r"sides|countries|nations|leaders|parties|Koreas|companies|firms|teams")


def _shared_left(
    s: NumExpr, matched: Sequence[NumExpr], src: Sequence[NumExpr], free: Sequence[NumExpr]
) -> bool:
    """The Korean ordinal ``s`` shares the English ordinals it matches with Korean days (제3차
    and 3일 both match '3rd'), more of them than those ordinals, and an English ordinal is left
    over: ``s`` is the one rendered otherwise ('fourth')."""
    if s.kind != "ordinal" or any(t.kind != "ordinal" for t in matched):
        return False
    others = [x for x in src if x is not s and any(matches(x, t) for t in matched)]
    return (
        all(x.kind == "day" for x in others)
        and len(others) + 1 > len(matched)
        and any(t.kind == "ordinal" for t in free)
    )


def _one_too_many(
    ko: str,
    s: NumExpr,
    matched: Sequence[NumExpr],
    src: Sequence[NumExpr],
    free: Sequence[NumExpr],
) -> bool:
    """The Korean writes the value of ``s`` more often than the English numbers it matches,
    each time counting something else, ``s`` comes after as many as they are, and an English
    number of its kind is left that no Korean value accounts for: ``s`` is the one rendered
    otherwise (24개 체급에 선수 24명 -> '26 wrestlers ... in 24 of the 30 weight classes'; not
    the second 16세 of 베네딕토 16세, the same name again)."""
    same = [x for x in src if x.kind == s.kind and _close(x.value, s.value) and _expected(x)]
    counted = {ko[x.end : x.end + 1] for x in same}  # the counter: 개, 명
    return (
        s.kind == "cardinal"
        and len(counted) == len(same)
        and len(same) > len(matched)
        and same.index(s) >= len(matched)
        and any(t.kind == s.kind and not t.word for t in free)
    )


def _unit_left(
    ko: str, s: NumExpr, en: str, matched: Sequence[NumExpr], free: Sequence[NumExpr]
) -> bool:
    """The Korean measure ``s`` matches only English numbers without its unit, while an
    English number no Korean value accounts for has it."""
    return all(unit_reading(ko, s, en, t) is None for t in matched) and any(
        unit_reading(ko, s, en, t) == "same" for t in free
    )


def _other_kind_only(
    s: NumExpr, matched: Sequence[NumExpr], src: Sequence[NumExpr], free: Sequence[NumExpr]
) -> bool:
    """A Korean day or ordinal matches only spelled-out cardinals, or any of these only numbers
    of other kinds that another Korean value of their own kind also matches (64.5% the '65' of
    65세; 동메달 3개 the 'third' of 종합 3위; 2회전 the '2' of a 2-1 win; 30여 명 the '30th' of
    30일), while an English
    number of its own kind (a day, an ordinal, a percentage, a count) is left that no Korean
    number accounts for."""
    if not matched:
        return False
    if s.kind == "time":
        # 오후 2시 is no '2' (of a 2-1 win) where '4 p.m.' is left
        return all(t.kind != "time" for t in matched) and any(t.kind == "time" for t in free)
    claimed = all(
        t.kind != s.kind and any(x is not s and _fit(x, t) == 2 and matches(x, t) for x in src)
        for t in matched
    )
    if s.kind in ("day", "ordinal"):
        # a day is seldom written as a word ordinal either: 지난 1일 is no 'first' (of 'their
        # first call'), 'the 5th' being left
        words = ("cardinal", "ordinal") if s.kind == "day" else ("cardinal",)
        if not (claimed or all(t.word and t.kind in words for t in matched)):
            return False
    elif s.kind not in ("percent", "cardinal") or not claimed:
        return False
    if s.kind == "day":
        return any(t.kind == "day" or (t.kind == "ordinal" and not t.word) for t in free)
    return any(t.kind == s.kind for t in free)


def _fit(s: NumExpr, t: NumExpr) -> int:
    """2 where ``t`` is of the kind of ``s`` (a day's kind takes the ordinal of 'the 15th'),
    1 otherwise."""
    if t.kind == s.kind or (s.kind == "day" and t.kind == "ordinal" and not t.word):
        return 2
    return 1


def _loosely_matched(
    t: NumExpr, src: Sequence[NumExpr], tgt: Sequence[NumExpr], ko: str, en: str
) -> bool:
    """Every Korean value ``t`` matches is of another kind and matches another English number
    that fits it as well: ``t`` need render none of them (the ordinal 'third' beside the
    cardinal '3' of a 6-3 set, which the Korean 3 of 6-3 renders; the '15' of '15-member'
    beside 'the 15th' for 15일; 'the 2nd' beside 'the second basement level' for 지하 2층), so
    it is free for a value without a match (2회전; 18명; 3일)."""
    claim = [s for s in src if matches(s, t)]
    return bool(claim) and all(
        _fit(s, t) == 1
        and any(
            x is not t
            and matches(s, x)
            and _fit(s, x) >= _fit(s, t)
            and not counter_clash(ko, s, en, x, tgt)  # 'two buildings' for 2층 by 'second floor'
            for x in tgt
        )
        for s in claim
    )


def _other_multiple(s: NumExpr, tgt: Sequence[NumExpr], used: Sequence[bool]) -> NumExpr | None:
    """An English multiple word ('doubled', 'twice', 'tripled') no Korean value accounts for,
    where the Korean multiple (세 배) has no match: another multiple."""
    if not s.text.endswith("배"):
        return None
    return next(
        (t for t, u in zip(tgt, used, strict=True)
         if t.implicit and not u and t.kind == "cardinal" and t.value in (2.0, 3.0, 4.0)),
        None,
    )  # fmt: skip


def _distance(t: NumExpr, s: NumExpr) -> float:
    """How far apart two values are in magnitude (orders of ten); 0 for the same size."""
    if t.value <= 0 or s.value <= 0:
        return math.inf
    return abs(math.log10(t.value) - math.log10(s.value))


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


# Kinds that name one thing (a session, a day, a year) and are never written rounded.
_NEVER_ROUNDED = frozenset({"ordinal", "day", "month", "year"})


def same_value(s: NumExpr, t: NumExpr, value: float | None = None) -> bool:
    """``t`` writes the value of ``s`` (``value`` overrides it), exactly or rounded as news does."""
    v = s.value if value is None else value
    if _close(v, t.value) or (s.only and value is None and _close(v / 1e4, t.value)):
        return True
    if s.kind == "time" or t.kind == "time":
        tv = hhmm_hours(t.text) if t.kind != "time" and is_hhmm(t.text) else t.value
        if v > 24 or tv > 24:
            return False  # 8천490 is no '6 p.m.' (8490 and 18 both leave 6 after twelves)
        if tv != t.value:
            return _close(v % 12, tv % 12)  # 04시 as '0400 hours'
        both = _HALF_DAY_KO.match(s.text) and _HALF_DAY_EN.search(t.text)
        if s.kind == t.kind == "time" and both:
            return False  # 오전 9시 30분 vs '9:30 p.m.': both say which half of the day
        if s.kind != t.kind and _MORNING_KO.match(s.text) and t.value > 12:
            return False  # 오전 8시 is no '20' (of '20 minutes'): 20:00 is evening
        if s.kind == "time" and t.kind != "time" and t.word and _HALF_DAY_KO.match(s.text):
            return False  # 오후 2시 is no 'two' (of 'the two ministers')
        return _close(v % 12, t.value % 12)
    if s.kind in _NEVER_ROUNDED or t.kind in _NEVER_ROUNDED:
        return False  # 제281회 is no '280th'
    t_sig = t.sig or _sig_of(t.value)
    if (t_sig >= 2 or t.approx or s.approx) and _close(round_sig(v, t_sig), t.value):
        return True
    if "여" in s.text and t_sig >= 2 and _close(round_sig(v, t_sig, ROUND_DOWN), t.value):
        return True  # 142만6천여 명 'more than 1.42 million': cut short, not rounded up
    s_sig = s.sig or _sig_of(v)
    # 약 1만2천 명 as 'about 12,300'; but a percentage is kept as written (약 40% is no '35')
    exact = s.kind in ("percent", "points")
    return s.approx and not exact and _close(round_sig(t.value, s_sig), v)


def _sig_of(v: float) -> int:
    digits = f"{v:.6f}".rstrip("0").rstrip(".").replace(".", "").replace("-", "")
    return len(digits.strip("0")) or 1


def matches(s: NumExpr, t: NumExpr) -> bool:
    """``t`` is a plausible English rendering of ``s`` (value and kind agree)."""
    if t.kind not in _COMPATIBLE[s.kind]:
        return False
    if s.kind == t.kind == "money" and s.currency and t.currency and s.currency != t.currency:
        return False
    if t.implicit and t.kind == "cardinal" and s.kind not in ("cardinal", "percent", "points"):
        return False
    if s.kind in ("percent", "points") and t.word and t.value < 1 and t.kind == "cardinal":
        return same_value(s, t, s.value / 100)  # 50% ~ "half", 66.7% ~ "two-thirds"
    if s.approx and s.kind != t.kind and t.kind in ("day", "year", "time", "ordinal"):
        return s.value == t.value  # 20여 명 is no 'August 17' (a rounding, not a date)
    return same_value(s, t)


def exact_figure(s: NumExpr) -> bool:
    """A percentage or a decimal (1.50%포인트, 0.39초): a figure a paraphrase keeps as written."""
    return s.kind in ("percent", "points") or not s.value.is_integer()


def none_written(figures: Sequence[NumExpr], english: str) -> bool:
    """No Korean figure of ``figures`` has a rendering (:func:`matches`) in ``english``."""
    written = english_numbers(english)
    return not any(matches(s, t) for s in figures for t in written)


def _expected(s: NumExpr) -> bool:
    """Whether ``s`` must show up in the English at all."""
    if s.code:
        return False
    return not (s.value == 1 and s.kind in ("cardinal", "ordinal"))


def compare(ko: str, en: str) -> list[Issue]:
    """Every numeric discrepancy between Korean ``ko`` and its English translation ``en``."""
    if not en.strip() or not ko.strip():
        return []
    src = korean_numbers(ko)
    tgt = english_numbers(en)
    idiom_src, idiom_tgt = idioms(ko, en, src, tgt)
    used = [
        any(matches(s, t) and not counter_clash(ko, s, en, t, tgt) for s in src)
        or id(t) in idiom_tgt
        for t in tgt
    ]
    used = _day_freed(ko, en, src, tgt, _surplus_freed(ko, en, src, tgt, used))
    spans = durations(ko, src)
    whole = _whole_durations(spans, tgt)  # 1년 6개월 -> '18 months'
    used = [u or any(t is w for w in whole.values()) for t, u in zip(tgt, used, strict=True)]
    claimed = idiom_tgt | {id(w) for w in whole.values()}
    loose = {id(t) for t in tgt if id(t) not in claimed and _loosely_matched(t, src, tgt, ko, en)}
    free = [
        t
        for t, u in zip(tgt, used, strict=True)
        if not (
            (u and id(t) not in loose)
            or t.code
            or t.implicit
            or (t.word and t.value == 1 and not _rank(en, t))
        )
    ]
    weekday = has_weekday(en) or _RELATIVE_DAY.search(en) is not None
    issues: list[Issue] = []
    conversions: set[int] = set()  # English numbers that write a Korean measure converted
    for s in src:
        if not _expected(s):
            top = _top_rank_changed(s, src, tgt, ko, en)
            if top is not None:  # 1위 -> 'ranks second'
                message = f"ordinal differs: {s.text} rendered as {top.text}"
                issues.append(Issue("MT305", message, s, top, english_form(s), 0.75))
            continue
        if _quarter_months(s, en) or id(s) in whole:
            continue
        if id(s) in idiom_src:
            continue
        matched = [
            t
            for t in tgt
            if matches(s, t) and not counter_clash(ko, s, en, t, tgt) and id(t) not in idiom_tgt
        ]
        if _other_kind_only(s, matched, src, free):
            # 4일 is no 'four' (of 'for four days from Dec. 14', the 14 left over), 제2차 no
            # 'two' (of 'the two cities ... the third council'), 64.5% no '65' (of '65 or
            # older', '46.5 percent' left over)
            matched = []
        if matched and _shared_left(s, matched, src, free):
            matched = []  # 제3차 and 3일 both match '3rd': 'fourth' is left for the ordinal
        if matched and _one_too_many(ko, s, matched, src, free):
            matched = []  # 24개 체급 and 24명 both match the one '24': '26 wrestlers' is left
        if matched and _unit_left(ko, s, en, matched, free):
            matched = []  # 18㎞ is no '18th' (of 'on the 18th'), '28 km' being left over
        if matched and _score_taken(ko, s, en, matched, src):
            matched = []  # 8개 is no '8' of '14-8', which renders the Korean score 14-8
        rank = _rank_left_over(s, matched, src, tgt) if matched else None
        if rank is not None:  # 종합 5위 -> 'fourth' beside 'five bronze medals'
            message = f"ordinal differs: {s.text} rendered as {rank.text}"
            issues.append(Issue("MT305", message, s, rank, english_form(s), 0.75))
            continue
        if matched:
            if all(unit_reading(ko, s, en, t) == "wrong" for t in matched):
                # 64km -> "64 miles": the number kept, the unit changed without converting it
                t = matched[0]
                issues.append(Issue("MT301", f"{with_unit(ko, s, True)} rendered as "
                                    f"{with_unit(en, t, False)!r}: another unit, not converted",
                                    s, t, english_form(s), 0.6))  # fmt: skip
                conversions.add(id(t))
            continue
        multiple = _other_multiple(s, tgt, used)
        if multiple is not None:  # 세 배 -> 'doubled'
            message = f"{s.text} does not match {multiple.text!r} in the translation"
            issues.append(Issue("MT301", message, s, multiple, english_form(s), COUNT_CONFIDENCE))
            continue
        reading = {id(t): unit_reading(ko, s, en, t) for t in tgt}  # free is part of tgt
        readings = [(t, reading[id(t)]) for t in free]
        # An English measure in a comparable unit that no other Korean value accounts for; in
        # the same unit it is the English's own reading of the value, whatever it converts to
        # beside it ("66 km (40 miles)" for 65km).
        mine = [(t, r) for t, r in readings if r != "converted" and r is not None]
        mine = [(t, r) for t, r in mine if not _claimed(t, s, src, ko, en)]
        same = next((t for t, r in mine if r == "same"), None)
        # Converted into a number another Korean value also gives ('30m(100피트)' -> '100 feet').
        conv = next((t for t in tgt if reading[id(t)] == "converted"), None)
        if same is None and conv is not None:  # 64km -> "40 miles"
            conversions.add(id(conv))
            continue
        wrong = same or next((t for t, _ in mine), None)
        if _slash_date(s, src, en):
            continue
        if s.kind == "day" and weekday and not any(t.kind == "day" for t in free):
            continue
        issue = _diagnose(s, [t for t in free if not counter_clash(ko, s, en, t, tgt)], en)
        times = _times_written(ko, s, en, free) if issue.target is None else None
        if times is not None:  # 세 차례 -> 'four times', beside other free numbers
            issue = Issue("MT301", f"{s.text} does not match {times.text} in the translation",
                          s, times, english_form(s), COUNT_CONFIDENCE)  # fmt: skip
        spare = _spare_ordinal(s, src, tgt, en) if s.kind == "ordinal" else None
        if issue.code == "MT301" and issue.target is None and spare is not None:
            message = f"ordinal differs: {s.text} rendered as {spare.text}"
            issue = Issue("MT305", message, s, spare, english_form(s), 0.75)
        if issue.code == "MT301" and wrong is not None:  # 64km -> "400 miles", "46 km"
            issue = Issue("MT301", f"{with_unit(ko, s, True)} does not match "
                          f"{with_unit(en, wrong, False)!r} in the translation",
                          s, wrong, english_form(s), 0.7)  # fmt: skip
        elif issue.code == "MT301" and _MEASURE.match(ko, s.end) and _OTHER_UNITS.search(en):
            issue = Issue("MT301", f"{s.text}: not found; possibly converted to other units",
                          s, None, english_form(s), 0.3, Severity.MINOR)  # fmt: skip
        elif _other_or_none(issue.target, s) and _conversion(ko, s, src):
            issue = Issue("MT301", f"{s.text}: a conversion in brackets the English leaves out",
                          s, None, english_form(s), 0.3, Severity.MINOR)  # fmt: skip
        issues.append(issue)
    for i in _score_issues(ko, en):  # 2대 0 -> '2-1': said once, as the score
        overlapping = [o for o in issues if _overlap(i.source, o.source)]
        if all(o.confidence < i.confidence for o in overlapping):  # 7-5 as '7-3': not '5 lost'
            issues = [o for o in issues if o not in overlapping] + [i]
    cited = {id(i.target) for i in issues if i.target is not None} | conversions
    used = [u or id(t) in cited for t, u in zip(tgt, used, strict=True)]
    issues.extend(_added(src, tgt, used, ko, en))
    for d in spans:
        if id(d.parts[0]) not in whole and leading_one_dropped(d, ko, en):
            # 1시간 30분 -> "30 minutes": a lone 1 is never required, but here it is dropped
            message = (
                f"{duration_text(d, ko)}: its first unit has no counterpart in the translation"
            )
            issues.append(Issue("MT301", message, d.parts[0], None, None, 0.6))
    ranks = _title_ranks(ko, en)  # 제2차관 as 'first vice minister': not also a lost 제2
    issues = [i for i in issues if not any(_overlap(i.source, r.source) for r in ranks)] + ranks
    for vs, vt in vague_contradictions(ko, en):  # 수천 -> "hundreds"
        factor = 10 ** abs(vs.power - vt.power)
        issues.append(
            Issue("MT302", f"{vs.text} rendered as {vt.text!r}: off by a factor of {factor:,}",
                  _vague_expr(vs), _vague_expr(vt), None, VAGUE_CONFIDENCE, Severity.MAJOR)
        )  # fmt: skip
    for rs, rt in contradictions(ko, en):  # 다음 달 -> "this month"
        issues.append(
            Issue("MT304", f"relative date differs: {rs.text} rendered as {rt.text!r}",
                  _relative_expr(rs), _relative_expr(rt), relative_english(rs), 0.75)
        )  # fmt: skip
    issues.extend(_weekdays_changed(ko, en))
    return issues


_KO_WEEKDAY = re.compile(r"([월화수목금토일])요일")
_EN_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")
_KO_DAY_NAMES = "월화수목금토일"
_EN_DAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekdays_changed(ko: str, en: str) -> list[Issue]:
    """A weekday the Korean names (화요일) that the English gives as another (매주 화요일 'every
    Thursday'): where no English weekday is one the Korean names."""
    said = {_KO_DAY_NAMES.index(m.group(1)): m for m in _KO_WEEKDAY.finditer(ko)}
    if not said:
        return []
    written = [
        (m, next(i for i, d in enumerate(_EN_DAY_STEMS) if m.group(1).lower().startswith(d)))
        for m in _EN_WEEKDAY.finditer(en)
    ]
    if not written or any(day in said for _, day in written):
        return []
    day_ko, m_ko = next(iter(said.items()))
    m_en, day_en = written[0]
    source = NumExpr(m_ko.start(), m_ko.end(), m_ko.group(), float(day_ko), "day")
    target = NumExpr(m_en.start(), m_en.end(), m_en.group(), float(day_en), "day", word=True)
    return [Issue("MT304", f"weekday differs: {m_ko.group()} rendered as {m_en.group()}",
                  source, target, WEEKDAY_NAMES[day_ko], 0.75)]  # fmt: skip


# A match score in Korean: two numbers joined by -, : or 대, then a particle or a result
# (3-1로, 2대 0 승리, 98:87의); in English two numbers joined by a hyphen, dash or colon.
_KO_SCORE = re.compile(
    r"(?<![\d.:~∼-])(\d{1,3}) ?(?:-|:|대 ?)(\d{1,3})(?!\d|\.\d)"
    r"(?= ?(?:으로|로|의|승|패|무|완승|완패|승리|패배|역전|\)|,|$)"
    r"| \d{1,3} ?-\d|<|>)"  # set scores in a row, a tiebreak in angle brackets: 6-4 7-6<7-5>
)
_EN_SCORE = re.compile(r"(?<![\d.:,-])(\d{1,3}) ?[-–:] ?(\d{1,3})(?!\d|[.:,]\d| ?[ap]\.?m\b)")


def _in_score(pattern: re.Pattern[str], text: str, e: NumExpr) -> bool:
    return any(m.start(1) <= e.start < m.end(2) for m in pattern.finditer(text))


def _score_taken(
    ko: str, s: NumExpr, en: str, matched: Sequence[NumExpr], src: Sequence[NumExpr]
) -> bool:
    """``s``, a count, stands in no score, every English number it matches stands in one, and
    another Korean value of its value stands in a Korean score: that score takes them. Not an
    ordinal, which English may leave unsaid (1, 2차전 합계 3-2: 'on aggregate')."""
    return (
        s.kind == "cardinal"
        and counted(ko, s.end)  # 8개, not the 11 of 8-11까지
        and not _in_score(_KO_SCORE, ko, s)
        and all(_in_score(_EN_SCORE, en, t) for t in matched)
        and any(o is not s and o.value == s.value and _in_score(_KO_SCORE, ko, o) for o in src)
    )


_PLACE_WORDS = r"place|spot|position"  # 'first place', 'second spot'
_PLACE_AFTER = re.compile(rf" (?:{_PLACE_WORDS})\b")


# Vice ministers by rank: 제2차관, 1차관 and 'second vice minister', 'First Vice Foreign
# Minister'. The number of such a title is no figure of its own (numbers skip 차관), but a rank
# the English gives must be the Korean's.
_KO_TITLE_RANK = re.compile(
    r"(?:제\s?)?([1-3])\s?(?:차관(?!보)|부시장|부지사|부총리|부회장|부원장|부청장|차장)"
)
_EN_TITLE_RANK = re.compile(
    r"\b(first|second|third|1st|2nd|3rd)\s+(?:[A-Za-z]+\s+){0,3}?(?:vice|deputy)\s+"
    r"(?:[A-Za-z]+\s+){0,3}?(?:minister|mayor|governor|premier|chairman|chairwoman|"
    r"president|director|commissioner|chief)\b",
    re.IGNORECASE,
)
_RANK_WORDS = {"first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3}


def _title_ranks(ko: str, en: str) -> list[Issue]:
    """A deputy's rank the English gives that the Korean gives no deputy in the unit ('first
    vice minister' for 제2차관, 'second deputy mayor' for 제1부시장)."""
    ranks = {int(m.group(1)): m for m in _KO_TITLE_RANK.finditer(ko)}
    if not ranks:
        return []
    out: list[Issue] = []
    for m in _EN_TITLE_RANK.finditer(en):
        rank = _RANK_WORDS[m.group(1).lower()]
        if rank in ranks:
            continue
        k = next(iter(ranks.values()))
        source = NumExpr(k.start(), k.end(), k.group(), float(k.group(1)), "ordinal")
        target = NumExpr(m.start(1), m.end(1), m.group(1), float(rank), "ordinal", word=True)
        message = f"ordinal differs: {k.group()} rendered as {m.group()!r}"
        out.append(Issue("MT305", message, source, target, english_form(source), 0.75))
    return out


# An event of a numbered series: 'the first leg' (2차 대회), 'the first round of talks'.
_SERIES_AFTER = re.compile(
    r" (?:leg|round|stage|edition|phase|tranche|batch|session|game|match|race|bout)s?\b"
)


def _rank(en: str, t: NumExpr) -> bool:
    """'first place', 'first spot', 'the first leg': a rank or the number of an event of a
    series, not the 'first' of 'for the first time'."""
    return t.kind == "ordinal" and bool(
        _PLACE_AFTER.match(en, t.end) or _SERIES_AFTER.match(en, t.end)
    )


def _rank_left_over(
    s: NumExpr, matched: Sequence[NumExpr], src: Sequence[NumExpr], tgt: Sequence[NumExpr]
) -> NumExpr | None:
    """The English ordinal that renders the rank ``s`` with another value: ``s`` is matched only
    by cardinals, and no other Korean number accounts for that ordinal (as its own kind, or as
    the only match a count has)."""
    if (
        s.kind != "ordinal"
        or not s.text.endswith(("위", "번째"))
        or any(t.kind == "ordinal" for t in matched)
    ):
        return None  # ranks (5위) and times (두 번째) only: 5차전 'Game 5' beside 'their first
        # title' is fine

    return _spare_ordinal(s, src, tgt)


_RANK_CONTEXT = re.compile(r"\b(?:rank(?:s|ed|ing)?|placed?|finish(?:es|ed)?|came)\s+$", re.I)
_RANK_AFTER = re.compile(
    rf"(?: (?:{_PLACE_WORDS}|overall)\b|[- ](?:largest|biggest|highest|most|best|top)\b)",
    re.I,
)


def _in_rank_words(en: str, t: NumExpr) -> bool:
    """The English number stands in a rank's words ('ranked second', 'third place')."""
    return bool(_RANK_CONTEXT.search(en[: t.start]) or _RANK_AFTER.match(en, t.end))


def _top_rank_changed(
    s: NumExpr, src: Sequence[NumExpr], tgt: Sequence[NumExpr], ko: str, en: str
) -> NumExpr | None:
    """The English rank that 1위 became ('ranks second', 'the second-largest'): 1위 needs no
    English '1' (top, largest, leading), but another rank no Korean value accounts for in its
    stead is a change."""
    if s.kind != "ordinal" or s.value != 1:
        return None
    firsts = [t for t in tgt if matches(s, t)]
    # 'its first day' renders 첫날, not 1위: a first the Korean writes as 첫 is no match of it
    if firsts and not (
        all(t.text.lower() == "first" for t in firsts) and ko.count("첫") >= len(firsts)
    ):
        return None
    if s.text.endswith("위"):
        spare = _spare_ordinal(s, src, tgt)
        if spare is None or not _in_rank_words(en, spare):
            return None
        return spare
    # 제1단계, 제1차: the first phase or round, written 'second-phase' ('first' needs no match)
    if not s.text.startswith("제"):
        return None
    nouns = next((en_ for ko_, en_ in _FIRST_COUNTERS if _counter_at(ko_, ko, s)), None)
    spare = _spare_ordinal(s, src, tgt) if nouns is not None else None
    if spare is None or nouns is None or not nouns.match(en, spare.end):
        return None
    return spare


# Counters of an ordinal 제1 (in its text or right after it) and the English nouns that follow
# 'first' for them.
_FIRST_COUNTERS = tuple(
    (re.compile(ko), re.compile(en, re.I))
    for ko, en in (
        ("단계", r"[\s-]+(?:phase|stage|step)s?\b"),
        ("차", r"[\s-]+(?:round|session|meeting|phase|stage|plenary)s?\b"),
        ("회", r"[\s-]+(?:edition|session|meeting|round|annual)s?\b"),
    )
)


def _spare_ordinal(
    s: NumExpr, src: Sequence[NumExpr], tgt: Sequence[NumExpr], en: str = ""
) -> NumExpr | None:
    """An English ordinal other than 'first' that no Korean value but ``s`` accounts for, as
    its own kind or as the only match a value has: 'second' beside '(2+2)' for 제3차 (the 2s
    of 2+2 have their own English 2s). Given the English ``en``, not a day of the month
    ('on the 24th' for 모레, a day the Korean gives by no number)."""

    def accounted(t: NumExpr) -> bool:
        return any(
            o is not s
            and matches(o, t)
            and (o.kind == t.kind or not any(u.kind == o.kind and matches(o, u) for u in tgt))
            for o in src
        )

    return next(
        (
            t
            for t in tgt
            if t.kind == "ordinal" and t.value != 1 and not accounted(t) and not _as_day(en, t)
        ),
        None,
    )


# A day written relative to another the sentence gives ('held it the previous day' for 18일
# beside 19일 밝혔다): as a weekday, it stands for the day's number.
_RELATIVE_DAY = re.compile(
    r"\b(?:the (?:previous|preceding|following|next) day|the day before|a day (?:earlier|later))\b",
    re.IGNORECASE,
)
_ON_DAY = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)


def _as_day(en: str, t: NumExpr) -> bool:
    """The English ordinal is a day of the month by the words before it ('on the 24th')."""
    return t.value <= 31 and _ON_DAY.search(en, max(0, t.start - 12), t.start) is not None


def _overlap(a: NumExpr | None, b: NumExpr | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _score_issues(ko: str, en: str) -> list[Issue]:
    """A match score the English writes with another number: 3-1로 -> '3-2'. Only where the
    English has a score sharing one number with the Korean's and neither order of it."""
    found = [(m, (int(m.group(1)), int(m.group(2)))) for m in _KO_SCORE.finditer(ko)]
    if not found:
        return []
    written = [(m, (int(m.group(1)), int(m.group(2)))) for m in _EN_SCORE.finditer(en)]
    have = {sc for _, sc in written} | {(b, a) for _, (a, b) in written}
    korean = {sc for _, sc in found} | {(b, a) for _, (a, b) in found}
    out = []
    for m, (a, b) in found:
        if (a, b) in have:
            continue
        other = next((e for e, sc in written if sc not in korean and set(sc) & {a, b}), None)
        if other is None:
            continue
        source = NumExpr(m.start(), m.end(), m.group(), float(a))
        target = NumExpr(other.start(), other.end(), other.group(), float(other.group(1)))
        message = f"score {m.group()} rendered as {other.group()!r}"
        out.append(Issue("MT301", message, source, target, f"{a}-{b}", 0.7))
    return out


def _whole_durations(spans: Sequence[Duration], tgt: Sequence[NumExpr]) -> dict[int, NumExpr]:
    """Korean numbers (by id) of the compound durations ``spans`` the English writes whole,
    each with an English number that writes it: 1년 6개월 -> '18 months', 1시간 30분 -> 'an hour
    and a half'. Only where the parts are not rendered one by one ('two years and three
    months')."""
    out: dict[int, NumExpr] = {}
    for d in spans:
        if all(any(matches(p, t) for t in tgt) for p in d.parts):
            continue
        found = rendered_by(d, tgt)
        if not found:
            continue
        for k, p in enumerate(d.parts):
            out[id(p)] = found[min(k, len(found) - 1)]
    return out


def _claimed(t: NumExpr, s: NumExpr, src: Sequence[NumExpr], ko: str, en: str) -> bool:
    """Another Korean value than ``s`` is what ``t`` writes (the same value, or converted)."""
    return any(
        o is not s and (matches(o, t) or unit_reading(ko, o, en, t) == "converted") for o in src
    )


VAGUE_CONFIDENCE = 0.6  # 수천 -> "hundreds": vague on both sides, but of another magnitude
COUNT_CONFIDENCE = 0.6  # a native-numeral count against the one free small English count


def _vague_expr(v: Vague) -> NumExpr:
    """A vague amount as the span-carrying expression an :class:`Issue` points at."""
    return NumExpr(v.start, v.end, v.text, float(10**v.power), "cardinal", word=True)


def _relative_expr(r: Relative) -> NumExpr:
    """A relative date as the span-carrying expression an :class:`Issue` points at."""
    return NumExpr(r.start, r.end, r.text, float(r.offset), "day", word=True)


# An English ordinal that is a day of the month: 'on the 13th', 'the 13th of next month'.
_DAY_CONTEXT = re.compile(
    r"\bon the \d|\d(?:st|nd|rd|th) of (?:next|last|this|the) month|"
    rf"\b(?:{'|'.join(m.capitalize() for m in _MONTHS)})[a-z]*\.? \d",
)


def _diagnose(s: NumExpr, free: list[NumExpr], en: str) -> Issue:
    """The one issue an unmatched Korean value gets (see the module docstring for the order)."""
    want = english_form(s)
    if s.kind == "ordinal":  # 제12호 is no 'on the 24th', a day the Korean gives otherwise
        free = [t for t in free if not _as_day(en, t)]
    for t in free:
        pct = {s.kind, t.kind} == {"percent", "points"}
        if pct and same_value(s, t):
            what = "percentage points" if s.kind == "points" else "a percentage"
            return Issue("MT306", f"{s.text} is {what}, but the translation says {t.text}",
                         s, t, want, 0.85)  # fmt: skip
        if s.kind == t.kind == "money" and s.currency != t.currency and same_value(s, t):
            return Issue("MT307", f"currency differs: {s.text} rendered as {t.text}", s, t,
                         want, 0.8)  # fmt: skip
    exact = not s.word or sino_chain(s)  # digits, or 팔십/일만: a value as written
    if s.kind in ("cardinal", "money", "percent", "points") and exact:
        for t in free:
            # A slip is a scale or a digit too many; a small number word ("two" for 20대, in
            # their twenties) is another number, not 20 off by ten.
            small_word = t.word and t.value < 100
            other_currency = (
                s.kind == t.kind == "money"
                and s.currency
                and t.currency
                and s.currency != t.currency
            )
            if other_currency:
                continue  # 80만원 and US$790: another currency, no slip of a factor of 1,000
            if (
                t.kind in _COMPATIBLE[s.kind]
                and t.kind not in ("year", "day", "time")
                and not small_word
            ):
                slip = _power_of_ten(s, t)
                if slip:
                    return Issue("MT302", f"{s.text} rendered as {t.text}: off by a factor of "
                                 f"{slip:,}", s, t, want, 0.85, Severity.CRITICAL)  # fmt: skip
    same_kind = [t for t in free if t.kind == s.kind]
    if s.kind == "day":  # "on the 15th": English writes days of the month as ordinals
        same_kind += [t for t in free if t.kind == "ordinal" and 1 <= t.value <= 31]
    if s.kind == "day":  # 'on the 13th' before 'the fifth meeting'
        same_kind.sort(key=lambda t: not _DAY_CONTEXT.search(en[max(0, t.start - 8) : t.end + 20]))
    if s.kind in _DATE_KINDS and same_kind:
        t = same_kind[0]
        return Issue("MT304", f"date differs: {s.text} rendered as {t.text}", s, t, want, 0.8)
    if s.kind == "ordinal" and same_kind:
        # 33번째 -> '32nd', not 'fifth'; 4위 -> 'third place', not 'its third straight loss'
        t = min(same_kind, key=lambda x: (abs(x.value - s.value), not _in_rank_words(en, x)))
        return Issue("MT305", f"ordinal differs: {s.text} rendered as {t.text}", s, t, want, 0.75)
    if s.kind == "percent" and same_kind:
        t = same_kind[0]
        return Issue("MT306", f"percentage differs: {s.text} rendered as {t.text}", s, t, want, 0.8)
    if s.kind == "time" and same_kind:  # 오전 4시 20분 -> '4:20 p.m.', not a count beside it
        t = min(same_kind, key=lambda x: abs(x.value - s.value))
        return Issue("MT301", f"time differs: {s.text} rendered as {t.text}", s, t, want, 0.8)
    cands = [t for t in free if t.kind in _COMPATIBLE[s.kind] and t.kind != "year"]
    if s.kind == "year" and _RELATIVE_YEAR.search(en):
        return Issue("MT301", f"year {s.text} written as a relative year; check it", s, None,
                     want, 0.35, Severity.MINOR)  # fmt: skip
    if s.kind in _DATE_KINDS:
        return Issue("MT304", f"date part {s.text} not found in the translation", s, None,
                     want, 0.6)  # fmt: skip
    if cands and exact:
        t = min(cands, key=lambda c: round(_distance(c, s), 1))  # 28,142 for 2만8천412, not 20
        return Issue("MT301", f"{s.text} does not match {t.text} in the translation", s, t,
                     want, 0.7)  # fmt: skip
    small = [t for t in cands if t.kind == "cardinal" and t.value < 100]
    if s.word and s.kind == "cardinal" and 2 <= s.value < 100 and len(cands) == len(small) == 1:
        # 세 명 -> 'four members': a native count, the one small count the English has free
        return Issue("MT301", f"{s.text} does not match {small[0].text} in the translation", s,
                     small[0], want, COUNT_CONFIDENCE)  # fmt: skip
    if not exact or s.bound or (s.value <= 10 and s.kind == "cardinal"):
        return Issue("MT301", f"{s.text} has no counterpart in the translation", s, None, want,
                     0.4, Severity.MINOR)  # fmt: skip
    return Issue("MT301", f"{s.text} not found in the translation", s, None, want, 0.6)


def _surplus_freed(
    ko: str, en: str, src: Sequence[NumExpr], tgt: Sequence[NumExpr], used: list[bool]
) -> list[bool]:
    """``used`` with English small counts freed that a value the Korean writes fewer times
    would otherwise claim all of: 어선 3척 and 헬기 2대 against 'three boats' and 'three
    helicopters', the second 'three' is no rendering of 3. Only English small cardinals, and
    only where a Korean count (a number and its counter) is left without any English match;
    likewise ordinals where a Korean ordinal is (2위 and 제3차 against 'third-largest' and 'the
    third forum')."""
    lost = [
        s
        for s in src
        if not any(matches(s, t) and not counter_clash(ko, s, en, t, tgt) for t in tgt)
    ]
    lost_kinds = {
        s.kind
        for s in lost
        if (s.kind == "cardinal" and (s.word or counted(ko, s.end))) or s.kind == "ordinal"
    }
    if not lost_kinds:
        return used  # only for a count left without a match (헬기 2대), not a score's 0
    out = list(used)
    done: set[tuple[str, float]] = set()
    for k, t in enumerate(tgt):
        if not used[k] or t.kind not in lost_kinds or t.value >= 100 or (t.kind, t.value) in done:
            continue
        done.add((t.kind, t.value))
        same_en = [j for j, u in enumerate(tgt) if u.kind == t.kind and u.value == t.value]
        same_ko = [
            i for i, s in enumerate(src) if matches(s, t) and not counter_clash(ko, s, en, t, tgt)
        ]
        if not same_ko or len(same_ko) >= len(same_en):
            continue
        # each Korean value keeps the English one in its unit (5㎞ '5 km', not 'five'), else
        # the one nearest its place in the sentence; the rest are freed (the 'three' of 'three
        # helicopters' for 헬기 2대, 어선 3척 after it)
        kept = set()
        for i in same_ko:
            where = i / max(1, len(src) - 1)
            nearest = min(
                (j for j in same_en if j not in kept),
                key=lambda j: (
                    unit_reading(ko, src[i], en, tgt[j]) != "same",
                    abs(j / max(1, len(tgt) - 1) - where),
                ),
            )
            kept.add(nearest)
        for j in same_en:
            if j not in kept:
                out[j] = False
    return out


_DAY_BEFORE = re.compile(r"\b(?:on|by|until|from|since)\s+the\s+$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s+of\s+(?:next|this|last|the)\s+month\b", re.IGNORECASE)
# What may follow a day of the month written as an ordinal: no noun it numbers.
_NO_NOUN_AFTER = re.compile(
    r"(?!\s+[a-z])|\s+(?:of|at|in|on|when|as|after|before|to|for|with|from|local)\b"
)


def _day_freed(
    ko: str, en: str, src: Sequence[NumExpr], tgt: Sequence[NumExpr], used: list[bool]
) -> list[bool]:
    """``used`` with an English day freed that a Korean ordinal of its value claims beside the
    ordinal's own rendering, where a Korean day is left without a match: 18일 and 제8차
    against 'the eighth round ... on the 8th of next month', the '8th' is the day's (a changed
    day, not the round's second rendering)."""
    if not any(s.kind == "day" and not any(matches(s, t) for t in tgt) for s in src):
        return used
    out = list(used)
    for k, t in enumerate(tgt):
        if not used[k] or t.kind != "ordinal" or t.word:
            continue
        if not (_DAY_BEFORE.search(en, 0, t.start) or _DAY_AFTER.match(en, t.end)):
            continue
        claims = [s for s in src if matches(s, t) and not counter_clash(ko, s, en, t, tgt)]
        if claims and all(
            s.kind == "ordinal" and any(o is not t and matches(s, o) for o in tgt) for s in claims
        ):
            out[k] = False
    return out


def _power_of_ten(s: NumExpr, t: NumExpr) -> int:
    """10, 100, ... when ``t`` is ``s`` off by that factor (either way), else 0."""
    if s.value == 0 or t.value == 0:
        return 0
    for k in (1, 2, 3, 4):
        for factor in (10.0**k, 10.0**-k):
            if same_value(s, t, s.value * factor):
                return 10**k
    return 0


def _added(
    src: list[NumExpr], tgt: list[NumExpr], used: list[bool], ko: str, en: str
) -> Iterator[Issue]:
    """English numbers with no Korean counterpart (conservative: see :func:`_may_be_added`)."""
    src_currencies = {s.currency for s in src if s.kind == "money"}
    for i, (t, u) in enumerate(zip(tgt, used, strict=True)):
        if u or not _may_be_added(t, ko):
            continue
        if _OTHER_UNITS.match(en, t.end + (en[t.end : t.end + 1] in " -")):
            continue  # a converted measure (miles for km, degrees F for C)
        if t.kind == "money" and src_currencies - {t.currency}:
            continue  # a currency conversion ("10 billion won ($8.5 million)")
        if i and tgt[i - 1].kind == "money" and "(" in en[tgt[i - 1].end : t.start]:
            continue  # an amount converted in parentheses
        near_slip = any(
            _power_of_ten(s, t) for s in src if s.kind in ("cardinal", "money") and not s.word
        )
        if near_slip:
            continue  # already reported as MT302 on the Korean value
        yield Issue("MT303", f"{t.text} has no counterpart in the source", None, t, None, 0.45)


def _may_be_added(t: NumExpr, ko: str) -> bool:
    if t.code or t.implicit or t.kind in ("year", "month") or t.value == 1:
        return False
    if t.word:
        return False  # "three" from a counter word, "a thousand years" from 천년
    if t.kind in ("ordinal", "month", "day") and t.value <= 3:
        return False
    digits = re.sub(r"[^\d.]", "", t.text)
    return not (digits and digits in ko.replace(",", ""))


def _issues(view: UnitView) -> list[Issue]:
    key = f"mtqa.rules.numbers:{view.unit.index}"
    cache = view.doc.cache
    if key not in cache:
        # Wire datelines ("SEOUL, Nov. 29 (Yonhap) --") carry the date of filing, not content.
        ko = blank(view.source_text, source_dateline(view.source_text))
        en = blank(view.target_text, target_dateline(view.target_text))
        issues = compare(ko, en) if en.strip() else []
        cache[key] = [_nearby(view, i) for i in issues]
    result: list[Issue] = cache[key]
    return result


# Rules whose finding a free translation can cause by moving a value to a nearby sentence.
_MOVABLE = ("MT301", "MT304")
NEARBY = 2  # sentences (units) before and after that may hold a moved value
NEARBY_CONFIDENCE = 0.35


def _nearby(view: UnitView, issue: Issue) -> Issue:
    """The issue, kept below the gate where a free translation moved the value: the Korean
    value is in a nearby unit's English that its own Korean does not account for (and the
    English value, if any, in a nearby unit's Korean its own English lacks). The alignment
    pairs sentences in order; translators reorder and merge them. A value a nearby sentence
    repeats from its own Korean ('60 Minutes' twice in a story) moved nowhere, except from the
    first unit, a headline: English headlines leave figures to the body."""
    if issue.code not in _MOVABLE or issue.confidence < 0.5:
        return issue
    s, t = issue.source, issue.target
    headline = first_unit(view)  # its figures recur in the body
    near = _nearby_numbers(view, headline)
    # a Korean value this unit's English lacks (or renders as another value)
    moved = s is not None and any(
        _moved_to(s, en, ko, headline) and (headline or not any(matches(y, s) for y in ko))
        for en, ko in near
    )
    if moved and t is not None:  # and the value it has instead belongs to a nearby Korean
        moved = any(any(matches(x, t) for x in ko) for _, ko in near)
    if not moved:
        return issue
    return replace(
        issue,
        message=issue.message + " (a nearby sentence has it: the translation may have moved it)",
        confidence=NEARBY_CONFIDENCE,
        severity=Severity.MINOR,
    )


def _moved_to(s: NumExpr, en: list[NumExpr], ko: list[NumExpr], headline: bool) -> bool:
    """A nearby unit's English ``en`` renders ``s``; a small count or rank of a headline also
    where that unit's Korean ``ko`` has it too (제10호 태풍 in the headline and the body, the
    English headline leaving 'the 10th' to the body)."""
    if any(_same_value_near(s, x) for x in en):
        return True
    return headline and any(matches(s, x) for x in en) and any(matches(y, s) for y in ko)


def _same_value_near(s: NumExpr, x: NumExpr) -> bool:
    """``x`` in a nearby sentence renders ``s``: a small count or rank (2위, 세 명) only as the
    same kind of value (a day as a day), since small numbers recur by chance."""
    if not matches(s, x):
        return False
    return s.value > 10 or s.kind not in ("cardinal", "ordinal") and s.kind == x.kind


def _nearby_numbers(view: UnitView, headline: bool) -> list[tuple[list[NumExpr], list[NumExpr]]]:
    """(English numbers, Korean numbers) of each unit within NEARBY of ``view``'s, or of the
    whole article for a headline, whose English often leaves a figure to the body."""
    reach = len(view.doc.units) if headline else NEARBY
    return [_unit_numbers(v) for v in neighbour_views(view, reach)]


def _unit_numbers(view: UnitView) -> tuple[list[NumExpr], list[NumExpr]]:
    """(English numbers, Korean numbers) of one unit (cached: several units ask for it)."""
    key = f"mtqa.rules.numbers.unit:{view.unit.index}"
    cache = view.doc.cache
    if key not in cache:
        cache[key] = (english_numbers(view.target_text), korean_numbers(view.source_text))
    found: tuple[list[NumExpr], list[NumExpr]] = cache[key]
    return found


def _check(code: str, view: UnitView) -> Iterator[Hit]:
    for issue in _issues(view):
        if issue.code == code:
            yield issue.hit()


@rule(
    "MT301",
    "number-mismatch",
    ACCURACY,
    Severity.MAJOR,
    "A number or amount in the source has no matching value in the translation.",
    "Values are compared, not strings: 2만5천 = 25,000 = 25 thousand, 12억 = 1.2 billion, "
    "300여 = about 300. Rounding as news copy does it is accepted (25,340 -> 25,000). Clock "
    "times match on a 12-hour dial unless both sides say the half of the day (오전 9시 30분 is "
    "not '9:30 p.m.'). An amount in brackets right after another (12달러(약 1만2000원)) is a "
    "conversion Korean news adds: left out, or given in another currency, it is shown at 0.3. "
    "A measure the English converts to another unit is accepted within 5% (64km -> '40 miles', "
    "25도 -> '77 degrees', 5574평방미터 -> '60,000 square feet'), also to a larger or "
    "smaller metric unit (3천500m -> '3.5 kilometers', 12만㎡ -> '12 hectares', 2천500㎏ -> "
    "'2.5 tons'); the same number in another "
    "unit is flagged at 0.6 (64km -> '64 miles'), and another value in the same unit at 0.7 "
    "even beside a conversion that fits ('66 km (40 miles)' for 65km). Confidence is lower "
    "for small numbers written as words (세 명), which translations often turn into articles "
    "or plurals, and for years rendered as relative years. A match score (3-1로, 3대 1로) "
    "written with another number ('3-2') is flagged at 0.7.",
    (
        Example("사상자는 2만5천 명이다.", "There were 2,500 casualties.", "2만5천 = 25,000"),
        Example("47명이 숨졌다.", "Many people died.", "the count 47 is missing"),
    ),
)
def number_mismatch(view: UnitView) -> Iterator[Hit]:
    return _check("MT301", view)


@rule(
    "MT302",
    "unit-slip",
    ACCURACY,
    Severity.CRITICAL,
    "An amount off by a power of ten (억 as million, 조 as billion, 1.2 -> 12).",
    "The translation has the same digits at another magnitude: the classic misreading of "
    "만 (10^4), 억 (10^8) and 조 (10^12) as thousand/million/billion. The suggestion gives the "
    "value at the right magnitude. A vague amount rendered at another magnitude (수천 as "
    f"'hundreds', 수백억 as 'hundreds of billions') is reported at {VAGUE_CONFIDENCE}, major. "
    "A 만 right after digits that kiwipiepy reads as the particle 'only' (승점 3만 추가하면) "
    "may be rendered either way ('only three more points').",
    (
        Example("12억 달러를 투자했다.", "It invested $1.2 million.", "12억 = 1.2 billion"),
        Example("3조 원", "3 billion won", "조 = trillion"),
    ),
)
def unit_slip(view: UnitView) -> Iterator[Hit]:
    return _check("MT302", view)


@rule(
    "MT303",
    "number-added",
    "Accuracy/Addition",
    Severity.MINOR,
    "A number in the translation has no counterpart in the source.",
    "Years, small numbers written as words, conversions into another currency and numbers that "
    "belong to names are not reported, since translators legitimately add them. Confidence is "
    "low: a conversion into a unit the table of conversions does not know also shows up here.",
    (Example("주민들이 대피했다.", "300 residents were evacuated.", "300 is not in the source"),),
)
def number_added(view: UnitView) -> Iterator[Hit]:
    return _check("MT303", view)


@rule(
    "MT304",
    "date-mismatch",
    ACCURACY,
    Severity.MAJOR,
    "A year, month or day differs from the source or is missing.",
    "3월 30일 must become March 30 / 30 March / the 30th. A bare day (30일) written as a weekday "
    "(on Thursday) is accepted, as wire-service style does. Relative words (지난해, 다음 달, 어제) "
    "are not resolved to dates, but an English relative date of the same unit with another "
    "offset that the Korean does not use ('this month' for 다음 달, 'next week' or 'next "
    "Monday' for 지난주) is reported at 0.75, and so is a swapped half of the year ('the second "
    "half' for 상반기) or another period of comparison ('from a year earlier' for 전월 대비); "
    "English that writes the date out ('in March') or leaves it is not.",
    (
        Example("3월 30일 발표했다.", "It announced on March 13.", "30 became 13"),
        Example("2024년 5월", "in June 2024", "month 5 is May"),
        Example("다음 달 12일 열린다.", "It opens on the 12th of this month.", "next month"),
    ),
)
def date_mismatch(view: UnitView) -> Iterator[Hit]:
    return _check("MT304", view)


@rule(
    "MT305",
    "ordinal-mismatch",
    ACCURACY,
    Severity.MAJOR,
    "An ordinal or rank differs (제28차 -> 27th, 3위 -> second).",
    "Ordinals match cardinal or ordinal renderings of the same value (28th, No. 28). A quarter "
    "(3분기) matches 'third quarter', 'Q3' or its months ('the July-September quarter'). A first "
    "place (1위) is not checked: English says top, leading, first. Anniversaries (10주년, "
    "3주기) are ordinals. A vice minister's rank the English gives ('first vice minister') "
    "must be one the Korean gives (제2차관); leaving it out is no error.",
    (Example("제28차 회의", "the 27th meeting", "28th, not 27th"),),
)
def ordinal_mismatch(view: UnitView) -> Iterator[Hit]:
    return _check("MT305", view)


@rule(
    "MT306",
    "percent-mismatch",
    ACCURACY,
    Severity.MAJOR,
    "A percentage changed, or percent and percentage points were confused.",
    "%포인트 (%p) is a difference of percentages and must be 'percentage points'; % must be "
    "percent. A changed percentage value is reported here too.",
    (
        Example("0.5%포인트 올랐다.", "rose 0.5 percent", "points, not percent"),
        Example("3.5% 증가", "a 5.3% increase", "3.5 became 5.3"),
    ),
)
def percent_mismatch(view: UnitView) -> Iterator[Hit]:
    return _check("MT306", view)


@rule(
    "MT307",
    "currency-mismatch",
    ACCURACY,
    Severity.MAJOR,
    "An amount keeps its value but changes currency (원 -> dollars).",
    "Reported only when the English has the same value in another currency and no rendering "
    "in the source currency; conversions that change the value are not reported here.",
    (Example("100억 원", "$10 billion", "won, not dollars"),),
)
def currency_mismatch(view: UnitView) -> Iterator[Hit]:
    return _check("MT307", view)
