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

from mtqa.lexicon.romanize import is_hangul_syllable, jamo, letters


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


@lru_cache(maxsize=1)
def _by_spelling() -> dict[str, frozenset[str]]:
    """Folded spelling -> the Hangul forms of the family names spelled so."""
    out: dict[str, set[str]] = {}
    for hangul, spellings in _table().items():
        for spelling in spellings:
            out.setdefault(fold_romaji(spelling), set()).add(hangul)
    return {k: frozenset(v) for k, v in out.items()}


def other_surname(hangul: str, written: str) -> str | None:
    """The listed spelling of ``hangul`` where ``written`` spells another listed family name
    and none of this one's ('Takahata' for 다카하시 -> 'Takahashi'); None otherwise."""
    forms = surname_spellings(hangul)
    word = fold_romaji(written)
    others = _by_spelling().get(word, frozenset())
    if not forms or not others or hangul in others:
        return None
    return max(forms, key=lambda f: fuzz.ratio(word, f)).capitalize()


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


# A word Hepburn could spell: syllables of a consonant (or none) and a vowel, and n.
_ROMAJI = re.compile(r"(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmrjfwy])?[aeiou]|n)+")


def romaji_shaped(word: str) -> bool:
    """``word`` (folded) is a run of Hepburn syllables: Muraoka, Sugumasa; not Sharma, Zaev."""
    return bool(_ROMAJI.fullmatch(word))


def other_reading(hangul: str, written: str) -> str | None:
    """The listed spelling of the family name ``hangul`` where ``written`` is a Hepburn word
    of four letters or more that spells none of its spellings, nor comes close to one
    ('Nishimoto' for 니시무라 -> 'Nishimura': another name); None otherwise."""
    forms = surname_spellings(hangul)
    word = fold_romaji(written)
    if not forms or len(word) < 4 or not romaji_shaped(word):
        return None
    if word in {fold_romaji(f) for f in forms}:
        return None
    return max(forms, key=lambda f: fuzz.ratio(word, f)).capitalize()


# --- given names: the Hepburn spellings a Hangul transcription can stand for ------------------
#
# The National Institute of Korean Language's table for Japanese writes kana by rules that run
# backwards with few ambiguities: a voiceless k, t, ch starts a word with the plain consonant
# (가, 다, 지) and is aspirated inside one (카, 타, 치), where the plain one is voiced (ga, da,
# ji); ㅅ as a final doubles the next consonant (핫토리 Hattori), ㄴ is n, 쓰 is tsu, 후 fu.
# Long vowels are not written (도쿄 Tōkyō), so they are folded out of the English (fold_romaji).
_INITIAL = {
    0: ("k", "g"), 15: ("k",), 3: ("t", "d"), 16: ("t",), 7: ("b",), 17: ("p",),
    12: ("ch", "j", "z"), 14: ("ch",), 9: ("s", "sh"), 10: ("ts",), 18: ("h", "f"),
    2: ("n",), 6: ("m",), 5: ("r",), 11: ("",),
}  # fmt: skip
_MEDIAL_INITIAL = {0: ("g",), 3: ("d",), 12: ("j", "z")}  # plain consonants inside a word
_VOWEL = {0: "a", 20: "i", 13: "u", 18: "u", 5: "e", 8: "o", 2: "ya", 17: "yu", 12: "yo", 9: "wa"}
_SPELLED = {  # consonant + vowel spelt otherwise in Hepburn
    "si": "shi", "syu": "shu", "syo": "sho", "sya": "sha", "ti": "chi", "di": "ji",
    "hu": "fu", "tsa": "tsu", "chya": "cha", "chyu": "chu", "chyo": "cho", "jya": "ja",
    "jyu": "ju", "jyo": "jo", "zi": "ji", "zyu": "ju", "zyo": "jo", "zya": "ja",
}  # fmt: skip


def _syllable_readings(ch: str, first: bool) -> list[str] | None:
    if not is_hangul_syllable(ch):
        return None
    i, m, f = jamo(ch)
    starts = _INITIAL.get(i) if first else _MEDIAL_INITIAL.get(i, _INITIAL.get(i))
    vowel = _VOWEL.get(m)
    if starts is None or vowel is None:
        return None
    out = []
    for c in starts:
        s = c + vowel
        if c and vowel.startswith("y") and c in ("ch", "j", "sh"):
            s = c + vowel[1:]  # 쇼 sho, 조 jo, 추 chu
        out.append(_SPELLED.get(s, s))
    ending = {0: "", 4: "n", 19: "-"}.get(f)  # none, ㄴ, ㅅ (the next consonant doubled)
    if ending is None:
        return None
    return [s + ending for s in out]


@lru_cache(maxsize=4096)
def given_readings(hangul: str) -> frozenset[str]:
    """The Hepburn spellings (folded) a Japanese given name in Hangul can stand for: 유타 ->
    {yuta}, 다쓰야 -> {tatsuya, datsuya}, 겐지 -> {kenji, genji, kenchi, ...}; empty where a
    syllable is none the table writes."""
    readings = [""]
    for k, ch in enumerate(hangul):
        options = _syllable_readings(ch, k == 0)
        if options is None or len(readings) * len(options) > 512:
            return frozenset()
        readings = [r + o for r in readings for o in options]
    out = set()
    for r in readings:
        # ㅅ final: the next consonant doubled (핫토리 hattori, 깃초 kitcho)
        r = re.sub(r"-(ch)", r"t\1", r)
        r = re.sub(r"-([a-z])", r"\1\1", r)
        if "-" not in r:
            out.add(fold_romaji(r))
    return frozenset(out)


def given_spelled(hangul: str, written: str) -> bool | None:
    """Whether ``written`` spells the Japanese given name ``hangul`` (long vowels, macrons and
    n/m before b, p, m aside); None where the Hangul is none the table writes."""
    readings = given_readings(hangul)
    if not readings:
        return None
    word = fold_romaji(written)
    return word in readings or re.sub(r"m(?=[bpm])", "n", word) in readings
