"""Japanese family names in Hangul and their Hepburn spellings (japanese_surnames.tsv).

Korean news writes a Japanese name family name first (다카하시 하루나). Machine translation
misspells the family name ('Takahishi') or mishears it; the table gives the spelling to compare
with, long vowels written out or not (Sato, Satoh, Satō).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from mtqa.lexicon.romanize import letters


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("mtqa.data").joinpath("japanese_surnames.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0]: frozenset(f.strip() for f in r[1].split("|") if f.strip()) for r in rows[1:]}


_LONG = ((r"ou|oo|oh(?![aeiou])", "o"), (r"uu", "u"))


def fold_romaji(word: str) -> str:
    """Lower case, macrons and written-out long vowels folded: 'Satō', 'Satoh' -> 'sato'."""
    out = letters(word)
    for pattern, repl in _LONG:
        out = re.sub(pattern, repl, out)
    return out


def surname_spellings(hangul: str) -> frozenset[str]:
    """The Hepburn spellings of a Japanese family name written in Hangul; empty if unlisted."""
    return _table().get(hangul, frozenset())


NEAR = 75  # rapidfuzz ratio of a misspelling to the listed spelling


def misspelled_surname(hangul: str, written: str) -> str | None:
    """The listed spelling where ``written`` is close to it but none of its spellings
    ('Takahishi' for 다카하시 -> 'Takahashi'); None otherwise."""
    forms = surname_spellings(hangul)
    word = fold_romaji(written)
    if not forms or not word or word in {fold_romaji(f) for f in forms}:
        return None
    best = max(forms, key=lambda f: fuzz.ratio(word, f))
    if sorted(word) == sorted(fold_romaji(best)):
        return best.capitalize()  # the same letters reordered: 'Takana' for Tanaka
    return best.capitalize() if fuzz.ratio(word, best) >= NEAR else None
