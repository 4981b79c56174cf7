"""Compound durations an English translation writes as one number.

Korean writes a duration in two units (징역 1년 6개월, 1시간 30분 동안, 3시간 반); English copy
often gives one number in the smaller unit ('18 months in prison', '90 minutes') or a fraction
of the larger ('a year and a half', 'two and a half hours', '1.5 hours'). Compared part by
part, 6개월 against '18' looked like another number (MT301). :func:`durations` finds such
compounds among the Korean numbers, and :func:`rendered_by` the English numbers that write one
whole.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mtqa.text.ko_numbers import NumExpr

# Larger unit -> (smaller unit, how many of it make one larger unit).
_NEXT = {"년": ("개월", 12), "시간": ("분", 60), "분": ("초", 60)}
# Smaller unit -> how many of it make one larger unit (90분 'an hour and a half').
_PER_LARGER = {small: per for small, per in _NEXT.values()}
_UNIT = re.compile(r"\s?(년|개월|시간|분(?![기의])|초)")
_HALF = re.compile(r"\s?반(?![가-힣])")  # 3시간 반, 1년 반: and a half


@dataclass(frozen=True)
class Duration:
    """One compound duration of the Korean: its parts and its value in both units."""

    parts: tuple[NumExpr, ...]
    large: float  # in the larger unit: 1년 6개월 -> 1.5 (years)
    small: float  # in the smaller unit: 1년 6개월 -> 18 (months)


def _unit(ko: str, n: NumExpr) -> tuple[str, int] | None:
    """The duration unit right after ``n`` (inside its text or after it) and where it ends."""
    digits = re.match(r"[\d,.]+", n.text)
    if digits is None or n.kind not in ("cardinal", "year"):
        return None
    m = _UNIT.match(ko, n.start + digits.end())
    return (m.group(1), m.end()) if m else None


def durations(ko: str, numbers: Sequence[NumExpr]) -> list[Duration]:
    """Compound durations among ``numbers`` (the Korean numbers of ``ko``, in order):
    N년 M개월, N시간 M분, N분 M초, and N년 반 / N시간 반; and a duration of half a larger unit
    or more in the smaller one (90분, 18개월), which English may give in the larger."""
    out: list[Duration] = []
    for k, n in enumerate(numbers):
        unit = _unit(ko, n)
        per_larger = _PER_LARGER.get(unit[0]) if unit is not None else None
        in_compound = any(n is p for d in out for p in d.parts)  # 6개월 of 1년 6개월
        if per_larger is not None and n.value * 2 >= per_larger and not in_compound:
            out.append(Duration((n,), n.value / per_larger, n.value))
        if unit is None or unit[0] not in _NEXT:
            continue
        smaller, per = _NEXT[unit[0]]
        nxt = numbers[k + 1] if k + 1 < len(numbers) else None
        after = _unit(ko, nxt) if nxt is not None else None
        if nxt is not None and after and after[0] == smaller and ko[unit[1] : nxt.start].isspace():
            out.append(Duration((n, nxt), n.value + nxt.value / per, n.value * per + nxt.value))
        elif _HALF.match(ko, unit[1]):
            out.append(Duration((n,), n.value + 0.5, (n.value + 0.5) * per))
    return out


def rendered_by(d: Duration, english: Sequence[NumExpr]) -> list[NumExpr]:
    """The English numbers that write ``d`` whole ('18', '1.5', or 'two' + 'half' for 2.5;
    'half' alone in 'a year and a half'), or none."""
    for t in english:
        if not t.implicit and any(math.isclose(t.value, v) for v in (d.small, d.large)):
            return [t]
    whole, fraction = divmod(d.large, 1)
    halves = [t for t in english if t.implicit and math.isclose(t.value, 0.5)]
    if not halves or not math.isclose(fraction, 0.5):
        return []
    if whole <= 1:
        return halves[:1]  # 'an hour and a half', 'half an hour'
    wholes = [t for t in english if math.isclose(t.value, whole) and t.end <= halves[0].start]
    return [wholes[-1], halves[0]] if wholes else []


_UNIT_WORDS = {"년": r"years?", "시간": r"hours?", "분": r"minutes?"}


def leading_one_dropped(d: Duration, ko: str, english: str) -> bool:
    """Whether ``d`` starts with one of its larger unit (1시간 30분, 1년 6개월) and ``english``
    has no word for that unit ('30 minutes'): the one is gone, though a lone 1 needs no number
    in English ('an hour and 30 minutes')."""
    first = d.parts[0]
    unit = _unit(ko, first)
    if len(d.parts) < 2 or first.value != 1 or unit is None or unit[0] not in _UNIT_WORDS:
        return False
    second = d.parts[1].text.strip()
    if re.search(rf"(?<![\d.:])1:0?{re.escape(second)}(?![\d])", english):
        return False  # 1분 29초 083 as '1:29.083': a race time, the one before the colon
    return re.search(rf"\b{_UNIT_WORDS[unit[0]]}\b", english, re.IGNORECASE) is None


def duration_text(d: Duration, ko: str) -> str:
    """The Korean of ``d`` with its last unit (1시간 30분, 3시간 반)."""
    last = d.parts[-1]
    unit = _unit(ko, last)
    end = unit[1] if unit is not None else last.end
    half = _HALF.match(ko, end)
    return ko[d.parts[0].start : half.end() if half else end]
