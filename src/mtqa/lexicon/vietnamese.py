"""Vietnamese names written in Hangul and their Vietnamese spellings (vietnamese_names.tsv).

Korean news writes Vietnamese names by the loanword orthography (응우옌 반 투언 for Nguyen Van
Tuan). Machine translation sometimes romanizes those Hangul syllables as Korean instead ('Ban'
for 반, Van; 'Seon' for 선, Son): the table tells the Vietnamese spelling of each syllable.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from mtqa.lexicon.romanize import romanize


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[frozenset[str], bool]]:
    """Hangul syllable -> (Vietnamese spellings, whether it is a family name)."""
    text = resources.files("mtqa.data").joinpath("vietnamese_names.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {
        r[0]: (frozenset(f.strip() for f in r[1].split("|")), r[2].strip() == "surname")
        for r in rows[1:]
    }


def is_vietnamese(name: str) -> bool:
    """``name`` is a Vietnamese name in Hangul: two words or more, a family name first, and
    every word in the table."""
    parts = name.split()
    table = _table()
    return (
        len(parts) >= 2
        and table.get(parts[0], (frozenset(), False))[1]
        and all(p in table for p in parts)
    )


def spelling(hangul: str) -> str:
    """The Vietnamese spelling of one Hangul word of the table, capitalized (반 -> Van)."""
    return sorted(_table()[hangul][0])[0].capitalize()


def fold_latin(word: str) -> str:
    """Lower case, accents and đ dropped: 'Đức' -> 'duc'."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if "a" <= c <= "z")


def romanized_as_korean(hangul: str, written: str) -> bool:
    """``written`` renders the Hangul word ``hangul`` of the table by its Korean romanization
    ('Ban' for 반), which is none of its Vietnamese spellings (Van)."""
    forms, _ = _table()[hangul]
    word = fold_latin(written)
    return word not in forms and word == fold_latin(romanize(hangul))


def written_for(hangul: str, written: str) -> bool:
    """``written`` is a Vietnamese spelling of the Hangul word, or its Korean romanization
    (a misspelling :func:`romanized_as_korean` reports, but the name's place all the same)."""
    word = fold_latin(written)
    return word in _table()[hangul][0] or word == fold_latin(romanize(hangul))
