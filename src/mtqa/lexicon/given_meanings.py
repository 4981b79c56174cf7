"""Korean given names that are ordinary words, and their English meanings (given_meanings.tsv):
하늘 'sky', 가람 'river', 다솜 'love'; and the meanings of the hanja behind common given-name
syllables (syllable_meanings.tsv: 서 'west', 하 'summer')."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _meanings_table(name: str) -> dict[str, frozenset[str]]:
    """Korean form -> English words (lower case) of a data file of two columns, the second
    |-separated, after comment lines and a header."""
    text = resources.files("mtqa.data").joinpath(name).read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and ln[0] != "#"]
    return {r[0]: frozenset(w.strip().lower() for w in r[1].split("|")) for r in rows[1:]}


@lru_cache(maxsize=1)
def given_meanings() -> dict[str, frozenset[str]]:
    """Korean given names that are words, and their English meanings (given_meanings.tsv)."""
    return _meanings_table("given_meanings.tsv")


@lru_cache(maxsize=1)
def _syllable_meanings() -> dict[str, frozenset[str]]:
    return _meanings_table("syllable_meanings.tsv")


# Vowel indices (of the 21 Hangul medials) before which an initial ㄹ or ㄴ falls to ㅇ at a
# word's start: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ.
_I_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
_N, _R, _NG = 2, 5, 11  # initial indices of ㄴ, ㄹ, ㅇ


def _word_initial(syllable: str) -> str:
    """The syllable as the initial-sound law writes it at a word's start (룡 -> 용, 로 -> 노,
    녀 -> 여): the form the meanings table lists its hanja under."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return syllable
    initial, medial, final = code // 588, (code % 588) // 28, code % 28
    if initial == _R:
        initial = _NG if medial in _I_VOWELS else _N
    elif initial == _N and medial in _I_VOWELS:
        initial = _NG
    else:
        return syllable
    return chr(0xAC00 + initial * 588 + medial * 28 + final)


def syllable_meanings(syllable: str) -> frozenset[str]:
    """The English meanings of a given-name syllable's common hanja, also where it keeps the ㄹ
    or ㄴ the table's word-initial form drops (해룡's 룡 is 용 'dragon')."""
    table = _syllable_meanings()
    return table.get(syllable) or table.get(_word_initial(syllable), frozenset())


def read_by_syllables(given: str, words: str) -> bool:
    """``words`` render the given name ``given`` syllable by syllable as hanja meanings, one
    word each, in order: 'West Summer' for 서하, 'Silver Pearl' for 은주."""
    parts = words.lower().split()
    return (
        len(given) >= 2
        and len(parts) == len(given)
        and all(w in syllable_meanings(s) for s, w in zip(given, parts, strict=True))
    )


def read_in_part(given: str, word: str) -> bool:
    """The hyphenated ``word`` renders a two-syllable given name with one syllable as a hanja
    meaning and the other romanized: 'Silver-jae' for 은재."""
    from mtqa.lexicon.romanize import syllable_spellings

    parts = word.lower().split("-")
    if len(given) != 2 or len(parts) != 2:
        return False
    # per syllable: (its part is a meaning of it, its part romanizes it)
    marks = [
        (p in syllable_meanings(s), p in syllable_spellings(s))
        for s, p in zip(given, parts, strict=True)
    ]
    return any(meant and not spelled for meant, spelled in marks) and all(
        meant or spelled for meant, spelled in marks
    )
