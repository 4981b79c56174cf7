"""Romanization of Korean personal names and flexible matching of their English spellings.

Names are romanized syllable by syllable with the Revised Romanization of Korean (2000), without
the sound changes that RR applies across syllables in ordinary words (RR itself leaves given names
unassimilated: 김복남 -> Kim Boknam, not Bongnam). PyPI romanizers (korean-romanizer,
hangul-romanize)
apply those sound changes and lose syllable boundaries, so the jamo tables are used directly.

English spellings of a Korean name vary (Moon Jae-in, Mun Jae In, Park Geun-hye, Pak Kun-hye);
rather than enumerating them, :func:`name_key` folds a spelling to a loose phonetic key in which
the usual styles (RR, McCune-Reischauer-like, popular spellings) coincide. The key also lets
one spelling stand for several syllables (Mok and Muk: 목, 묵), so :func:`spells_given_name`
checks a given name syllable by syllable against the spellings real names use for each jamo.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

_INITIALS = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_BASE = 0xAC00


def is_hangul_syllable(ch: str) -> bool:
    return 0xAC00 <= ord(ch) <= 0xD7A3


def is_hangul(text: str) -> bool:
    """True when ``text`` is non-empty and made only of Hangul syllables."""
    return bool(text) and all(is_hangul_syllable(c) for c in text)


def jamo(ch: str) -> tuple[int, int, int]:
    """(initial, medial, final) indices of a Hangul syllable."""
    code = ord(ch) - _BASE
    return code // 588, (code % 588) // 28, code % 28


def syllable(initial: int, medial: int, final: int = 0) -> str:
    """The Hangul syllable of (initial, medial, final) indices: the inverse of :func:`jamo`."""
    return chr(_BASE + (initial * 21 + medial) * 28 + final)


def romanize_syllable(ch: str) -> str:
    """RR of one syllable on its own; non-Hangul characters pass through."""
    if not is_hangul_syllable(ch):
        return ch
    i, m, f = jamo(ch)
    return _INITIALS[i] + _MEDIALS[m] + _FINALS[f]


def romanize(text: str, hyphenate: bool = False) -> str:
    """Syllable-wise RR (names style): ``romanize("재인", True) == "jae-in"``."""
    out: list[str] = []
    prev_hangul = False
    for ch in text:
        hangul = is_hangul_syllable(ch)
        if hangul and prev_hangul and hyphenate:
            out.append("-")
        out.append(romanize_syllable(ch))
        prev_hangul = hangul
    return "".join(out)


@dataclass(frozen=True)
class Surname:
    ko: str
    en: tuple[str, ...]  # conventional spellings, most common first
    source: str


@lru_cache(maxsize=1)
def surnames() -> dict[str, Surname]:
    """The surname table (src/mtqa/data/surnames.tsv), keyed by Hangul."""
    text = resources.files("mtqa.data").joinpath("surnames.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(
        (ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t"
    )
    table: dict[str, Surname] = {}
    for row in rows:
        ko = row["hangul"].strip()
        en = tuple(s.strip() for s in row["english"].split("|") if s.strip())
        table[ko] = Surname(ko, en, row["source"].strip())
    return table


@dataclass(frozen=True)
class SurnameMeaning:
    """A surname that is also an ordinary word (오 five, 문 door): what MT writes instead."""

    ko: str
    hanja: tuple[str, ...]
    words: tuple[str, ...]  # capitalized English words
    source: str


@lru_cache(maxsize=1)
def surname_meanings() -> dict[str, SurnameMeaning]:
    """The surname homograph table (src/mtqa/data/surname_meanings.tsv), keyed by Hangul."""
    text = resources.files("mtqa.data").joinpath("surname_meanings.tsv").read_text("utf-8")
    rows = csv.DictReader(
        (ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t"
    )
    table: dict[str, SurnameMeaning] = {}
    for row in rows:
        ko = row["hangul"].strip()
        hanja = tuple(h for h in row["hanja"].split("|") if h)
        words = tuple(w.strip() for w in row["meanings"].split("|") if w.strip())
        table[ko] = SurnameMeaning(ko, hanja, words, row["source"].strip())
    return table


def surname_spellings(ko: str) -> tuple[str, ...]:
    """Conventional English spellings of a surname, RR first if the table lacks it."""
    entry = surnames().get(ko)
    rr = romanize(ko).capitalize()
    if entry is None:
        return (rr,)
    return entry.en if rr in entry.en else (*entry.en, rr)


def split_name(ko: str) -> tuple[str, str] | None:
    """(surname, given name) of a 2-4 syllable Korean name, or None if it does not look like one."""
    if not is_hangul(ko) or not 2 <= len(ko) <= 4:
        return None
    table = surnames()
    if len(ko) >= 3 and ko[:2] in table:
        return ko[:2], ko[2:]
    if ko[0] in table and len(ko) <= 3:
        return ko[0], ko[1:]
    return None


def given_name_forms(given: str) -> tuple[str, ...]:
    """Common written forms of a romanized given name: Jae-in, Jaein, Jae In."""
    parts = [romanize_syllable(c) for c in given]
    hyph = "-".join(parts).capitalize()
    return (hyph, "".join(parts).capitalize(), " ".join(p.capitalize() for p in parts))


def name_variants(ko: str) -> tuple[str, ...]:
    """Plausible English renderings of a full Korean name (for suggestions and display)."""
    split = split_name(ko)
    if split is None:
        return (romanize(ko).capitalize(),)
    sur, given = split
    return tuple(f"{s} {g}" for s in surname_spellings(sur) for g in given_name_forms(given))


# --- loose phonetic key ----------------------------------------------------------------------

_VOWELS = "aeiouy"
_CONS = [("tch", "j"), ("ch", "j"), ("sh", "s"), ("ph", "p"), ("th", "t"), ("kh", "k")]
_VOICE = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l", "f": "p", "z": "j", "c": "k"})
_VOWEL_GROUPS = [
    ("yeo", "yo"), ("yoo", "yo"), ("you", "yo"), ("yu", "yo"), ("yae", "ye"), ("wae", "we"),
    ("weo", "wo"), ("wee", "wi"), ("eui", "i"), ("ui", "i"), ("ee", "i"), ("eo", "o"), ("eu", "o"),
    ("oo", "o"), ("ou", "o"), ("u", "o"), ("oe", "e"), ("oi", "e"), ("ae", "e"), ("ai", "e"),
]  # fmt: skip
_VOWEL_RE = re.compile("|".join(re.escape(a) for a, _ in _VOWEL_GROUPS))
_VOWEL_MAP = dict(_VOWEL_GROUPS)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Loose phonetic key of a romanized Korean name; spelling styles of one name coincide.

    ``name_key("Park Geun-hye") == name_key("Pak Kun-hye") == name_key("Bak Geunhye")``.
    """
    s = re.sub(r"[^a-z]", "", text.lower())
    # Post-vocalic r before a consonant or at the end is silent in English spellings (Park, Hur).
    s = re.sub(r"(?<=[aeiou])r(?=[^aeiouy]|$)", "", s)
    # h after a vowel, not before one, only lengthens it (Ahn, Oh, Kahng, Sohn).
    s = re.sub(r"(?<=[aeiou])h(?=[^aeiouy]|$)", "", s)
    s = s.replace("woo", "u").replace("wh", "hw")  # Woo-suk ~ U-seok, Kyong-whan ~ Gyeong-hwan
    for a, b in _CONS:
        s = s.replace(a, b)
    s = s.translate(_VOICE)
    s = _VOWEL_RE.sub(lambda m: _VOWEL_MAP[m.group()], s)
    s = re.sub(r"y(?=i)", "", s)  # Yi ~ I
    return re.sub(r"(.)\1+", r"\1", s)


def key_of_hangul(ko: str) -> str:
    return name_key(romanize(ko))


def surname_keys(ko: str) -> frozenset[str]:
    return frozenset(name_key(s) for s in surname_spellings(ko))


# --- strict spelling check of a given name, syllable by syllable ------------------------------
#
# The loose key lets one spelling stand for several Hangul syllables (o ~ u: 목 Mok ~ 묵 Muk).
# The tables below say, for each jamo, how real names write it in English: Revised
# Romanization, McCune-Reischauer without diacritics, and popular spellings (Yonhap, Korea
# Herald, the persons' own). A spelling that none of them produces for a syllable writes another
# syllable: Sang-muk for 상목 is 상묵.

_INITIAL_FORMS: tuple[tuple[str, ...], ...] = (
    ("g", "k"),  # ㄱ
    ("kk", "gg", "k", "g"),  # ㄲ
    ("n", "l"),  # ㄴ (l after ㄹ: 설나 Sol-la)
    ("d", "t"),  # ㄷ
    ("tt", "dd", "t", "d"),  # ㄸ
    ("r", "l", "n", "rh"),  # ㄹ (n after a consonant: 정립 Jeong-nip)
    ("m",),  # ㅁ
    ("b", "p"),  # ㅂ
    ("pp", "bb", "p", "b"),  # ㅃ
    ("s", "sh"),  # ㅅ
    ("ss", "s", "sh"),  # ㅆ
    ("",),  # ㅇ
    ("j", "ch"),  # ㅈ (MR: Chung-hee)
    ("jj", "tch", "j", "ch"),  # ㅉ
    ("ch", "chh", "tch"),  # ㅊ
    ("k", "kh"),  # ㅋ
    ("t", "th"),  # ㅌ
    ("p", "ph"),  # ㅍ
    ("h",),  # ㅎ
)
_MEDIAL_FORMS: tuple[tuple[str, ...], ...] = (
    ("a",),  # ㅏ
    ("ae", "ai", "ay"),  # ㅐ
    ("ya",),  # ㅑ
    ("yae", "ye"),  # ㅒ
    ("eo", "u", "o", "eu"),  # ㅓ (Jeong, Jung, Jong; Park Byeong-seug's own Seug)
    ("e", "ei", "ey", "ye"),  # ㅔ (Sei-young, Sye-kyun)
    ("yeo", "yo", "yu", "you", "yeu", "ou"),  # ㅕ (Kyeong, Kyong, Kyung, Kyoung, Koung)
    ("ye", "e"),  # ㅖ
    ("o",),  # ㅗ: never u (홍 Hong, 목 Mok)
    ("wa", "oa"),  # ㅘ
    ("wae", "wai", "we"),  # ㅙ
    ("oe", "oi", "oy", "we", "wae", "oei"),  # ㅚ (Hoe, Hoi)
    ("yo",),  # ㅛ
    ("u", "oo", "ou"),  # ㅜ
    ("wo", "weo", "wu"),  # ㅝ (Won, Kweon)
    ("we", "wei"),  # ㅞ
    ("wi", "wee", "ui"),  # ㅟ
    ("yu", "yoo", "you", "yeu"),  # ㅠ
    ("eu", "u"),  # ㅡ (Geun, Kun)
    ("ui", "eui", "ee", "i", "ei", "uy"),  # ㅢ (Hui, Heui, Hee)
    ("i", "ee", "ie"),  # ㅣ
)
_W_MEDIALS = frozenset({9, 10, 11, 13, 14, 15, 16})  # ㅘ ㅙ ㅚ ㅜ ㅝ ㅞ ㅟ: Kyung-wha, Myung-whun
_FINAL_FORMS = {
    "": ("",),
    "k": ("k", "g", "ck", "kk"),
    "n": ("n", "nn"),
    "t": ("t", "d", "s"),
    "l": ("l", "ll", "r"),
    "m": ("m", "mm"),
    "p": ("p", "b"),
    "ng": ("ng",),
}
# A final before ㄴ, ㅁ or ㄹ as MR and some names write it (김복남 Bongnam, 신라 Silla).
_ASSIMILATED = {"k": ("ng",), "t": ("n",), "p": ("m",), "n": ("l",)}
# A final carried over to a next syllable that starts with ㅇ (김연아 Kim Yu-na): its sound there.
_CARRIED = {"k": ("g", "k"), "n": ("n",), "t": ("d", "t", "s"), "l": ("r", "l"), "m": ("m",)}
_CARRIED.update({"p": ("b", "p")})


def _medial_forms(initial: int, medial: int) -> tuple[str, ...]:
    forms = list(_MEDIAL_FORMS[medial])
    if initial == 11 and medial in (13, 17):  # 우 Woo, Wu; 욱 Wook
        forms += ["w" + f for f in _MEDIAL_FORMS[13]]
    if initial == 11 and medial in (19, 20):  # 이 Yi, 의 Yui
        forms += ["y" + f for f in _MEDIAL_FORMS[medial]]
    if initial == 18 and medial == 6:  # 혀 without its y after h: Park Heong-joon (박형준)
        forms += ["eo"]
    forms += [f + "h" for f in forms if not f.endswith("h")]  # Ahn, Oh, Suh, Yuh-jung
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=4096)
def syllable_spellings(ch: str, prev: str = "", nxt: str = "") -> frozenset[str]:
    """The English spellings of one syllable of a given name that real names use, between the
    syllables ``prev`` and ``nxt`` (empty at the ends): ``"muk" not in syllable_spellings("목")``.
    """
    i, m, f = jamo(ch)
    initials = list(_INITIAL_FORMS[i])
    if i == 5 and not prev:  # 리 Yi, 류 Yoo: a first ㄹ is dropped
        initials.append("")
    elif i == 5 and is_hangul_syllable(prev) and _FINALS[jamo(prev)[2]] in ("ng", "m"):
        initials += ["n", ""]  # 종룡 [종뇽]: Jong-nyong, Jong-yong (Yim Jong-yong)
    if i == 11 and prev and is_hangul_syllable(prev):
        initials += _CARRIED.get(_FINALS[jamo(prev)[2]], ())
    final = _FINALS[f]
    finals = list(_FINAL_FORMS[final])
    if nxt and is_hangul_syllable(nxt):
        ni = jamo(nxt)[0]
        if ni in (2, 5, 6):  # ㄴ ㄹ ㅁ
            finals += _ASSIMILATED.get(final, ())
        if ni == 11 and final in _CARRIED:
            finals.append("")
    if not nxt and final == "n":
        finals.append("ne")  # Nam-june
    medials = _medial_forms(i, m)
    if m == 4 and final in ("", "ng"):  # ㅓ as 'eu' (Seug, Cheul); 성 is no Seung (승)
        medials = tuple(x for x in medials if not x.startswith("eu"))
    out = {a + b + c for a in initials for b in medials for c in finals}
    if i == 18 and m in _W_MEDIALS:  # 화 Hwa ~ Wha, 훈 Hun ~ Whun
        out |= {"wh" + b.removeprefix("w") + c for b in medials for c in finals}
    if i == 11 and m == 14 and final == "n":  # 원 as the English word: Lee One-seok (이원석)
        out.add("one")
    if m == 1 and final == "k":  # 백 Back, 객 Gack: ㅐ before ㄱ as the English 'a' of 'back'
        out |= {a + "ack" for a in initials}
    return frozenset(out)


def letters(text: str) -> str:
    """The Latin letters of ``text``, lower case, accents dropped ('Jeou Hairin' -> jeouhairin)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if "a" <= c <= "z")


# Vowels modern Korean pronounces alike (ㅐ/ㅔ; ㅚ/ㅙ/ㅞ): a spelling of one for the other may be
# a person's own (조희대 Jo Hee-de), so :func:`spells_homophone` tells it from another syllable.
_HOMOPHONE_MEDIALS = {1: (5,), 5: (1,), 3: (7,), 7: (3,), 10: (11, 15), 11: (10, 15), 15: (10, 11)}


@lru_cache(maxsize=8192)
def _syllable_patterns(given: str, homophones: bool = False) -> tuple[str, ...]:
    """One regex per syllable of the given name, of its accepted spellings there; ``homophones``:
    also those of the syllables with a vowel Korean pronounces alike."""
    parts = []
    for k, ch in enumerate(given):
        prev = given[k - 1] if k else ""
        nxt = given[k + 1] if k + 1 < len(given) else ""
        forms = set(syllable_spellings(ch, prev, nxt))
        if homophones:
            i, m, f = jamo(ch)
            for other in _HOMOPHONE_MEDIALS.get(m, ()):
                forms |= syllable_spellings(syllable(i, other, f), prev, nxt)
        ordered = sorted(forms, key=lambda s: (-len(s), s))
        parts.append("(?:" + "|".join(re.escape(s) for s in ordered) + ")")
    return tuple(parts)


@lru_cache(maxsize=8192)
def _given_pattern(given: str, homophones: bool = False) -> re.Pattern[str]:
    """A regex of the given name's accepted spellings, syllable by syllable."""
    return re.compile("".join(_syllable_patterns(given, homophones)))


def spells_homophone(given: str, english: str) -> bool:
    """Whether ``english`` writes the given name with a vowel modern Korean pronounces the same
    way (ㅐ as ㅔ or back; ㅚ, ㅙ, ㅞ): Hee-de for 희대, not a spelling of another sound."""
    if not is_hangul(given):
        return False
    return _given_pattern(given, True).fullmatch(letters(english)) is not None


def spells_given_name(given: str, english: str) -> bool:
    """Whether ``english`` writes the Hangul given name as real names do, syllable by syllable
    (hyphens, spaces and capitals aside): Sang-mok, Sangmok, Sang Mok for 상목, not Sang-muk."""
    if not is_hangul(given):
        return False
    return _given_pattern(given).fullmatch(letters(english)) is not None


def split_off_syllables(given: str, english: str) -> bool:
    """Whether ``english``, a spelling of the given name with one part per syllable (Ha-neul,
    Ha Neul for 하늘), puts its hyphen or space between letters of one syllable ('Han-eul'):
    the letters spell the name but the parts do not. False where the parts are not one per
    syllable (Haneul) or each part spells its syllable."""
    parts = [p for p in re.split(r"[-\s]+", english.strip()) if p]
    if len(given) < 2 or len(parts) != len(given) or not is_hangul(given):
        return False
    patterns = _syllable_patterns(given)
    return not all(
        re.fullmatch(pat, letters(part)) for pat, part in zip(patterns, parts, strict=True)
    )


@lru_cache(maxsize=4096)
def given_spelling_score(given: str, english: str) -> float:
    """How close ``english`` comes to an accepted spelling of the given name, 0..1: one minus
    the fewest letter edits to one, per letter (Sang-muk for 상목: 1 - 1/7)."""
    text = letters(english)
    if not is_hangul(given) or not text:
        return 0.0
    n = len(text)
    inf = 10**6
    best = [0] + [inf] * n  # fewest edits for text[:j] after the syllables so far
    for k, ch in enumerate(given):
        prev = given[k - 1] if k else ""
        nxt = given[k + 1] if k + 1 < len(given) else ""
        forms = syllable_spellings(ch, prev, nxt)
        new = [inf] * (n + 1)
        for j in range(n + 1):
            if best[j] >= inf:
                continue
            for form in forms:
                for j2 in range(j, min(n, j + len(form) + 2) + 1):
                    d = best[j] + Levenshtein.distance(form, text[j:j2])
                    if d < new[j2]:
                        new[j2] = d
        best = new
    return max(0.0, 1.0 - best[n] / n)
