"""Ministries no list holds, checked by their portfolio (MT711).

Korean news names foreign ministries by their portfolio nouns and 부 (or 성 for Japan's):
베트남 산업무역부 (Industry and Trade), 계획투자부 (Planning and Investment), 중국 공안부, 일본
후생노동성. A ministry whose every word is a portfolio noun of the table below is checked
where the bundled organization list has no entry for it: when the English leaves out a
portfolio of the Korean and names a ministry by another portfolio the Korean sentence does not
mention ('deputy minister of planning and investment' for 산업무역부 차관), the ministry was
swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from mtqa.rules.base import Hit

# Korean portfolio nouns and the beginnings of the English words that render them.
PORTFOLIOS: dict[str, tuple[str, ...]] = {
    "산업": ("industr",), "공업": ("industr",), "무역": ("trade", "commerce"),
    "통상": ("trade", "commerce"), "상무": ("commerce", "trade"), "투자": ("invest",),
    "기획": ("plan",), "계획": ("plan",), "외교": ("foreign", "diploma", "external"),
    "외무": ("foreign", "external"), "국방": ("defen", "pentagon"), "방위": ("defen",),
    "재무": ("financ", "treasur"), "재정": ("financ", "fiscal"), "금융": ("financ",),
    "보건": ("health",), "후생": ("health", "welfare"), "복지": ("welfare",),
    "교육": ("educat",), "문부": ("educat",), "환경": ("environment",), "생태": ("ecolog",),
    "농업": ("agricultur", "farm"), "농림": ("agricultur", "forest"), "농무": ("agricultur",),
    "수산": ("fisher",), "해양": ("ocean", "marine", "maritime"), "에너지": ("energy",),
    "노동": ("labo", "employ"), "문화": ("cultur",), "관광": ("touris",), "체육": ("sport",),
    "교통": ("transport",), "건설": ("construct", "infrastructur"), "정보": ("informat",),
    "통신": ("communicat", "telecom"), "과학": ("scien",), "기술": ("technolog",),
    "내무": ("interior", "home", "internal"), "총무": ("internal",), "법무": ("justice", "law"),
    "공안": ("public security", "police"), "국토": ("land", "homeland", "territor"),
    "안보": ("security",), "안전": ("security", "safety"), "자원": ("resource",),
    "경제": ("econom",), "개발": ("develop",), "이민": ("immigra",), "혁신": ("innovat",),
    "보훈": ("veteran",), "여성": ("women", "gender"), "가족": ("famil",),
    "통일": ("unificat",), "행정": ("administ",), "국무": ("state",), "상업": ("commerce",),
}  # fmt: skip
# Japanese ministries end in 성, which is also the '-ness' of many words (안전성 'safety'):
# only these portfolios count with it.
SEONG = frozenset({"외무", "방위", "재무", "법무", "총무", "경제산업", "후생노동", "국토교통",
                   "문부과학", "농림수산"})  # fmt: skip
SWAP_CONFIDENCE = 0.65
_MENTION = re.compile(
    r"(?<![가-힣])([가-힣]{2,12}?)(부|성)"
    r"(?=장관|차관|장|대변인|[^가-힣]|$|은|는|이|가|을|를|의|와|과|에|도|측|로)"
)
_OFFICE = r"(?:ministry|minister|ministers|department|secretary|ministries)"
_AFTER = re.compile(rf"\b{_OFFICE}\s+(?:of|for)\s+((?:[\w-]+(?:,\s*|\s+)){{0,6}}[\w-]+)", re.I)
_BEFORE = re.compile(rf"((?:[\w-]+(?:,\s*|\s+)){{1,5}}){_OFFICE}\b", re.I)


def split_portfolio(stem: str) -> tuple[str, ...] | None:
    """``stem`` as a run of portfolio nouns (산업무역 -> 산업, 무역), or None."""
    return _split(stem)


@lru_cache(maxsize=4096)
def _split(stem: str) -> tuple[str, ...] | None:
    if not stem:
        return ()
    for n in range(min(3, len(stem)), 1, -1):
        head = stem[:n]
        if head in PORTFOLIOS:
            rest = _split(stem[n:])
            if rest is not None:
                return (head, *rest)
    return None


def _nouns_of(word: str) -> set[str]:
    low = word.lower()
    return {k for k, stems in PORTFOLIOS.items() if any(low.startswith(s) for s in stems)}


def _phrases(target: str) -> list[tuple[int, int, set[str]]]:
    """Spans of the English words naming a ministry's portfolio ('minister of planning and
    investment', 'Industry and Trade Ministry'), each with the Korean portfolio nouns they
    render."""
    out = []
    for m in _AFTER.finditer(target):
        words = list(re.finditer(r"[\w-]+", m.group(1)))
        kept = []
        for w in words:
            if w.group().lower() in ("and", "the"):
                continue
            if not _nouns_of(w.group()):
                break
            kept.append(w)
        if kept:
            a, b = m.start(1) + kept[0].start(), m.start(1) + kept[-1].end()
            out.append((a, b, set().union(*(_nouns_of(w.group()) for w in kept))))
    for m in _BEFORE.finditer(target):
        words = list(re.finditer(r"[\w-]+", m.group(1)))
        kept = []
        for w in reversed(words):
            if w.group().lower() in ("and",):
                continue
            if not _nouns_of(w.group()):
                break
            kept.append(w)
        if kept:
            a, b = m.start(1) + kept[-1].start(), m.start(1) + kept[0].end()
            out.append((a, b, set().union(*(_nouns_of(w.group()) for w in kept))))
    return out


def portfolio_swaps(source: str, target: str, listed: Sequence[tuple[int, int]]) -> Iterator[Hit]:
    """MT711 hits for ministries of ``source`` outside the ``listed`` organization spans whose
    portfolio the English ``target`` leaves out, naming another ministry's instead."""
    phrases: list[tuple[int, int, set[str]]] | None = None
    low = target.lower()
    for m in _MENTION.finditer(source):
        a, b = m.start(), m.end(2)
        if any(x < b and a < y for x, y in listed):
            continue
        stem, kind = m.group(1), m.group(2)
        nouns = split_portfolio(stem)
        if not nouns or (kind == "성" and stem not in SEONG):
            continue
        missing = [n for n in nouns if not any(s in low for s in PORTFOLIOS[n])]
        if not missing:
            continue
        if phrases is None:
            phrases = _phrases(target)
        for pa, pb, got in phrases:
            extra = {g for g in got if g not in source and not _same_rendering(g, nouns)}
            if extra and not got & set(nouns):
                yield Hit(
                    f"ministry {stem}{kind} appears as '{target[pa:pb]}', the portfolio of "
                    "another ministry",
                    source=(a, b),
                    target=(pa, pb),
                    confidence=SWAP_CONFIDENCE,
                )
                break


def _same_rendering(noun: str, nouns: Sequence[str]) -> bool:
    """``noun`` shares an English rendering with one of ``nouns`` (통상 and 무역: trade)."""
    return any(set(PORTFOLIOS[noun]) & set(PORTFOLIOS[n]) for n in nouns)
