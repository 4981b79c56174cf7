"""Is an English word a name or an ordinary word? (to tell "Carrie Lam" from "Carry Lamb").

Two bundled lists answer it: frequent English given names and surnames (``en_names.txt``, US
census via PyPI ``names``) and ordinary dictionary words (``en_words.txt``, lower-case web2 entries
that news English uses; see ``scripts/build_en_words.py``). Word frequencies come from wordfreq.
Famous foreign names are frequent in news (Obama, Putin) but are no dictionary words, so the
dictionary, not frequency, decides whether a capitalized word is an ordinary word. Nationality
words (Russian, Iraqis) come from the gazetteer's related forms: they render no person's name.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from mtqa.text.en_match import fold

COMMON_ZIPF = 3.5  # wordfreq Zipf frequency from which a word is ordinary English
EVERYDAY_ZIPF = 4.5  # ... and an everyday word (carry 4.9; putin 4.1, vladimir 3.9 are not)
DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is")
# Inflections web2 does not list: (suffix, replacement) tried in order.
_SUFFIXES = (
    ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ("er", ""), ("est", ""), ("ly", ""),
)  # fmt: skip


def _read(name: str) -> frozenset[str]:
    text = resources.files("mtqa.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """Frequent English given names and surnames, lower case."""
    return _read("en_names.txt")


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """Ordinary English dictionary words, lower case (no inflected forms)."""
    return _read("en_words.txt")


def is_name_word(word: str) -> bool:
    """True for a frequent English given name or surname (Lamb, Trump, Carrie)."""
    return word.lower() in english_names()


@lru_cache(maxsize=65536)
def is_common_word(word: str, zipf: float = COMMON_ZIPF) -> bool:
    """True for a frequent English word (wordfreq Zipf frequency >= ``zipf``)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= zipf


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """True for an ordinary English word of three letters or more, inflected forms included."""
    w = fold(word)  # lower case, accents stripped (Cliché -> cliche)
    if len(w) < 3 or not w.isalpha():
        return False
    words = dictionary()
    if w in words:
        return True
    for suffix, rep in _SUFFIXES:
        stem = w[: -len(suffix)] + rep
        if w.endswith(suffix) and len(stem) >= 3 and stem in words:
            return True
    return False


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality words of the gazetteer's places (Russian, Koreans, Japanese), lower case.

    They are the gazetteer's related words that end like demonyms and are no place names.
    """
    from mtqa.lexicon.gazetteer import gazetteer

    places = gazetteer().places
    names = {fold(e) for p in places for e in p.en}
    related = {fold(r) for p in places for r in p.related if " " not in r and "-" not in r}
    return frozenset(r for r in related - names if r.endswith(DEMONYM_ENDINGS))


def is_demonym(word: str) -> bool:
    """True for a nationality word (Russian, Iraqis): never a person's name."""
    return fold(word) in demonyms()


def is_ordinary_word(word: str) -> bool:
    """A dictionary word that is not also a frequent name (carry, triumph; not lamb, trump)."""
    return is_dictionary_word(word) and not is_name_word(word)
