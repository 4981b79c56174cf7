"""Phonetic comparison of foreign names written in Hangul with English spans.

Korean writes foreign names by the loanword orthography (외래어 표기법), which is regular enough to
run backwards roughly: 캐리 람 -> "kari lam", 스미스 -> "smis" (the vowel ㅡ is mostly epenthetic),
트럼프 -> "trump". Both sides are then reduced to the same coarse key: consonant classes (b/p/f/v,
d/t/th, g/k/c/q, s/z/j/ch/sh, l/r, m, n) and three vowel classes, with English spelling quirks
(silent letters, post-vocalic r, c/g before e/i, pinyin x/q) folded first. Libraries such as
jellyfish (Metaphone, NYSIIS) key English spellings only; the Hangul side needs these rules anyway,
and one small key keeps both sides comparable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from mtqa.lexicon.romanize import is_hangul_syllable, jamo

_INI = (
    "g",
    "k",
    "n",
    "d",
    "t",
    "l",
    "m",
    "b",
    "p",
    "s",
    "s",
    "",
    "j",
    "j",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_MED = (
    "a", "a", "ya", "ya", "o", "e", "yo", "ye", "o", "wa", "we", "we", "yo", "u", "wo", "we",
    "wi", "yu", "", "i", "i",
)  # fmt: skip
_FIN = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "s", "s", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip


def hangul_to_latin(text: str) -> str:
    """Rough Latin reading of a loanword in Hangul (``"캐리 람" -> "kari lam"``)."""
    out = []
    for ch in text:
        if is_hangul_syllable(ch):
            i, m, f = jamo(ch)
            out.append(_INI[i] + _MED[m] + _FIN[f])
        else:
            out.append(ch)
    return "".join(out)


_ENGLISH = [
    (r"ph", "f"),
    (r"gh", ""),
    (r"ck", "k"),
    (r"qu", "kw"),
    (r"^x", "s"),
    (r"x", "ks"),
    (r"q", "ch"),  # pinyin q (Keqiang)
    (r"c(?=[eiy])", "s"),
    (r"c", "k"),
    (r"g(?=[eiy])", "j"),
    (r"mb$", "m"),
    (r"(?<=.)th$", "s"),  # Smith, Keith: 스미스, 키스
    (r"(?<=[^aeiouy])e$", ""),  # silent final e
    (r"(?<=[aeiouy])r(?=[^aeiouy]|$)", ""),  # post-vocalic r
]
_ENGLISH_RE = [(re.compile(a), b) for a, b in _ENGLISH]
_CLASSES = str.maketrans(
    {
        "b": "P", "p": "P", "f": "P", "v": "P",
        "d": "T", "t": "T",
        "g": "K", "k": "K",
        "s": "S", "z": "S", "j": "S",
        "l": "L", "r": "L",
        "m": "M", "n": "N",
        "a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u",
        "h": None, "w": None,
    }
)  # fmt: skip


def _classes(word: str) -> str:
    word = word.replace("tch", "s").replace("ch", "s").replace("sh", "s").replace("th", "t")
    word = word.replace("ng", "N")
    s = word.translate(_CLASSES)
    # A vowel run counts once; a leading i is a glide (qiang, Maria: 창, 마리아).
    s = re.sub(
        r"[aiu]+",
        lambda m: m.group()[1] if m.group()[:1] == "i" and len(m.group()) > 1 else m.group()[0],
        s,
    )
    return re.sub(r"([A-Z])\1+", r"\1", s)


@lru_cache(maxsize=65536)
def english_key(text: str) -> str:
    """Phonetic key of an English (or other Latin-script) name."""
    words = re.findall(r"[a-z]+", text.lower())
    out = []
    for w in words:
        for pat, rep in _ENGLISH_RE:
            w = pat.sub(rep, w)
        out.append(_classes(w))
    return "".join(out)


@lru_cache(maxsize=65536)
def hangul_key(text: str) -> str:
    """Phonetic key of a foreign name written in Hangul."""
    return "".join(_classes(w) for w in hangul_to_latin(text).split())


def _consonants(key: str) -> str:
    return re.sub(r"[aiu]", "", key)


# Name particles Korean transcriptions often leave out (누리 말리키 for Nuri al-Maliki).
PARTICLES = frozenset(
    {"al", "el", "ad", "as", "ash", "at", "bin", "ibn", "de", "da", "di", "du", "la", "le",
     "van", "von", "der", "den", "del", "dos"}
)  # fmt: skip


def syllable_fit(hangul: str, english: str) -> float:
    """1.0, or less where the English has more vowel sounds than the Hangul has syllables.

    Loanword orthography gives every vowel sound a syllable of its own (and adds more: 트럼프,
    바이든), so an English name with more vowel groups than the Hangul has syllables renders
    another name: "Pelosi" (three) for 부시 (two). Name particles (al-, van) are not counted.
    Returns syllables / vowel groups, capped at 1.
    """
    syllables = sum(is_hangul_syllable(c) for c in hangul)
    if not syllables or any(c.isalpha() and not is_hangul_syllable(c) for c in hangul):
        return 1.0
    parts = [w for w in re.split(r"[\s\-'’]+", english) if w.lower() not in PARTICLES]
    groups = sum(len(re.findall(r"[aiu]+", english_key(w))) for w in parts)
    return min(1.0, syllables / groups) if groups else 1.0


def phonetic_score(hangul: str, english: str) -> float:
    """0..1: how well ``english`` could be the name that ``hangul`` transcribes."""
    a, b = hangul_key(hangul), english_key(english)
    if not a or not b:
        return 0.0
    full = fuzz.ratio(a, b) / 100.0
    cons = fuzz.ratio(_consonants(a), _consonants(b)) / 100.0
    return (0.5 * full + 0.5 * cons) * syllable_fit(hangul, english)


def candidate_spans(
    hangul: str, words: list[tuple[int, int, str]], max_words: int | None = None
) -> list[tuple[float, int, int]]:
    """Runs of consecutive English words scored against ``hangul``, best first.

    ``words`` are (start, end, text) tokens of the English sentence; runs are up to one word
    longer than the Hangul name has words. Each item is (score, start, end).
    """
    n = max_words or len(hangul.split()) + 1
    out = []
    for i in range(len(words)):
        for j in range(i, min(len(words), i + n)):
            text = " ".join(w[2] for w in words[i : j + 1])
            out.append((phonetic_score(hangul, text), words[i][0], words[j][1]))
    out.sort(key=lambda c: (-c[0], c[1]))
    return out


def best_span(
    hangul: str, words: list[tuple[int, int, str]], max_words: int | None = None
) -> tuple[float, int, int]:
    """Best-scoring run of consecutive English words for ``hangul``: (score, start, end)."""
    cands = candidate_spans(hangul, words, max_words)
    return cands[0] if cands else (0.0, -1, -1)
