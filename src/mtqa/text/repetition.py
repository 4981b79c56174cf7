"""Degenerate repetition loops, the way neural MT fails: "viral viral viral ...",
"they're fighting, they're fighting, they're fighting, ...", "korkorkorkor".

A loop is a word sequence (1-8 words) repeated back to back at least ``min_repeats`` times and
covering at least ``min_words`` words, or a chunk of 2-10 letters (not one letter doubled)
repeated inside one word at least ``min_chunk_repeats`` times. Ordinary repetition ("step by
step", "very, very", lists) stays below those limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_CHUNK = re.compile(r"([^\W\d_]{2,10}?)\1{%d,}", re.UNICODE)

MAX_PERIOD = 8


@dataclass(frozen=True)
class Loop:
    """A repetition loop: its span in the text, the repeated unit and how often it repeats."""

    start: int
    end: int
    unit: str
    repeats: int
    words: int  # words the loop covers (for a loop inside one word: 1)


def _word_loops(text: str, min_repeats: int, min_words: int) -> list[Loop]:
    toks = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    forms = [t[2] for t in toks]
    n = len(forms)
    found: list[Loop] = []
    covered = [False] * n
    for period in range(1, MAX_PERIOD + 1):
        i = 0
        while i + period < n:
            j = i
            while j + period < n and forms[j] == forms[j + period]:
                j += 1
            run = j - i  # positions matching their twin one period later
            repeats = run // period + 1
            if repeats >= min_repeats and repeats * period >= min_words:
                a, b = i, i + repeats * period - 1
                if not any(covered[a : b + 1]):
                    unit = text[toks[a][0] : toks[a + period - 1][1]]
                    found.append(Loop(toks[a][0], toks[b][1], unit, repeats, repeats * period))
                    for k in range(a, b + 1):
                        covered[k] = True
                i = j + 1
            else:
                i += 1
    return found


def find_loops(
    text: str, min_repeats: int = 4, min_words: int = 6, min_chunk_repeats: int = 5
) -> list[Loop]:
    """Repetition loops in ``text``, in order of position."""
    loops = _word_loops(text, min_repeats, min_words)
    chunk = re.compile(_CHUNK.pattern % (min_chunk_repeats - 1), re.UNICODE | re.IGNORECASE)
    for m in chunk.finditer(text):
        unit = m.group(1)
        if len(set(unit.lower())) == 1 or any(lp.start <= m.start() < lp.end for lp in loops):
            continue  # "NOOOOOO" is emphasis, not a loop
        loops.append(Loop(m.start(), m.end(), unit, len(m.group()) // len(unit), 1))
    return sorted(loops, key=lambda lp: lp.start)


def loop_share(text: str) -> float:
    """Share of the text's words inside repetition loops (0: none; near 1: all loop)."""
    n = len(_WORD.findall(text))
    if not n:
        return 0.0
    return min(1.0, sum(lp.words for lp in find_loops(text)) / n)
