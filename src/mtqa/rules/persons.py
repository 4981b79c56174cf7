"""Person-name rules (MT4xx): names missing, rendered as ordinary words, or misspelled.

Each Korean person mention (:mod:`mtqa.text.ko_persons`) is located in the aligned English:
Korean names by their surname spellings plus a loose phonetic key of the given name
(:mod:`mtqa.lexicon.romanize`), foreign names by a phonetic comparison of the Hangul with English
word runs (:mod:`mtqa.lexicon.transliterate`). Spans a termbase term covers are left to the
termbase rule. MT404 (a place read as a person) belongs to the place rules (MT502).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from mtqa.lexicon.romanize import name_key, name_variants, romanize, surname_spellings
from mtqa.lexicon.termbase import view_terms
from mtqa.lexicon.transliterate import best_span
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.text.en_match import fold, words
from mtqa.text.ko_persons import PersonMention, find_persons

FOREIGN_FOUND = 0.8  # phonetic score from which an English run renders a foreign name
FOREIGN_SURNAME = 0.85  # the same for the last word alone (Trump for 도널드 트럼프)
FOREIGN_WEAK = 0.6  # below FOREIGN_FOUND: perhaps another spelling; never flagged as missing
GIVEN_CLOSE = 0.6  # given-name key similarity from which a spelling counts as a near miss
COMMON_ZIPF = 3.5  # wordfreq Zipf frequency from which a word is ordinary English
EVERYDAY_ZIPF = 4.5  # ... and an everyday word (carry 4.9; putin 4.1, vladimir 3.9 are not)
PRONOUNS = re.compile(r"\b(he|she|his|her|him|they|their|them)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """Frequent English given names and surnames (US census via PyPI ``names``; see the file)."""
    text = resources.files("mtqa.data").joinpath("en_names.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


@lru_cache(maxsize=65536)
def is_common_word(word: str, zipf: float = COMMON_ZIPF) -> bool:
    """True for an ordinary English word (wordfreq Zipf frequency >= ``zipf``)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= zipf


def is_name_word(word: str) -> bool:
    return word.lower() in english_names()


@dataclass(frozen=True)
class NameMatch:
    """Where a Korean person mention is rendered in the English, and how well."""

    status: str  # "found", "surname", "close", "words" or "none"
    span: tuple[int, int] | None = None
    score: float = 0.0
    surname_span: tuple[int, int] | None = None  # the English surname (for adjacent titles)


@dataclass(frozen=True)
class PersonInfo:
    mention: PersonMention
    match: NameMatch
    first: bool  # first mention of this name in the document


Word = tuple[int, int, str]


def _capitalized(w: str) -> bool:
    return w[:1].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\"'“‘(:"


def _match_korean(m: PersonMention, text: str, ws: list[Word]) -> NameMatch:
    spellings = {fold(s) for s in surname_spellings(m.surname)}
    gkey = name_key(romanize(m.given)) if m.given else ""
    best_close: NameMatch | None = None
    surname_hit: NameMatch | None = None
    for i, (s, e, w) in enumerate(ws):
        if not _capitalized(w) or fold(w) not in spellings or w == "I":
            continue
        if not m.given:
            return NameMatch("found", (s, e), 1.0, (s, e))
        # Given name after the surname (Kim Dong-yeon, Kim Dong Yeon) or before it (Dong-yeon Kim).
        spans = [ws[i + 1 : i + 1 + k] for k in (1, 2, 3)] + [ws[max(0, i - k) : i] for k in (1, 2)]
        for cand in spans:
            if not cand or not all(_capitalized(c[2]) for c in cand):
                continue
            ckey = name_key("".join(c[2] for c in cand))
            score = fuzz.ratio(ckey, gkey) / 100.0
            span = (min(s, cand[0][0]), max(e, cand[-1][1]))
            if ckey == gkey:
                return NameMatch("found", span, 1.0, (s, e))
            if score >= GIVEN_CLOSE and (best_close is None or score > best_close.score):
                best_close = NameMatch("close", span, score, (s, e))
        surname_hit = surname_hit or NameMatch("surname", (s, e), 0.8, (s, e))
    if best_close is not None:
        return best_close
    if surname_hit is not None:
        return surname_hit
    # Chinese and Japanese names written like Korean ones (왕이 Wang Yi): phonetic comparison.
    score, a, b = best_span(m.name, ws, 3)
    if score >= 0.9 and all(_capitalized(w[2]) for w in ws if a <= w[0] < b):
        return NameMatch("found", (a, b), score, (a, b))
    return _as_words_korean(m, text, ws, spellings, gkey)


def _as_words_korean(
    m: PersonMention, text: str, ws: list[Word], spellings: set[str], gkey: str
) -> NameMatch:
    """A surname or given name rendered as a lower-case ordinary word ("the moon")."""
    for s, e, w in ws:
        if _capitalized(w) or not is_common_word(w):
            continue
        if fold(w) in spellings or (gkey and name_key(w) == gkey):
            return NameMatch("words", (s, e), 0.7)
    return NameMatch("none")


def _match_foreign(m: PersonMention, text: str, ws: list[Word]) -> NameMatch:
    score, a, b = best_span(m.name, ws)
    parts = m.name.split()
    last_hit: tuple[float, int, int] = (0.0, -1, -1)
    if len(parts) > 1:
        last_hit = best_span(parts[-1], ws, 1)
    if score < FOREIGN_FOUND and last_hit[0] >= FOREIGN_SURNAME:
        score, a, b = last_hit[0], last_hit[1], last_hit[2]
        status = "surname"
    elif score >= FOREIGN_FOUND:
        status = "found"
    elif score >= FOREIGN_WEAK:
        return NameMatch("weak", (a, b), score)
    else:
        return NameMatch("none", None, score)
    span_words = [w for w in ws if a <= w[0] < b]
    if _ordinary_words(span_words, text):
        return NameMatch("words", (a, b), score, (a, b))
    return NameMatch(status, (a, b), score, (span_words[-1][0], span_words[-1][1]))


def _ordinary_words(span_words: list[Word], text: str) -> bool:
    """A name as common words: lower case mid-sentence, or common words that are no names."""
    toks = [w[2] for w in span_words]
    if any(
        not _capitalized(t) and is_common_word(t) and not _sentence_initial(text, s)
        for s, _, t in span_words
    ):
        return True
    # Capitalized: every word common, one an everyday word that is no name (Carry in Carry Lamb).
    return all(is_common_word(t) for t in toks) and any(
        not is_name_word(t) and is_common_word(t, EVERYDAY_ZIPF) for t in toks
    )


def _name_words(text: str) -> list[Word]:
    """English words with possessive 's cut off (Lee Myung-bak's -> Lee Myung-bak)."""
    out = []
    for s, e, w in words(text):
        if w[-2:] in ("'s", "’s"):
            e, w = e - 2, w[:-2]
        out.append((s, e, w))
    return out


def locate(m: PersonMention, en_text: str) -> NameMatch:
    """Find the English rendering of a Korean person mention."""
    ws = _name_words(en_text)
    if m.kind == "korean":
        return _match_korean(m, en_text, ws)
    return _match_foreign(m, en_text, ws)


def _covered(view: UnitView, m: PersonMention) -> bool:
    return any(s < m.end and m.start < e for s, e, _ in view_terms(view))


def unit_persons(view: UnitView) -> list[PersonInfo]:
    """The unit's person mentions with their English matches (cached; remembers the document)."""
    cache = view.doc.cache
    key = f"persons:{view.unit.index}"
    if key in cache:
        found: list[PersonInfo] = cache[key]
        return found
    known: set[str] = cache.setdefault("persons.known", set())
    seen: set[str] = cache.setdefault("persons.seen", set())
    infos: list[PersonInfo] = []
    if view.source_text:
        mentions = find_persons(view.source_text, view.source_tokens, known)
        for m in mentions:
            if not m.anchored or _covered(view, m):
                continue
            ident = m.surname if m.kind == "korean" and not m.given else m.name
            infos.append(PersonInfo(m, locate(m, view.target_text), ident not in seen))
        for info in infos:
            m = info.mention
            known.add(m.name)
            seen.add(m.name)
            if m.kind == "korean":
                seen.add(m.surname)
            else:
                known.update(m.name.split()[-1:])
                seen.update(m.name.split()[-1:])
    cache[key] = infos
    return infos


def _suggest(m: PersonMention) -> str | None:
    return name_variants(m.name)[0] if m.kind == "korean" and m.given else None


@rule(
    "MT401",
    "name-missing",
    "Accuracy/Omission",
    Severity.MAJOR,
    "A person named in the Korean has no recognisable rendering in the English.",
    "A Korean or foreign person name (anchored by a title, 씨 or an age) was not found in the "
    "aligned English in any romanization style, nor phonetically. Surname-only later mentions "
    "(김 지사) are never flagged; a full name mentioned before in the document gets a low "
    "confidence, since the English may use a pronoun or the surname alone.",
    (
        Example(
            "김동연 경기도지사는 10일 기자회견을 열었다.",
            "The governor held a press conference on the 10th.",
            "Kim Dong-yeon is not named.",
        ),
    ),
)
def name_missing(view: UnitView) -> Iterator[Hit]:
    if not view.target_text.strip():
        return
    for info in unit_persons(view):
        m = info.mention
        if info.match.status != "none" or m.surname_only:
            continue
        conf = 0.65 if info.first else 0.3
        if PRONOUNS.search(view.target_text):
            conf -= 0.15
        if m.kind == "foreign" and m.anchor != "title":
            continue
        yield Hit(
            f"person name {m.name} not found in the translation",
            source=(m.start, m.end),
            suggestion=_suggest(m),
            confidence=round(conf, 2),
        )


@rule(
    "MT402",
    "name-as-words",
    "Accuracy/Mistranslation",
    Severity.MAJOR,
    "A person's name was translated as ordinary English words.",
    "The English span that sounds like the Korean name is made of ordinary dictionary words: "
    "lower case in mid-sentence ('the moon' for 문재인), or common words that are not names "
    "('Carry Lamb' for 캐리 람). Names that are also words (Trump, Park, Moon) are accepted when "
    "capitalized and known as names.",
    (
        Example(
            "캐리 람 홍콩 행정장관이 사퇴했다.",
            "Hong Kong Chief Executive Carry Lamb resigned.",
            "Carrie Lam was rendered as the words 'carry' and 'lamb'.",
        ),
    ),
)
def name_as_words(view: UnitView) -> Iterator[Hit]:
    for info in unit_persons(view):
        if info.match.status == "words":
            m, span = info.mention, info.match.span
            assert span is not None
            text = view.target_text[span[0] : span[1]]
            lower = any(c.islower() for c in text[:1])
            yield Hit(
                f"name {m.name} rendered as ordinary words ({text!r})",
                source=(m.start, m.end),
                target=span,
                suggestion=_suggest(m),
                confidence=0.7 if lower else 0.55,
            )


@rule(
    "MT403",
    "name-misspelled",
    "Accuracy/Mistranslation",
    Severity.MINOR,
    "A Korean name is spelled close to, but unlike any accepted romanization.",
    "The surname is found and the given name is similar to its romanization, but no known style "
    "(Revised Romanization, McCune-Reischauer-like or popular spellings, hyphenated, joined or "
    "spaced) produces it: 'Park Geun-hye' as 'Park Geun-hee'. Known variant styles such as "
    "'Pak Kun-hye' are not flagged.",
    (
        Example(
            "문재인 대통령이 말했다.",
            "President Moon Jea-in said.",
            "Jae-in is misspelled.",
        ),
    ),
)
def name_misspelled(view: UnitView) -> Iterator[Hit]:
    for info in unit_persons(view):
        if info.match.status != "close" or info.mention.kind != "korean":
            continue
        m, span = info.mention, info.match.span
        assert span is not None
        yield Hit(
            f"name {m.name} spelled {view.target_text[span[0] : span[1]]!r}",
            source=(m.start, m.end),
            target=span,
            suggestion=_suggest(m),
            confidence=round(0.3 + 0.4 * info.match.score, 2),
        )
