"""Measures an English translation converts to other units (64 km -> '40 miles').

English copy for American readers converts Korean news's metric measures: 25도 -> '77 degrees'
(Fahrenheit), 5574평방미터 -> '60,000 square feet', 10톤 -> '10,000 kilograms', 65만㎾ -> '650
megawatts'. Without this
the number rules saw another number (MT301) or, where the factor is near a power of ten (square
metres to square feet, 10.76), a slip of a factor of ten (MT302, critical). :func:`unit_reading`
tells whether an English number writes a Korean measure in the same unit, converted to another
one (rounded as news rounds), or in a unit it converts to but with a value that does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from mtqa.text.ko_numbers import NumExpr

# How far a converted value may be from the exact conversion: news rounds (64 km is 39.8 miles,
# written 'about 40 miles'; 25 degrees C is 77 F, written 78 for 'above 25').
TOLERANCE = 0.05

Convert = Callable[[float], float]


def _times(factor: float) -> Convert:
    return lambda v: v * factor


_FEET = r"(?:feet|foot|ft)\b"
_SQ_FEET = r"square[\s-]+(?:feet|foot)\b|sq\.?\s?ft\b"
_SQ_M = r"square[\s-]+met(?:er|re)s?\b|sq\.?\s?m\b"
_SQ_KM = r"square[\s-]+kilomet(?:er|re)s?\b|sq\.?\s?km\b|km2|km²"
_HA = r"(?:hectares?|ha)\b"
_KM = r"(?:kilomet(?:er|re)s?|km)\b"
_M = r"(?:met(?:er|re)s?|m)\b"
_TONS = r"(?:metric\s+)?(?:tonnes?|tons?)\b"
_KG = r"(?:kilograms?|kilos?|kg)\b"
_DEGREES = r"(?:degrees?\s+)?(?:Fahrenheit\b|F\b)|°F|degrees?\b"
# Power and energy, which English copy often writes in a larger unit (65만㎾ '650 megawatts').
_KW, _MW, _GW = (
    rf"(?:{w}watts?|{a}W)\b(?![\s-]*hours?)"
    for w, a in (("kilo", "k"), ("mega", "M"), ("giga", "G"))
)
_KWH, _MWH, _GWH, _TWH = (
    rf"{w}watt[\s-]hours?\b|{a}Wh\b"
    for w, a in (("kilo", "k"), ("mega", "M"), ("giga", "G"), ("tera", "T"))
)
# Korean unit right after the number -> its English name, and the units it may be converted to.
_TABLE: tuple[tuple[str, str, tuple[tuple[str, Convert], ...]], ...] = (
    (r"(?:평방|제곱)킬로미터|㎢|km2|km²", _SQ_KM,
     ((r"square[\s-]+miles?\b", _times(0.386102)), (_HA, _times(100.0)))),
    (r"(?:평방|제곱)미터|㎡|m2(?!\d)|m²", _SQ_M,
     ((_SQ_FEET, _times(10.7639)), (_HA, _times(1e-4)), (_SQ_KM, _times(1e-6)))),
    (r"평(?![가-힣])", r"pyeong\b", ((_SQ_FEET, _times(35.5832)), (_SQ_M, _times(3.30579)))),
    (r"km(?![A-Za-z])|㎞|킬로미터", _KM + r"|kph\b|km/h",
     ((r"miles?\b|mph\b", _times(0.621371)), (_M, _times(1e3)))),
    (r"마일", r"miles?\b", ((_KM, _times(1.60934)),)),
    (r"야드", r"yards?\b", ((_M, _times(0.9144)),)),
    (r"피트", _FEET, ((_M, _times(0.3048)),)),
    (r"인치", r"inch(?:es)?\b", ((r"(?:centimet(?:er|re)s?|cm)\b", _times(2.54)),)),
    (r"에이커", r"acres?\b", ((_HA, _times(0.404686)), (_SQ_M, _times(4046.86)))),
    (r"cm(?![A-Za-z])|㎝|센티미터|센티", r"(?:centimet(?:er|re)s?|cm)\b",
     ((r"inch(?:es)?\b", _times(0.393701)), (_M, _times(0.01)))),
    (r"m(?![A-Za-z0-9])|미터", _M,
     ((_FEET, _times(3.28084)), (r"yards?\b", _times(1.09361)), (_KM, _times(1e-3)))),
    (r"kg(?![A-Za-z])|㎏|킬로그램|킬로", _KG,
     ((r"(?:pounds?|lbs?)\b", _times(2.20462)), (_TONS, _times(1e-3)))),
    (r"톤|t(?![A-Za-z])", _TONS + r"|t\b",
     ((r"(?:pounds?|lbs?)\b", _times(2204.62)), (_KG, _times(1000.0)))),
    (r"헥타르|ha(?![A-Za-z])", _HA,
     ((r"acres?\b", _times(2.47105)), (_SQ_M, _times(1e4)), (_SQ_KM, _times(0.01)))),
    (r"리터|ℓ", r"(?:lit(?:er|re)s?|l)\b", ((r"gallons?\b", _times(0.264172)),)),
    (r"㎾h|kWh|킬로와트시", _KWH,
     ((_MWH, _times(1e-3)), (_GWH, _times(1e-6)), (_TWH, _times(1e-9)))),
    (r"㎾(?!h)|kW(?![A-Za-z])|킬로와트(?!시)", _KW, ((_MW, _times(1e-3)), (_GW, _times(1e-6)))),
    (r"㎿(?!h)|MW(?![A-Za-z])|메가와트(?!시)", _MW, ((_GW, _times(1e-3)), (_KW, _times(1e3)))),
    (r"GW(?![A-Za-z])|기가와트(?!시)", _GW, ((_MW, _times(1e3)),)),
    (r"도(?!시|로|청|민|내|지사)|℃|°C",
     r"(?:degrees?\s+)?(?:Celsius|centigrade|C)\b|°C|degrees?\b(?!\s+(?:Fahrenheit|F)\b)",
     ((_DEGREES, lambda c: c * 9 / 5 + 32),)),
)  # fmt: skip


def _en(pattern: str) -> re.Pattern[str]:
    return re.compile(r"[\s-]*(?:" + pattern + ")", re.I)


_UNITS = [
    (re.compile(r"\s?(?:" + ko + ")"), _en(same), [(_en(en), f) for en, f in targets])
    for ko, same, targets in _TABLE
]
_DIGITS = re.compile(r"[$€£¥]?\d[\d,]*(?:\.\d+)?")
_FAHRENHEIT = re.compile(r"화씨\s?")
_KO_RANGE_REST = re.compile(r"\s?[~∼〜\-–]\s?\d[\d,]*(?:\.\d+)?")
_RANGE_REST = re.compile(r"\s*(?:to|-|–|and)\s*\d[\d,]*(?:\.\d+)?")
# A value in a unit the Korean one converts to counts as another value for the same measure
# ("wrong") only within this factor of the converted value; further off, it is more likely
# another measure of the sentence.
WRONG_FACTOR = 3.0

Reading = Literal["same", "converted", "wrong"]


def _unit_ends(en: str, t: NumExpr) -> set[int]:
    """Where the English unit of ``t`` may start: after it, or inside it ('198 pounds' reads as
    money and carries its unit)."""
    digits = _DIGITS.match(en, t.start)
    ends = {t.end, digits.end() if digits else t.end}
    second = _RANGE_REST.match(en, t.end)  # '111 to 130 mph': the unit after the range
    return ends | {second.end()} if second else ends


def unit_reading(ko: str, s: NumExpr, en: str, t: NumExpr) -> Reading | None:
    """How ``t`` (in ``en``) writes the measure ``s`` (in ``ko``): converted to another unit
    within :data:`TOLERANCE` ("converted"), in the same unit ("same", whatever the value), in a
    unit it converts to but with another value within :data:`WRONG_FACTOR` or the same number
    unconverted ("wrong"); None
    when either has no known unit or the value is further off.
    A bare 'degrees' is both Celsius and Fahrenheit."""
    ends = _unit_ends(en, t)
    if _FAHRENHEIT.search(ko, max(0, s.start - 4), s.start):
        return None  # 화씨 80도: Korean gives Fahrenheit too
    second = _KO_RANGE_REST.match(ko, s.end)  # 22~25도: the unit after the range
    ko_ends = {s.end, second.end()} if second else {s.end}
    for ko_unit, same, targets in _UNITS:
        if not any(ko_unit.match(ko, e) for e in ko_ends):
            continue
        other = [f for en_unit, f in targets if any(en_unit.match(en, e) for e in ends)]
        want = [f(s.value) for f in other]
        if any(w != 0 and abs(t.value - w) <= TOLERANCE * abs(w) for w in want):
            return "converted"
        if any(same.match(en, e) for e in ends):
            return "same"
        plausible = any(w and 1 / WRONG_FACTOR <= t.value / w <= WRONG_FACTOR for w in want)
        kept = bool(other) and abs(t.value - s.value) <= TOLERANCE * abs(s.value)
        return "wrong" if plausible or kept else None  # kept: 1.2t -> '1.2 kilograms'
    return None


def with_unit(text: str, e: NumExpr, korean: bool) -> str:
    """``e``'s text with the unit of measure that follows it, when it is one of the table's."""
    if korean:
        for ko_unit, _same, _targets in _UNITS:
            m = ko_unit.match(text, e.end)
            if m:
                return text[e.start : m.end()]
        return e.text
    ends = _unit_ends(text, e)
    for _ko, same, targets in _UNITS:
        for pattern in (same, *(u for u, _ in targets)):
            for end in ends:
                m = pattern.match(text, end)
                if m:
                    return text[e.start : max(m.end(), e.end)]
    return e.text
