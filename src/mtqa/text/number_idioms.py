"""Korean values English news renders by an idiom instead of a number.

A batting-order slot by its word (4번 타자 'cleanup hitter'), a second-half minute counted from
kick-off (후반 12분 'the 57th minute'), 2위 'runner-up', 24시간 'around the clock', 2차 피해
'secondary damage', 낮 12시 'noon', 최종 4라운드 'the final round', a relay by its legs (계영 800m
'4x200m'), 28초 417 '28.417 seconds', 하반기 'the second half', 3위 결정전 'the bronze medal
match', a ratio scaled (6대 4 비율 'a ratio of 60 to 40') and a holiday by its name (1월 1일
"New Year's Day"), a tie at nil (0-0 'a scoreless tie'). :func:`idioms` gives the Korean
values so rendered and the English numbers the idioms use, which the number comparison (MT3xx)
then leaves alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from mtqa.text.ko_numbers import NumExpr

_BATTING_ORDER = re.compile(r"\s?번\s?(?:타자|타순)")
# English names for batting-order slots: leadoff (1번 타자), cleanup (4번 타자).
_BATTING_WORDS = {1: re.compile(r"\blead-?off\b", re.I), 4: re.compile(r"\bclean-?up\b", re.I)}
_SECOND_HALF = re.compile(r"후반\s*$")  # 후반 12분: the 57th minute of a football match
# 2분8초 (not 1분44초57): a race time the English writes 2:08
# and 2시간7분(대), a marathon time the English writes 2:07
_RACE_TIME_KO = re.compile(
    r"(?<![\d.])(\d{1,2})분\s?(\d{1,2})초(?![\d.])|(?<![\d.])(\d)시간\s?(\d{1,2})분(?![\d.]|\s?\d)"
)
# Dates English news names by the holiday: (Korean date, English name).
_HOLIDAYS = (
    (re.compile(r"1월\s*1일"), re.compile(r"\bNew Year'?s Day\b", re.I)),
    (re.compile(r"12월\s*31일"), re.compile(r"\bNew Year'?s Eve\b", re.I)),
    (re.compile(r"12월\s*25일"), re.compile(r"\bChristmas(?! Eve)\b", re.I)),
    (re.compile(r"12월\s*24일"), re.compile(r"\bChristmas Eve\b", re.I)),
)
_RUNNER_UP = re.compile(r"\brunners?-up\b", re.IGNORECASE)
_ALL_DAY = re.compile(r"\b(?:a)?round[- ]the[- ]clock\b|\b24/7\b|\bday and night\b", re.I)
# A stage by its adjective: 1차 'primary', 2차 피해 'secondary damage', 3차 'tertiary'.
_DEGREE_WORDS = {
    "1차": re.compile(r"\bprimary\b", re.I),
    "2차": re.compile(r"\bsecondary\b", re.I),
    "3차": re.compile(r"\btertiary\b", re.I),
}
_FINAL_ROUND = re.compile(r"\bfinal round\b", re.IGNORECASE)
_NOON = re.compile(r"\b(?:noon|midday|midnight)\b", re.IGNORECASE)
# The match for third place, by the ranks it decides (3-4위전, 3·4위 결정전, 3위 결정전).
_THIRD_PLACE_KO = re.compile(r"3(?:\s?[-~∼·]\s?4)?위\s?(?:결정)?전")
_THIRD_PLACE_EN = re.compile(
    r"\bthird[- ]place\b|\bbronze[- ]medal (?:match|game|bout|contest|play-?off|final|fight)",
    re.I,
)
_RELAY = re.compile(r"\s?(?:m(?![A-Za-z])|미터)")
# Quarters from the first (1~3분기) by their count or months ('the first three quarters',
# 'the first nine months', 'January-September').
_QUARTERS_KO = re.compile(r"1\s?[~∼〜\-–]\s?([234])\s?분기")
_QUARTERS_EN = {
    n: re.compile(rf"\bfirst (?:{words}) quarters\b|\bfirst {months} months\b|{span}", re.I)
    for n, words, months, span in (
        ("2", "two|2", "six|6", r"\bfirst half\b|\bJanuary\s?(?:-|–|to|through)\s?June\b"),
        ("3", "three|3", "nine|9", r"\bJanuary\s?(?:-|–|to|through)\s?September\b"),
        ("4", "four|4", "12|twelve", r"\bJanuary\s?(?:-|–|to|through)\s?December\b"),
    )
}
# The halves of a year (상반기, 하반기) by their ordinal: 'the second half' numbers no other
# Korean value (제2차 is no 'second' of it); relative_dates compares which half.
_FIRST_MONTHS_KO = re.compile(r"(?<!\d)1\s?[~∼〜\-–]\s?(\d{1,2})\s?월")
_FIRST_MONTHS_EN = re.compile(r"\bfirst \S+ months\b", re.I)
_HALF_KO = re.compile(
    r"[상하]반기|(?<![가-힣])[전후]반(?:전)?(?=$|[^가-힣]|[에의도은는])"
)  # 후반 41분
_HALF_EN = re.compile(r"\b(?:first|second|latter|1st|2nd)[- ]half\b|\bH[12]\b", re.I)
# A ratio (6대 4 비율) the English may scale ('a ratio of 60 to 40', '60:40').
_RATIO_BETWEEN = re.compile(r"\s?대\s?")
_RATIO_AFTER = re.compile(r"\s?(?:의\s?)?비(?:율)?")
_RATIO_JOIN = re.compile(r"\s?(?:to|:)\s?")
_LEGS = re.compile(r"\b4\s?[x×]\s?(\d{2,4})\s?(?:m\b|-?met)", re.IGNORECASE)

# An idiom for one Korean value: the English numbers it uses (maybe none), or None where the
# value is not rendered by it.
Idiom = Callable[[str, str, NumExpr, Sequence[NumExpr]], Sequence[NumExpr] | None]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _batting(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    word = _BATTING_WORDS.get(int(s.value)) if s.value in (1, 4) else None
    return () if word and _BATTING_ORDER.match(ko, s.end) and word.search(en) else None


def _second_half(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    if s.kind != "cardinal" or not ko.startswith("분", s.end):
        return None
    if not _SECOND_HALF.search(ko[: s.start]):
        return None
    if any(_close(t.value, s.value) for t in tgt):
        return None  # 'the 43rd minute of the second half': as written (88 is the minutes played)
    minute = next((t for t in tgt if _close(t.value, s.value + 45)), None)
    return (minute,) if minute is not None else None


def _runner_up(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    second = s.kind == "ordinal" and s.value == 2 and s.text.endswith("위")
    return () if second and _RUNNER_UP.search(en) else None


def _all_day(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    return () if s.value == 24 and ko.startswith("시간", s.end) and _ALL_DAY.search(en) else None


def _degree(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    word = _DEGREE_WORDS.get(s.text)
    return () if word is not None and word.search(en) else None


def _noon(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    return () if s.kind == "time" and s.value in (0, 12, 24) and _NOON.search(en) else None


def _final_round(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    rounds = s.text.endswith("라운드") or ko.startswith("라운드", s.end)
    final = rounds and "최종" in ko[max(0, s.start - 4) : s.start]
    return () if final and _FINAL_ROUND.search(en) else None


# A round's number before its score (1라운드 68타, 2라운드 65타) listed as 'rounds of 68 and 65'.
_ROUND_SCORE_KO = re.compile(r"\s?\d{2,3}타")
_ROUNDS_OF = re.compile(r"\brounds of \d")


def _rounds_of(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    listed = s.kind == "ordinal" and s.text.endswith("라운드") and _ROUND_SCORE_KO.match(ko, s.end)
    return () if listed and _ROUNDS_OF.search(en) else None


# A whole share: 100% 감면 'exempt in full', 100% 출자 'wholly owned'.
_WHOLE = re.compile(r"\b(?:in full|fully|full|entirely|completely|wholly|all of|total)\b", re.I)


def _whole(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    hundred = s.kind == "percent" and s.value == 100 and not any(_close(t.value, 100) for t in tgt)
    return () if hundred and _WHOLE.search(en) else None


def _relay(ko: str, en: str, s: NumExpr, tgt: Sequence[NumExpr]) -> Sequence[NumExpr] | None:
    if not _RELAY.match(ko, s.end):
        return None
    legs = next((m.span() for m in _LEGS.finditer(en) if 4 * float(m.group(1)) == s.value), None)
    return None if legs is None else [t for t in tgt if legs[0] <= t.start < legs[1]]


IDIOMS: tuple[Idiom, ...] = (
    _batting,  # 4번 타자 'cleanup hitter'
    _second_half,  # 후반 12분 'the 57th minute'
    _runner_up,  # 2위 'runner-up'
    _all_day,  # 24시간 'around the clock'
    _degree,  # 2차 피해 'secondary damage'
    _noon,  # 낮 12시 'noon', 자정 'midnight'
    _final_round,  # 최종 4라운드 'the final round'
    _relay,  # 계영 800m '4x200m freestyle relay'
    _rounds_of,  # 1라운드 68타, 2라운드 65타 'rounds of 68 and 65'
    _whole,  # 100% 감면 'exempt in full'
)


def idioms(
    ko: str, en: str, src: Sequence[NumExpr], tgt: Sequence[NumExpr]
) -> tuple[set[int], set[int]]:
    """Korean values the English renders by an idiom, and the English numbers those use (ids)."""
    skip: set[int] = set()
    taken: set[int] = set()
    for s in src:
        for idiom in IDIOMS:
            used = idiom(ko, en, s, tgt)
            if used is not None:
                skip.add(id(s))
                taken.update(id(t) for t in used)
                break
    for s1, s2 in zip(src, src[1:], strict=False):  # 6대 4 비율 as 'a ratio of 60 to 40'
        if not (_RATIO_BETWEEN.fullmatch(ko, s1.end, s2.start) and _RATIO_AFTER.match(ko, s2.end)):
            continue
        for t1, t2 in zip(tgt, tgt[1:], strict=False):
            if (
                _RATIO_JOIN.fullmatch(en, t1.end, t2.start)
                and t2.value
                and s2.value
                and _close(t1.value / t2.value, s1.value / s2.value)
            ):
                skip.update((id(s1), id(s2)))
                taken.update((id(t1), id(t2)))
                break
    for s1, s2 in zip(src, src[1:], strict=False):  # 1분44초21 as '1 minute, 44.21 seconds'
        between = ko[s1.end : s2.start]
        if between.rstrip() == "초" and s1.text.isdigit() and s2.text.isdigit():  # 28초 417
            joined = float(f"{s1.text}.{s2.text}")
            t = next((t for t in tgt if _close(t.value, joined)), None)
            if t is not None:
                skip.update((id(s1), id(s2)))
                taken.add(id(t))
    for m in _RACE_TIME_KO.finditer(ko):  # 2분8초(대) as '2:08': minutes and seconds
        large, small = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = int(large) + int(small) / 60
        t = next((t for t in tgt if t.kind == "time" and _close(t.value, value)), None)
        if t is not None:
            skip.update(id(s) for s in src if m.start() <= s.start < m.end())
            taken.add(id(t))
    for m in _QUARTERS_KO.finditer(ko):  # 1~3분기 'the first three quarters', 'nine months'
        en_m = _QUARTERS_EN[m.group(1)].search(en)
        if en_m is not None:
            skip.update(id(s) for s in src if m.start() <= s.start < m.end())
            taken.update(id(t) for t in tgt if en_m.start() <= t.start < en_m.end())
    for m in _FIRST_MONTHS_KO.finditer(ko):  # 1∼9월 'the first nine months'
        months = int(m.group(1))
        for en_m in _FIRST_MONTHS_EN.finditer(en) if months > 1 else ():
            inside = [t for t in tgt if en_m.start() <= t.start < en_m.end()]  # 'first', 'nine'
            if any(t.value == months for t in inside):
                skip.update(id(s) for s in src if m.start() <= s.start < m.end())
                taken.update(id(t) for t in inside)
    if _HALF_KO.search(ko):  # 하반기, 후반 'the second half'
        for en_m in _HALF_EN.finditer(en):
            taken.update(id(t) for t in tgt if en_m.start() <= t.start < en_m.end())
    for m in _THIRD_PLACE_KO.finditer(ko):  # 3-4위 결정전 'the third-place playoff', 'bronze'
        if _THIRD_PLACE_EN.search(en):
            skip.update(id(s) for s in src if m.start() <= s.start < m.end())
    for date, name in _HOLIDAYS:
        for m in date.finditer(ko):
            if name.search(en):
                skip.update(id(s) for s in src if m.start() <= s.start < m.end())
    if _SCORELESS_EN.search(en):  # 0-0으로 맞선 'broke a scoreless tie'
        for m in _SCORELESS_KO.finditer(ko):
            skip.update(id(s) for s in src if m.start() <= s.start < m.end())
    return skip, taken


# A tie at nil: 0-0, 0대0, 0:0 (not 10-0 nor 0-0.5), and the English words for it.
_SCORELESS_KO = re.compile(r"(?<![\d.])0\s?(?:-|대|:)\s?0(?![\d.])")
_SCORELESS_EN = re.compile(r"\b(?:scoreless|goalless|nil-nil|nil-all)\b", re.IGNORECASE)
