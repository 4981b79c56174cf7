"""Chinese names: pinyin and the Hangul Korean news writes them in.

Korean writes a Chinese name by the National Institute of Korean Language's table for Chinese
(외래어 표기법, 중국어의 주음 부호와 한글 대조표): 왕원타오 is Wang Wentao, 류신이 Liu Xinyi,
저우하이린 Zhou Hailin. :func:`to_hangul` writes a pinyin syllable by that table, so the
Hangul of a pinyin spelling can be compared with the Korean (a spelling whose Hangul differs,
'Wang Wantao' for 왕원타오, is another name), and :func:`pinyin_spellings` gives the pinyin a
Hangul name may stand for.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from mtqa.lexicon.romanize import letters, romanize, syllable

_INITIALS = {
    "zh": "ㅈ", "ch": "ㅊ", "sh": "ㅅ", "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ",
    "t": "ㅌ", "n": "ㄴ", "l": "ㄹ", "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ",
    "x": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ", "": "ㅇ",
}  # fmt: skip
# Finals as (medial vowel jamo after the initial, rest written as syllables with ㅇ). The medial
# is the jamo of the first Hangul syllable; a rest like 'ㅇ+오' writes a second syllable.
_FINALS = {
    "a": ("ㅏ", ""), "o": ("ㅗ", ""), "e": ("ㅓ", ""), "ai": ("ㅏ", "이"), "ei": ("ㅔ", "이"),
    "ao": ("ㅏ", "오"), "ou": ("ㅓ", "우"), "an": ("ㅏ", "ㄴ"), "en": ("ㅓ", "ㄴ"),
    "ang": ("ㅏ", "ㅇ"), "eng": ("ㅓ", "ㅇ"), "er": ("ㅓ", "ㄹ"), "i": ("ㅣ", ""),
    "ia": ("ㅑ", ""), "ie": ("ㅖ", ""), "iao": ("ㅑ", "오"), "iu": ("ㅠ", ""), "ian": ("ㅖ", "ㄴ"),
    "in": ("ㅣ", "ㄴ"), "iang": ("ㅑ", "ㅇ"), "ing": ("ㅣ", "ㅇ"), "iong": ("ㅠ", "ㅇ"),
    "u": ("ㅜ", ""), "ua": ("ㅘ", ""), "uo": ("ㅝ", ""), "uai": ("ㅘ", "이"), "ui": ("ㅜ", "이"),
    "uan": ("ㅘ", "ㄴ"), "un": ("ㅜ", "ㄴ"), "uang": ("ㅘ", "ㅇ"), "ong": ("ㅜ", "ㅇ"),
    "v": ("ㅟ", ""), "ve": ("ㅞ", ""), "van": ("ㅟ", "안"), "vn": ("ㅟ", "ㄴ"),
}  # fmt: skip
# Syllables with no initial written with y/w, and their finals.
_ZERO = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in",
    "yang": "iang", "ying": "ing", "yong": "iong", "wu": "u", "wa": "ua", "wo": "uo",
    "wai": "uai", "wei": "ui", "wan": "uan", "wen": "un", "wang": "uang", "weng": "ueng",
    "yu": "v", "yue": "ve", "yuan": "van", "yun": "vn",
}  # fmt: skip
# Syllables with no initial the table writes otherwise than their finals after a consonant
# (wen 원 but dun 둔, wei 웨이 but gui 구이).
_ZERO_WRITTEN = {"wen": "원", "wei": "웨이", "er": "얼", "weng": "웡"}
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_TAILS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ",
          "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]  # fmt: skip
# Initials after which a y-glide is not written (자, 제, 주 for jia, jie, jiu) and the vowel
# it leaves; and the sibilants whose i is written 으 (즈, 스, 쓰).
_PLAIN = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅠ": "ㅜ", "ㅕ": "ㅓ", "ㅛ": "ㅗ"}
_NO_GLIDE = {"ㅈ", "ㅉ", "ㅊ"}
_APICAL = {"zh", "ch", "sh", "r", "z", "c", "s"}


def _compose(lead: str, vowel: str, tail: str = "") -> str:
    """The syllable of three jamo letters (ㅅ, ㅣ, ㄴ -> 신)."""
    return syllable(_LEADS.index(lead), _VOWELS.index(vowel), _TAILS.index(tail))


@lru_cache(maxsize=1024)
def to_hangul(syllable: str) -> str | None:
    """The Hangul of one pinyin syllable (no tone; ü as v or u after j, q, x, y) by the NIKL
    table: wen -> 원, tao -> 타오, xin -> 신, liu -> 류, zhou -> 저우; None for no syllable."""
    s = syllable.lower()
    if s in _ZERO_WRITTEN:
        return _ZERO_WRITTEN[s]
    if s in _ZERO:
        initial, final = "", _ZERO[s]
    elif s[:1] in ("a", "o", "e"):
        initial, final = "", s  # an, ao, ou: no initial
    else:
        initial = next((i for i in ("zh", "ch", "sh") if s.startswith(i)), s[:1])
        if initial not in _INITIALS or initial == "":
            return None
        final = s[len(initial) :]
        if initial in ("j", "q", "x") and final[:1] == "u":
            final = "v" + final[1:]  # ju, quan, xun: ü
    if initial in _APICAL and final == "i":
        return _compose(_INITIALS[initial], "ㅡ")
    if final not in _FINALS:
        return None
    vowel, rest = _FINALS[final]
    lead = _INITIALS[initial]
    if lead in _NO_GLIDE and vowel in _PLAIN:
        vowel = _PLAIN[vowel]
    labial = initial in ("b", "p", "m", "f")
    if (final == "ong" and (initial == "" or labial)) or (final == "o" and initial and not labial):
        return None  # bong, lo: no standard syllables
    tail = rest if rest in ("ㄴ", "ㅇ", "ㄹ") else ""
    first = _compose(lead, vowel, tail)
    second = rest if rest and rest not in ("ㄴ", "ㅇ", "ㄹ") else ""
    if final == "van":
        return first + "안" if lead == "ㅇ" else _compose(lead, "ㅟ") + "안"
    return first + second


@cache
def syllables() -> frozenset[str]:
    """The pinyin syllables of Standard Chinese (pinyin_syllables.txt, ü as v)."""
    text = resources.files("mtqa.data").joinpath("pinyin_syllables.txt").read_text("utf-8")
    lines = (ln.strip() for ln in text.splitlines())
    return frozenset(ln for ln in lines if ln.isalpha() and ln.islower())


def _plain(word: str) -> str:
    return re.sub(r"[-'’\s]", "", word.lower()).replace("ü", "v")


@lru_cache(maxsize=4096)
def hangul_readings(word: str) -> frozenset[str]:
    """The Hangul of every way ``word`` (a romanized name word, hyphens and apostrophes aside:
    'Wentao', "Xi'an", 'Jin-ping') splits into pinyin syllables; empty where none. Each part
    of a hyphenated word is one syllable: 'Chia-wei' is Wade-Giles (Taiwan's Jiawei), not
    chi + a + wei."""
    if "-" in word.strip("-"):
        parts = [_plain(p) for p in word.strip("-").split("-")]
        if not all(p in syllables() for p in parts):
            return frozenset()
    plain = _plain(word)
    # where a syllable may start with a, o or e after a vowel: the word's start and after an
    # apostrophe, hyphen or space (pinyin writes Xi'an; 'Mae' is no ma + e; English drops the
    # apostrophe after n: Tiananmen)
    marks = re.sub(r"[-'’\s]+", "'", word.strip().lower().replace("ü", "v"))
    open_at = {0} | {m.start() - k for k, m in enumerate(re.finditer("'", marks))}
    table = syllables()
    found: list[set[str]] = [set() for _ in range(len(plain) + 1)]
    found[0].add("")
    for end in range(1, len(plain) + 1):
        for start in range(max(0, end - 6), end):
            piece = plain[start:end]
            if piece[0] in "aoe" and start not in open_at and plain[start - 1] in "aeiouv":
                continue
            if found[start] and piece in table:
                hangul = to_hangul(piece)
                if hangul is not None:
                    found[end].update(h + hangul for h in found[start])
    return frozenset(found[len(plain)])


def is_pinyin(word: str) -> bool:
    """``word`` is one or more pinyin syllables ('Wentao', 'Xinyi'; not 'Sin', 'Ryu')."""
    return bool(hangul_readings(word))


@cache
def _by_hangul() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for s in sorted(syllables()):
        hangul = to_hangul(s)
        if hangul is not None:
            out.setdefault(hangul, []).append(s)
    return {h: tuple(ss) for h, ss in out.items()}


@lru_cache(maxsize=4096)
def pinyin_spellings(hangul: str) -> tuple[str, ...]:
    """Pinyin spellings (syllables joined, lower case) whose Hangul is ``hangul`` (원타오 ->
    wentao), fewest syllables first; empty where the Hangul is no Chinese transcription."""
    table = _by_hangul()
    best: list[list[tuple[str, ...]]] = [[] for _ in range(len(hangul) + 1)]
    best[0] = [()]
    for end in range(1, len(hangul) + 1):
        for start in range(max(0, end - 2), end):
            for s in table.get(hangul[start:end], ()):
                best[end].extend((*h, s) for h in best[start])
    ways = sorted(best[len(hangul)], key=len)
    return tuple(dict.fromkeys("".join(w) for w in ways))


# The most common Chinese family names in pinyin (and the two-syllable ones news names).
_SURNAMES = (
    "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
    "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han",
    "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng",
    "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du",
    "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou",
    "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao",
    "meng", "long", "wan", "duan", "qian", "yin", "chang", "qiao", "lai", "gong", "wen", "xi",
    "bo", "ji", "lv", "ouyang", "situ", "sima", "zhuge"
)  # fmt: skip


@cache
def surnames_hangul() -> frozenset[str]:
    """The Hangul of the common Chinese family names (왕, 류, 저우, 어우양)."""
    return frozenset(h for s in _SURNAMES if (h := to_hangul_word(s)) is not None)


def to_hangul_word(word: str) -> str | None:
    """The Hangul of a pinyin word read in its first split into syllables (ouyang -> 어우양)."""
    readings = sorted(hangul_readings(word), key=len)
    return readings[0] if readings else None


def chinese_parts(name: str) -> tuple[str, str] | None:
    """(family name, given name) of a Chinese name in Hangul (왕원타오 -> 왕, 원타오; 저우 하이린),
    where the family name is a common one and the whole is a Chinese transcription; None
    otherwise."""
    plain = name.replace(" ", "")
    if " " in name:
        head, rest = name.split(" ", 1)
        cuts = [(head, rest.replace(" ", ""))]
    else:
        cuts = [(plain[:n], plain[n:]) for n in (1, 2, 3) if len(plain) > n]
    for sur, given in cuts:
        if sur in surnames_hangul() and given and pinyin_spellings(given):
            return sur, given
    return None


def misspelt_pinyin(name: str, written: str) -> str | None:
    """The pinyin spelling of the Chinese name ``name`` (Hangul) where ``written`` is pinyin
    but of another name ('Wang Wantao' for 왕원타오 -> 'Wang Wentao'); None where ``written``
    spells it, is no pinyin, or ``name`` is no Chinese name."""
    parts = chinese_parts(name)
    words = written.split()
    if parts is None or not 2 <= len(words) <= 3 or not all(is_pinyin(w) for w in words):
        return None
    whole = name.replace(" ", "")
    ways = {""}
    for w in words:
        ways = {a + b for a in ways for b in hangul_readings(w)}
    if whole in ways:
        return None
    sur, given = parts

    def spelled(part: str, word: str) -> str:  # the English's own spelling where it reads so
        ways = pinyin_spellings(part)
        return (word.lower() if word.lower() in ways else ways[0]).capitalize()

    return f"{spelled(sur, words[0])} {spelled(given, words[-1])}"


def romanized_korean_style(name: str, written: str) -> str | None:
    """The pinyin of the Chinese name ``name`` (Hangul) where ``written`` is a Korean
    romanization of its Hangul (Revised or McCune-Reischauer-like) and no pinyin ('Jang
    Ri-ping' for 장리핑 -> 'Jiang/Zhang Liping': each family name the Hangul may stand for;
    'Kwo Ja-kun' for 궈자쿤); None otherwise."""
    parts = chinese_parts(name)
    if parts is None or _lenient(letters(written)) != _lenient(romanize(name.replace(" ", ""))):
        return None
    words = written.replace("-", " ").split()
    if all(is_pinyin(w) for w in words):
        return None  # 'Li Na' for 리나: the same letters in both
    sur, given = (pinyin_spellings(p) for p in parts)
    if not sur or not given:
        return None
    family = "/".join(p.capitalize() for p in sur)
    return f"{family} {given[0].capitalize()}"


def _lenient(romanized: str) -> str:
    """Korean romanized letters with the differences of its styles folded (McCune-Reischauer
    'Kwo Ja-kun' and Revised 'Gwo Ja-kun' for 궈자쿤 alike)."""
    out = romanized.lower().replace("eo", "o").replace("eu", "u").replace("sh", "s")
    return out.translate(_STYLE_FOLD).replace("j", "ch")


_STYLE_FOLD = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l"})


# Vowel spellings of Revised Romanization that neither pinyin nor Wade-Giles has ('Cheon' for
# 천, Chen; 'Mae' for 메이, Mei); eu is left out: Cantonese writes it (Leung, Cheung).
_KOREAN_VOWELS = re.compile(r"eo|ae|oe")


def korean_spelled(name: str, written: str) -> str | None:
    """The pinyin of the Chinese name ``name`` (Hangul) where a word of ``written`` is no
    pinyin and has a vowel only Revised Romanization spells so ('Cheon Shaoyu' for 천샤오위,
    'Jou Mae-rin' for 저우메이린 -> 'Chen Xiaoyu', 'Zhou Meilin'); None otherwise."""
    parts = chinese_parts(name)
    words = written.replace("-", " ").split()
    if parts is None or not any(
        _KOREAN_VOWELS.search(w.lower()) and not is_pinyin(w) for w in words
    ):
        return None
    sur, given = (pinyin_spellings(p) for p in parts)
    if not sur or not given:
        return None
    family = _family_spellings(sur)
    return f"{'/'.join(p.capitalize() for p in family)} {given[0].capitalize()}"


def _family_spellings(spellings: tuple[str, ...]) -> list[str]:
    """The pinyin readings of a family name's Hangul that are common family names, else all of
    them (저우 Zhou, not zhe + wu)."""
    return [p for p in spellings if p in _SURNAMES] or list(spellings)


def near_pinyin(name: str, written: str) -> str | None:
    """The pinyin of the Chinese name ``name`` (Hangul) where the last word of ``written`` is
    no pinyin but within two letters of the given name's ('Wang Jiengwo' for 왕젠궈 -> 'Wang
    Jianguo'); None otherwise. For mainland names only: Taiwan's Wade-Giles is no pinyin."""
    parts = chinese_parts(name)
    words = written.split()
    if parts is None or len(words) < 2 or is_pinyin(words[-1]) or "-" in words[-1]:
        return None  # 'Chia-wei': Wade-Giles, as Taiwan writes a name
    sur, given = (pinyin_spellings(p) for p in parts)
    word = _plain(words[-1])
    near = [g for g in given if Levenshtein.distance(word, g) <= 2]
    if not sur or not near:
        return None
    first = _plain(words[0])
    family = first if first in sur else _family_spellings(sur)[0]
    return f"{family.capitalize()} {near[0].capitalize()}"
