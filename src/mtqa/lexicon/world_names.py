"""Names of many languages, to tell a misspelt foreign name ('Garsia') from a rare real one.

Machine translation writes foreign names it does not know by their sound: 'Garsia' for 가르시아,
'Zoko Widodo' for 조코 위도도, 'Guardioola' for 과르디올라. Such a spelling sounds like the Korean
(so the phonetic match of :mod:`mtqa.lexicon.transliterate` accepts it) but is no name at all,
while a frequent name one letter away sounds as much like the Korean. ``world_names.tsv`` (see
``scripts/build_names.py``) lists given names and surnames of 86 Faker locales and the census
names, with a frequency for the common ones; ``names_curated.txt`` adds names of Southeast Asia
and the Gulf those lists lack (Fadillah, a Malay name, is no misspelt Padilla).

A word counts as such a misspelling only where all of these hold:
- it is in no list (world names, census names, English dictionary) and rare in English text;
- a common name (Zipf >= 3 in some language) is at most one edit away (two from seven letters),
  with lengths at most one apart ('Mandagi' is no misspelt 'Manda');
- the edits are those of a name heard, not read: a consonant only for one of the same sound
  (Garsia, Zoko, Canye; Veerman is no Ferman nor Berman), no consonant more or less but an r
  (Walrid for Walid; Menga is no Mena), and not all of them ones that spellings of one
  name vary by: a vowel for a vowel or a vowel more ('Sophea' and 'Sophia', 'Barreira' and
  'Barrera' are both names), a doubled letter, an h, tz for z; or else one letter only, one
  that makes the word sound clearly less like the Korean than the common name (MISREAD_GAP:
  'Rasmunsen' for 라스무센, where Rasmussen sounds it whole);
- the common name sounds at least as much like the Korean as the written word does, and well
  (phonetic score >= SOUNDS_LIKE), and breaks none of the finer loanword cues (Plasco for
  플라스코 is not Blasco: 플 writes p).
Measured on the foreign names the person rules find rendered in the references (NTREX, FLORES,
park-news-koen test: 1,446 renderings), the faithful blind-set translations (416) and the real
MT outputs (612): no reference or faithful rendering is taken; on the MT outputs 'Zoko' (Joko
Widodo), 'Canye' (Kanye West), 'Sundalland' and 'Walrid' are. Without the sound and edit tests
above, 'Cownie', 'Dorrans', 'Veerman', 'Barreira', 'Menga' and some 60 more real names were.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rapidfuzz import distance, process
from rapidfuzz.distance import Editop

from mtqa.lexicon.en_words import english_names, is_common_word, is_dictionary_word
from mtqa.lexicon.transliterate import loanword_mismatches, phonetic_score
from mtqa.text.en_match import fold

SOUNDS_LIKE = 0.8
RARE_ZIPF = 1.5  # English Zipf frequency below which a word is no known spelling
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, float]]:
    data = resources.files("mtqa.data")
    text = data.joinpath("world_names.tsv").read_text(encoding="utf-8")
    curated = data.joinpath("names_curated.txt").read_text(encoding="utf-8")
    names = {n.strip() for n in curated.splitlines() if n.strip() and not n.startswith("#")}
    common: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        name, _, zipf = line.partition("\t")
        names.add(name)
        if zipf:
            common[name] = float(zipf)
    return frozenset(names), common


@lru_cache(maxsize=1)
def _common_list() -> list[str]:
    return sorted(_table()[1])


def is_known_name(word: str) -> bool:
    """A given name or surname of some language (Garcia, Nagy, Yuichi), any case or accents."""
    w = fold(word)
    return w in _table()[0] or w in english_names()


# Consonants one sound is spelt with, which a name heard, not read, confuses: Garsia for Garcia,
# Zoko for Joko, Canye for Kanye; and f and p, which Korean writes alike (ㅍ), so that a name
# read back from Hangul confuses them: Paber for Faber (파버). Other consonants differ in sound
# (Veerman is no Ferman: 비 writes v, not f). b and v, which Korean also writes alike, both
# spell real names the lists lack: tried both ways, 'Veerman' (a Dutch name, right) was taken
# for Berman on a FLORES reference and three MT outputs, for one real slip found ('Cabanaugh');
# so only a b written for a common name's v counts, in a word of seven letters or more
# ('Albar', a Malaysian name, is no Alvar; :func:`_edits_fit`).
_SAME_SOUND = frozenset(
    frozenset(p) for p in ("sc", "sz", "ck", "kq", "zj", "gj", "lr", "xs", "yi", "fp")
)


def _same_sound_here(word: str, i: int, other: str, j: int) -> bool:
    """The letters word[i] and other[j] of a same-sound pair sound alike where they stand: a c
    for an s only where the c is soft (Garsia, Garcia; 'Nattacha' is no Natasha: ch is no sh),
    and an x only in the common name (Sabi for Xabi is heard; 'Xandra', a Dutch spelling, is
    written, not heard, for Sandra)."""
    a, b = word[i], other[j]
    if a == "x":
        return False
    if {a, b} == {"c", "s"}:
        c_word, k = (word, i) if a == "c" else (other, j)
        return c_word[k + 1 : k + 2] in ("e", "i", "y")
    return True


def _consonant_slip(word: str, other: str) -> bool:
    """The one edit from ``word`` to ``other`` puts a consonant for another, or one more or
    less, that no spelling of one name varies by (not a vowel or a glide, Bejda for 베이다;
    not an h, a doubled letter, t before z: Schertz and Scherz are both names)."""
    (o,) = distance.Levenshtein.editops(word, other)
    soft = _VOWELS | _GLIDES
    if o.tag == "replace":
        return word[o.src_pos] not in soft and other[o.dest_pos] not in soft
    return not _spelling_letter(*_letter_more(word, other, o), soft)


_GLIDES = frozenset("jw")  # the y and w sounds of Polish, German, Dutch spellings (Bejda)


def _letter_more(word: str, other: str, o: Editop) -> tuple[str, int]:
    """The word of the two with the letter an insert or delete ``o`` adds, and its index."""
    return (word, o.src_pos) if o.tag == "delete" else (other, o.dest_pos)


def _spelling_letter(longer: str, k: int, soft: frozenset[str] = _VOWELS) -> bool:
    """longer[k] is a letter spellings of one name add or leave out: one of ``soft`` (a
    vowel), a doubled letter, an h, a t before z (Schertz and Scherz)."""
    c, nxt = longer[k], longer[k + 1 : k + 2]
    around = longer[max(0, k - 1) : k] + nxt
    return c in soft or c in around or c == "h" or (c == "t" and nxt == "z")


def _edits_fit(word: str, other: str) -> bool:
    """The edits from ``word`` to ``other`` are those of a name heard, not read: consonants for
    consonants of one sound only, and not all of them ones that spellings of one name vary by
    (a vowel for a vowel, a vowel added or left out: Sophea and Sophia, Barreira and Barrera;
    a doubled letter, an h, t before z: Schertz and Scherz; a final e)."""
    variant = True
    long = len(word) >= 7  # a short word with b may be a name of its own (Albar, not Alvar)
    for o in distance.Levenshtein.editops(word, other):
        if o.tag == "replace":
            a, b = word[o.src_pos], other[o.dest_pos]
            if a in _VOWELS and b in _VOWELS:
                continue
            # b written for the v of a common name only: the v read back from Hangul's ㅂ
            # ('Billanueba' for Villanueva), not the other way ('Veerman' is no Berman)
            if frozenset((a, b)) not in _SAME_SOUND and not ((a, b) == ("b", "v") and long):
                return False
            if not _same_sound_here(word, o.src_pos, other, o.dest_pos):
                return False
            variant = False
            continue
        longer, k = _letter_more(word, other, o)
        if not _spelling_letter(longer, k):
            if longer[k] != "r":
                return False  # a sound more or less: Menga is no Mena
            variant = False  # an r heard after a vowel: Walrid for Walid
    return not variant


# How much better than the written word a common name one letter from it must sound like the
# Hangul where that letter is no slip of the ear ('Rasmunsen' 0.92, 'Rasmussen' 1.0 for 라스무센).
MISREAD_GAP = 0.07


@lru_cache(maxsize=65536)
def misspelt_name(hangul: str, word: str, whole: bool = True) -> str | None:
    """The common name ``word`` misspells as a rendering of the Hangul name ``hangul``, or None.

    ``whole``: ``hangul`` is all the word renders (False for one word of a longer name: only the
    loanword cues that count the whole Hangul apply). Returns the name in lower case ('garcia'
    for 가르시아, 'Garsia').
    """
    w = fold(word)
    if len(w) < 4 or not w.isalpha() or is_known_name(w) or is_dictionary_word(w):
        return None
    if is_common_word(w, RARE_ZIPF):
        return None
    most = 1 if len(w) <= 6 else 2
    written = phonetic_score(hangul, w)
    best: tuple[float, int, float, str] | None = None
    common = _table()[1]
    for name, edits, _ in process.extract(
        w, _common_list(), scorer=distance.Levenshtein.distance, score_cutoff=most, limit=None
    ):
        if abs(len(name) - len(w)) > 1 or is_dictionary_word(name):
            continue
        sounds = phonetic_score(hangul, name)
        if sounds < max(written, SOUNDS_LIKE) or loanword_mismatches(hangul, name, whole):
            continue
        if not _edits_fit(w, name) and not (
            edits == 1 and sounds - written >= MISREAD_GAP and _consonant_slip(w, name)
        ):
            continue  # one letter more or other that the Korean does not sound (Rasmunsen)
        key = (sounds, -edits, common[name], name)
        if best is None or key > best:
            best = key
    return best[3] if best else None
