"""Vague amounts: 수천 명 'thousands of people', 수백억 원 'tens of billions of won'.

They carry no digits, so the number rules saw nothing, yet machine translation writes 수천 as
"hundreds" or 수백억 as "hundreds of billions". Each is read as the power of ten it counts in:
수천 = 3 (thousands), 수백억 = 10 (tens of billions), "dozens" = 1. :func:`contradictions`
pairs a Korean vague amount with an English one of another power where the English has none of
the Korean's power (and the Korean none of the English's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KO_BASE = {"": 0, "십": 1, "백": 2, "천": 3}
_KO_UNIT = {"": 0, "만": 4, "억": 8, "조": 12}
# 수십, 수백만, 수천억, 수조: 수 + an optional 십/백/천 + an optional 만/억/조 (one at least).
_KOREAN = re.compile(r"(?<![가-힣])수\s?(?P<b>십|백|천)?(?P<u>만|억|조)?(?=\s|[가-힣]|$)")
_EN_BASE = {"tens": 1, "dozens": 1, "hundreds": 2, "thousands": 3}
_EN_UNIT = {"thousands": 3, "millions": 6, "billions": 9, "trillions": 12}
_ENGLISH = re.compile(
    r"\b(?:(?P<b>tens|dozens|hundreds)\s+of\s+)?(?P<u>dozens|tens|hundreds|thousands|"
    r"millions|billions|trillions)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Vague:
    """A vague amount: its span, text and the power of ten it counts in."""

    start: int
    end: int
    text: str
    power: int


def korean_vague(text: str) -> list[Vague]:
    """Vague amounts in Korean ``text`` (수십, 수백만, 수천억...)."""
    out = []
    for m in _KOREAN.finditer(text):
        base, unit = m.group("b") or "", m.group("u") or ""
        if not base and not unit:
            continue  # 수 alone is 'number', 'water', 'can'...
        if text.startswith(("수준", "수출", "수입", "수요"), m.start()):
            continue
        out.append(Vague(m.start(), m.end(), m.group(), _KO_BASE[base] + _KO_UNIT[unit]))
    return out


def english_vague(text: str) -> list[Vague]:
    """Vague amounts in English ``text`` (dozens, hundreds of thousands, tens of billions)."""
    out = []
    for m in _ENGLISH.finditer(text):
        unit = m.group("u").lower()
        base = (m.group("b") or "").lower()
        if base:
            power = _EN_BASE[base] + _EN_UNIT.get(unit, 0)
        else:
            power = _EN_UNIT.get(unit, _EN_BASE.get(unit, 0))
        out.append(Vague(m.start(), m.end(), m.group(), power))
    return out


def contradictions(ko: str, en: str) -> list[tuple[Vague, Vague]]:
    """(Korean, English) vague amounts of different powers, where the English has no vague
    amount of the Korean's power and the Korean none of the English's."""
    src, tgt = korean_vague(ko), english_vague(en)
    powers_src, powers_tgt = {v.power for v in src}, {v.power for v in tgt}
    out = []
    for s in src:
        if s.power in powers_tgt:
            continue
        other = next((t for t in tgt if t.power not in powers_src), None)
        if other is not None:
            out.append((s, other))
    return out
