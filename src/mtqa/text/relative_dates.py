"""Relative dates in Korean and English: 다음 달 'next month', 지난해 'last year', 어제 'yesterday'
(and the halves of a year, 상반기 'the first half', which MT swaps the same way).

They carry no number, so :mod:`mtqa.text.ko_numbers` yields nothing for them, yet machine
translation turns 다음 달 into "this month" or 지난주 into "next week". Each expression is read as
(unit, offset): 다음 달 = ("month", +1). A translation contradicts the source when the Korean has
(unit, offset), the English has none for it but has the same unit with an offset the Korean does
not use anywhere (올해 ... 전년 대비 -> "this year ... a year earlier" contradicts nothing).
English that resolves the date ("in March", "on Tuesday") or leaves it out is no contradiction,
nor is English counting back from an absolute date ("two years ago" for 2006년): only the
English last/this/next and yesterday/today/tomorrow are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KOREAN: tuple[tuple[str, str, int], ...] = (
    (r"그저께|그제", "day", -2),
    (r"어제", "day", -1),
    (r"오늘(?!날)", "day", 0),
    (r"내일", "day", 1),
    (r"모레", "day", 2),
    (r"지난\s?주(?!년|민|식|택|장|의원)", "week", -1),
    (r"이번\s?주(?!년|민|식|택|장)", "week", 0),
    # 내주 and 내달 only as words: 내주었다 'handed over', 내달렸다 'dashed'
    (r"다음\s?주(?!년|민|식|택|장)|내주(?![가-힣])|오는\s?주(?!년|민|식|택|장)", "week", 1),
    (r"지난\s?달|지난달", "month", -1),
    (r"이번\s?달|이달", "month", 0),
    (r"다음\s?달|내달(?=\s|$|[에부초말중])|오는\s?달", "month", 1),
    (r"재작년", "year", -2),
    (r"지난해|작년", "year", -1),
    (r"올해|금년", "year", 0),
    (r"내년", "year", 1),
    # halves of a year: not relative, but MT swaps them the same way (상반기 -> "second half")
    (r"상반기", "half", 1),
    (r"하반기", "half", 2),
    # the period a change is measured against (전월 대비 'month-on-month'), by its length
    (r"전주\s?대비|전주보다|지난주보다", "compared", 1),
    (r"전월\s?대비|전달\s?대비|전월보다|전달보다|지난달보다", "compared", 2),
    (r"전\s?분기\s?대비|전\s?분기보다|직전\s?분기", "compared", 3),
    (
        r"전년\s?(?:동기|동월|같은\s?기간)?\s?대비|전년보다|지난해\s?같은\s?기간|작년\s?같은\s?기간",
        "compared",
        4,
    ),
)
_KOREAN_RE = tuple((re.compile(rf"(?<![가-힣])(?:{p})"), u, o) for p, u, o in _KOREAN)
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ENGLISH: tuple[tuple[str, str, int], ...] = (
    (r"the day before yesterday", "day", -2),
    (r"yesterday", "day", -1),
    (r"today|tonight", "day", 0),
    (r"the day after tomorrow", "day", 2),
    (r"tomorrow", "day", 1),
    (rf"last week|last {_WEEKDAYS}", "week", -1),
    (r"this week", "week", 0),
    (rf"next week|next {_WEEKDAYS}", "week", 1),
    (r"last month", "month", -1),
    (r"this month", "month", 0),
    (r"next month", "month", 1),
    (r"last year", "year", -1),
    (r"this year", "year", 0),
    (r"next year", "year", 1),
    (r"first half|first-half|H1", "half", 1),
    (r"second half|second-half|latter half|H2", "half", 2),
    (
        r"from a week (?:earlier|ago|before)|from the previous week|week-on-week|on-week",
        "compared",
        1,
    ),
    (
        r"from a month (?:earlier|ago|before)|from the previous month|month-on-month|on-month",
        "compared",
        2,
    ),
    (
        r"from the previous quarter|from a quarter (?:earlier|ago|before)|quarter-on-quarter|"
        r"on-quarter",
        "compared",
        3,
    ),
    (
        r"from a year (?:earlier|ago|before)|from the previous year|year-on-year|on-year|"
        r"from the same period (?:a year earlier|last year|of last year)",
        "compared",
        4,
    ),
)
_ENGLISH_RE = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), u, o) for p, u, o in _ENGLISH)


@dataclass(frozen=True)
class Relative:
    """One relative date expression: span, unit (day/week/month/year) and offset."""

    start: int
    end: int
    text: str
    unit: str
    offset: int


def _find(text: str, table: tuple[tuple[re.Pattern[str], str, int], ...]) -> list[Relative]:
    out: list[Relative] = []
    taken: list[tuple[int, int]] = []
    for pat, unit, offset in table:  # longer forms first in each table (그저께 before 어제)
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            out.append(Relative(m.start(), m.end(), m.group(), unit, offset))
    return sorted(out, key=lambda r: r.start)


def korean_relatives(text: str) -> list[Relative]:
    """Relative date expressions in Korean ``text``."""
    return _find(text, _KOREAN_RE)


def english_relatives(text: str) -> list[Relative]:
    """Relative date expressions in English ``text``."""
    return _find(text, _ENGLISH_RE)


def english_form(rel: Relative) -> str:
    """The usual English for a relative date's unit and offset ("next month")."""
    for pattern, unit, offset in _ENGLISH:
        if unit == rel.unit and offset == rel.offset:
            return pattern.split("|")[0]
    return rel.text


def contradictions(ko: str, en: str) -> list[tuple[Relative, Relative]]:
    """(Korean, English) pairs where the English gives the Korean's unit another offset."""
    src, tgt = korean_relatives(ko), english_relatives(en)
    used = {(r.unit, r.offset) for r in src}
    said = {(r.unit, r.offset) for r in tgt}
    out = []
    for s in src:
        if (s.unit, s.offset) in said:
            continue
        other = next((t for t in tgt if t.unit == s.unit and (t.unit, t.offset) not in used), None)
        if other is not None:
            out.append((s, other))
    return out
