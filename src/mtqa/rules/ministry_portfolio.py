"""Ministries no list holds, checked by their portfolio (MT711).

Korean news names foreign ministries by their portfolio nouns and 부 (or 성 for Japan's):
베트남 산업무역부 (Industry and Trade), 계획투자부 (Planning and Investment), 중국 공안부, 일본
후생노동성. A ministry whose every word is a portfolio noun (:mod:`mtqa.lexicon.ministries`) is
checked where the bundled organization list has no entry for it: when the English leaves out a
portfolio of the Korean and names a ministry by another portfolio the Korean sentence does not
mention ('deputy minister of planning and investment' for 산업무역부 차관), the ministry was
swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from mtqa.lexicon.ministries import PORTFOLIOS, SEONG, split_portfolio
from mtqa.rules.base import Hit

SWAP_CONFIDENCE = 0.65
_MENTION = re.compile(
    r"(?<![가-힣])([가-힣]{2,12}?)(부|성)"
    r"(?=장관|차관|장|대변인|[^가-힣]|$|은|는|이|가|을|를|의|와|과|에|도|측|로)"
)
_OFFICE = r"(?:ministry|minister|ministers|department|secretary|ministries)"
_AFTER = re.compile(rf"\b{_OFFICE}\s+(?:of|for)\s+((?:[\w-]+(?:,\s*|\s+)){{0,6}}[\w-]+)", re.I)
_BEFORE = re.compile(rf"((?:[\w-]+(?:,\s*|\s+)){{1,5}}){_OFFICE}\b", re.I)


def _nouns_of(word: str) -> set[str]:
    low = word.lower()
    return {k for k, stems in PORTFOLIOS.items() if any(low.startswith(s) for s in stems)}


def _phrases(target: str) -> list[tuple[int, int, set[str]]]:
    """Spans of the English words naming a ministry's portfolio ('minister of planning and
    investment', 'Industry and Trade Ministry'), each with the Korean portfolio nouns they
    render."""
    found = [
        _run(target, m, ("and", "the", "for"), backward=False) for m in _AFTER.finditer(target)
    ]
    found += [_run(target, m, ("and",), backward=True) for m in _BEFORE.finditer(target)]
    return [f for f in found if f is not None]


def _run(
    target: str, m: re.Match[str], skip: tuple[str, ...], backward: bool
) -> tuple[int, int, set[str]] | None:
    """The portfolio words of ``m``'s first group that stand next to the office word (read
    from the end where the office follows them), ``skip`` words passed over; None for none."""
    words = list(re.finditer(r"[\w-]+", m.group(1)))
    kept: list[tuple[re.Match[str], set[str]]] = []
    for w in reversed(words) if backward else words:
        if w.group().lower() in skip:
            continue
        nouns = _nouns_of(w.group())
        if not nouns:
            break
        kept.append((w, nouns))
    if not kept:
        return None
    first, last = min(w.start() for w, _ in kept), max(w.end() for w, _ in kept)
    return m.start(1) + first, m.start(1) + last, set().union(*(n for _, n in kept))


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
        if all(_rendered(n, low) for n in nouns):
            continue
        if phrases is None:
            phrases = _phrases(target)
        swapped = _other_portfolio(source, phrases, nouns)
        if swapped is not None:
            yield Hit(
                f"ministry {stem}{kind} appears as '{target[swapped[0] : swapped[1]]}', the "
                "portfolio of another ministry",
                source=(a, b),
                target=swapped,
                confidence=SWAP_CONFIDENCE,
            )


# What an official is in charge of, before the title (에너지담당 국무장관, 통상 담당 부총리).
_REMIT = re.compile(r"(?<![가-힣])([가-힣]{2,8}?)\s?담당(?=\s?[가-힣])")


def remit_swaps(source: str, target: str) -> Iterator[Hit]:
    """MT601 hits for a title's remit of portfolio nouns (에너지담당 국무장관) that the English
    leaves out, naming another portfolio in its place ('Minister of State for Environment
    Affairs')."""
    low = target.lower()
    for m in _REMIT.finditer(source):
        nouns = split_portfolio(m.group(1))
        if not nouns or all(_rendered(n, low) for n in nouns):
            continue
        swapped = _other_portfolio(source, _phrases(target), nouns)
        if swapped is not None:
            yield Hit(
                f"remit {m.group()} of a title appears as "
                f"'{target[swapped[0] : swapped[1]]}', another portfolio",
                source=m.span(),
                target=swapped,
                confidence=SWAP_CONFIDENCE,
            )


def _rendered(noun: str, low: str) -> bool:
    """A word of the lower-cased English starts as a rendering of the portfolio ``noun`` does
    ('energy', not the end of 'QatarEnergy')."""
    return any(re.search(rf"\b{re.escape(s)}", low) for s in PORTFOLIOS[noun])


def _other_portfolio(
    source: str, phrases: Sequence[tuple[int, int, set[str]]], nouns: Sequence[str]
) -> tuple[int, int] | None:
    """The first English phrase that names a portfolio the Korean ``source`` does not mention
    and none of ``nouns``."""
    for pa, pb, got in phrases:
        extra = {g for g in got if g not in source and not _same_rendering(g, nouns)}
        if extra and not got & set(nouns):
            return pa, pb
    return None


def _same_rendering(noun: str, nouns: Sequence[str]) -> bool:
    """``noun`` shares an English rendering with one of ``nouns`` (통상 and 무역: trade)."""
    return any(set(PORTFOLIOS[noun]) & set(PORTFOLIOS[n]) for n in nouns)
