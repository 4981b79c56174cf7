"""A Korean given name that is also a word, rendered by its meaning ('Sky Cho' for 조하늘).

Many Korean given names are ordinary words (하늘 'sky', 우주 'universe', 이슬 'dew', 한결
'consistently'). Machine translation then keeps the surname and translates the given name:
'Sky Cho', 'Kim Universe'. The name matcher finds the surname and calls the name rendered;
this module looks at the capitalized word right beside that surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from mtqa.align.words import EN_STOPWORDS
from mtqa.lexicon.en_words import is_demonym, is_dictionary_word, is_name_word
from mtqa.lexicon.gazetteer import english_place_names
from mtqa.lexicon.given_meanings import given_meanings, read_by_syllables, read_in_part
from mtqa.lexicon.titles import Title, english_title_words, find_renderings
from mtqa.text.en_match import fold
from mtqa.text.korean import morphemes

# Kiwi tags of a given name that is a word of its own: a noun, an adverb, an adjective stem.
WORD_TAGS = frozenset({"NNG", "MAG", "VA", "XR"})
MEANING_CONFIDENCE = 0.7
# Roles English news puts before a surname ('Actress Park', 'Rookie Lee'), beside the titles.
ROLE_WORDS = frozenset(
    {
        "actor", "actress", "singer", "rapper", "dancer", "artist", "author", "writer", "poet",
        "painter", "composer", "designer", "model", "comedian", "host", "anchor", "reporter",
        "journalist", "producer", "professor", "researcher", "scientist", "teacher", "student",
        "lawyer", "prosecutor", "judge", "justice", "officer", "detective", "sergeant", "captain",
        "private", "corporal", "lieutenant", "major", "colonel", "general", "admiral", "police",
        "player", "pitcher", "batter", "catcher", "striker", "forward", "midfielder", "defender",
        "goalkeeper", "setter", "golfer", "skater", "swimmer", "archer", "fencer", "boxer",
        "rookie", "veteran", "coach", "manager", "skipper", "star", "ace", "legend",
        "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "lady", "saint", "st", "rev", "father",
        "brother", "sister", "mother", "uncle", "aunt", "son", "daughter", "wife", "husband",
        "suspect", "victim", "driver", "worker", "resident", "citizen", "patient", "doctor",
        "nurse", "chef", "pilot", "director", "ceo", "chairman", "president", "vice", "deputy",
        "broker", "principal", "owner", "founder", "candidate", "member", "farmer", "fisherman",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def is_word_name(given: str) -> bool:
    """Kiwi reads the given name alone as one known word (하늘, 한결; not 민준, 서윤)."""
    tokens = morphemes(given)
    return (
        len(tokens) == 1
        and tokens[0].form == given
        and tokens[0].tag in WORD_TAGS
        and not tokens[0].oov
    )


def meaning_like(word: str) -> bool:
    """A capitalized English dictionary word that is no name, title, role, place or demonym."""
    low = fold(word)
    return (
        len(low) >= 3
        and low not in EN_STOPWORDS  # 'With Seo, San Diego ...'
        and is_dictionary_word(word)
        and not is_name_word(word)
        and low not in ROLE_WORDS
        and low not in english_title_words()
        and low not in english_place_names()
        and not is_demonym(word)
    )


_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
_AFTER = re.compile(r" ([A-Z][a-z]+)(?=['’]s\b|(?![\w'’-]))")  # 'Lee Sea's challenge'
_BEFORE2 = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+ [A-Z][a-z]+) $")
_AFTER2 = re.compile(r" ([A-Z][a-z]+ [A-Z][a-z]+)(?=['’]s\b|(?![\w'’-]))")
_HYPHENED = (  # one hyphenated word before or after: 'Han Silver-jae'
    re.compile(r"(?<![\w'’.-])([A-Z][a-z]+-[a-z]+) $"),
    re.compile(r" ([A-Z][a-z]+-[a-z]+)(?=['’]s\b|(?![\w'’-]))"),
)


def is_word_given(given: str) -> bool:
    """The given name is a word: listed with its meanings, or read by Kiwi as one word."""
    return given in given_meanings() or is_word_name(given)


def meaning_beside(text: str, surname: tuple[int, int], given: str = "") -> tuple[int, int] | None:
    """The span of a capitalized ordinary word right before or after the English surname at
    ``surname`` ('Sky' in 'Sky Cho', 'Universe' in 'Kim Universe'), or None. A listed meaning
    of ``given`` counts even where it is also a name ('Song Sea', 'Lee Wisdom')."""
    meanings = given_meanings().get(given, frozenset())
    a, b = surname
    pair = _words_beside(text, surname, lambda w: fold(w) in meanings)
    if pair is not None:  # 'Baek Big Star' for 백한별
        return pair
    beside = [m for m in (_BEFORE.search(text[:a]), _AFTER.match(text, b)) if m is not None]
    # A listed meaning first: 'Broker Bae Wisdom' is 'Wisdom', not the role before the name.
    for m in sorted(beside, key=lambda m: fold(m.group(1)) not in meanings):
        if fold(m.group(1)) in meanings:
            return m.start(1), m.end(1)
        if meaning_like(m.group(1)) and not _CHAINED.search(text, 0, m.start(1)):
            return m.start(1), m.end(1)
    return None


def syllables_beside(text: str, surname: tuple[int, int], given: str) -> tuple[int, int] | None:
    """The span of the words right before or after the English surname at ``surname`` that
    read the given name syllable by syllable as hanja meanings ('West Summer' in 'Yoon West
    Summer' for 윤서하), or one hyphenated word that reads one syllable so and romanizes the
    other ('Silver-jae' in 'Han Silver-jae' for 한은재), or None."""
    return _words_beside(text, surname, lambda w: read_by_syllables(given, w)) or _words_beside(
        text, surname, lambda w: read_in_part(given, w), _HYPHENED
    )


def _words_beside(
    text: str,
    surname: tuple[int, int],
    accept: Callable[[str], bool],
    patterns: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
) -> tuple[int, int] | None:
    """The span of the two capitalized words (or what ``patterns``, before and after, match)
    right before or after the surname at ``surname`` that ``accept`` takes, or None."""
    before, after = patterns or (_BEFORE2, _AFTER2)
    a, b = surname
    for m in (before.search(text[:a]), after.match(text, b)):
        if m and accept(m.group(1)):
            return m.start(1), m.end(1)
    return None


def word_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of a capitalized ordinary word right before ``start`` ('Knife' in 'Knife
    Hendricks' for 칼 헨드릭스), or None."""
    m = _BEFORE.search(text[:start])
    if m is None or not meaning_like(m.group(1)) or _CHAINED.search(text, 0, m.start(1)):
        return None
    return m.start(1), m.end(1)


_RUN = r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)"
_RUN_BEFORE = re.compile(rf"(?<![\w'’.-]){_RUN},\s+(?:the |a |an )?$")
_RUN_AFTER = re.compile(rf"\s+{_RUN}(?![\w'’-])")


def words_beside_title(text: str, title: Title) -> tuple[int, int] | None:
    """The span of a run of capitalized ordinary words (one to three, no name, title or place
    among them) in apposition before a rendering of ``title`` or right after it, where a name
    the English does not give should stand: 'said Better Star, director general' for 나은별
    정책관, the whole name read as words."""
    for a, b in find_renderings(title, text):
        for m in (_RUN_BEFORE.search(text, 0, a), _RUN_AFTER.match(text, b)):
            run = m.group(1).split() if m is not None else []
            if m is None or (len(run) == 1 and not text[: m.start(1)].strip(" \"“‘'(")):
                continue  # 'Meanwhile, the president ...': the sentence's first word
            # a role word may be one of them ('Better Star'), but not all ('Actor Park')
            roles = [fold(w) in ROLE_WORDS for w in run]
            if not all(roles) and all(
                r or meaning_like(w) for w, r in zip(run, roles, strict=True)
            ):
                return m.start(1), m.end(1)
    return None


# The last word of a coordinated title or name before the surname ('Minister of Economy and
# Finance Kang'): no given name.
_CHAINED = re.compile(r"\b(?:and|of|&) $")
