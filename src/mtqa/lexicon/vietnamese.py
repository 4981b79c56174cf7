"""Vietnamese names written in Hangul and their Vietnamese spellings (vietnamese_names.tsv).

Korean news writes Vietnamese names by the loanword orthography (응우옌 반 투언 for Nguyen Van
Tuan). Machine translation sometimes romanizes those Hangul syllables as Korean instead ('Ban'
for 반, Van; 'Seon' for 선, Son): the table tells the Vietnamese spelling of each syllable.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from mtqa.lexicon.romanize import letters, romanize


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[frozenset[str], bool]]:
    """Hangul syllable -> (Vietnamese spellings, whether it is a family name)."""
    text = resources.files("mtqa.data").joinpath("vietnamese_names.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {
        r[0]: (frozenset(f.strip() for f in r[1].split("|")), r[2].strip() == "surname")
        for r in rows[1:]
    }


def vietnamese_parts(name: str) -> list[str] | None:
    """The words of a Vietnamese name in Hangul (a family name first, every word in the
    table), also where Korean writes it unspaced (팜민찐 -> 팜, 민, 찐); None otherwise."""
    table = _table()
    parts = name.split() if " " in name else _segment(name) if len(name) >= 3 else None
    if parts is None or len(parts) < 2 or not table.get(parts[0], (frozenset(), False))[1]:
        return None
    return parts if all(p in table for p in parts) else None


def _segment(word: str) -> list[str] | None:
    """``word`` cut into table entries, fewest pieces first (응우옌반투언: 응우옌, 반, 투언)."""
    table = _table()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 3), end):
            head = best[start]
            piece = word[start:end]
            if head is not None and piece in table:
                cand = [*head, piece]
                done = best[end]
                if done is None or len(cand) < len(done):
                    best[end] = cand
    return best[len(word)]


def is_vietnamese(name: str) -> bool:
    """``name`` is a Vietnamese name in Hangul (:func:`vietnamese_parts`)."""
    return vietnamese_parts(name) is not None


def vietnamese_spellings(hangul: str) -> frozenset[str]:
    """The Vietnamese spellings (folded) of one Hangul word of the table."""
    return _table()[hangul][0]


def spelling(hangul: str) -> str:
    """The Vietnamese spelling of one Hangul word of the table, capitalized (반 -> Van)."""
    return sorted(_table()[hangul][0])[0].capitalize()


def fold_latin(word: str) -> str:
    """Lower case, accents and đ dropped: 'Đức' -> 'duc'."""
    return letters(word.lower().replace("đ", "d"))  # đ has no decomposition to drop


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
