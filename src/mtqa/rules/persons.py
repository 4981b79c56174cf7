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

from rapidfuzz import fuzz

from mtqa.lexicon.en_words import (
    EVERYDAY_ZIPF,
    english_names,
    is_common_word,
    is_dictionary_word,
    is_name_word,
    is_ordinary_word,
)
from mtqa.lexicon.romanize import name_key, name_variants, romanize, surname_spellings
from mtqa.lexicon.termbase import view_terms
from mtqa.lexicon.titles import english_title_words, find_renderings
from mtqa.lexicon.transliterate import candidate_spans
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.text.en_match import fold, words
from mtqa.text.ko_persons import PersonMention, find_persons

FOREIGN_FOUND = 0.8  # phonetic score from which an English run renders a foreign name
FOREIGN_SURNAME = 0.85  # the same for the last word alone (Trump for 도널드 트럼프)
FOREIGN_WEAK = 0.6  # below FOREIGN_FOUND: perhaps another spelling, perhaps another word
GIVEN_CLOSE = 0.6  # given-name key similarity from which a spelling counts as a near miss
WORDS_MARGIN = 0.1  # ordinary words must sound this much closer than the best name-like run
PRONOUNS = re.compile(r"\b(he|she|his|her|him|hers|they|their|them)\b", re.IGNORECASE)
# Re-exported for callers that classify English words.
__all__ = ["english_names", "is_common_word", "is_name_word"]


@dataclass(frozen=True)
class NameMatch:
    """Where a Korean person mention is rendered in the English, and how well."""

    status: str  # "found", "surname", "close", "words", "weak" or "none"
    span: tuple[int, int] | None = None
    score: float = 0.0
    surname_span: tuple[int, int] | None = None  # the English surname (for adjacent titles)
    ordinary: float = 0.0  # "words": how surely the span is ordinary words, 0..1
    via: str = "text"  # "text" (string and phonetic search) or "alignment"


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


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Single words of English title renderings (president, prime, minister, gov.)."""
    return frozenset(p.strip(".") for f in english_title_words() for p in f.split())


def span_kind(span_words: list[Word], text: str) -> tuple[str, float]:
    """What a run of English words is: ("name", 0), ("words", confidence) or ("other", 0).

    A capitalized word that is neither an ordinary dictionary word nor a frequent English name
    (Kavanaugh, Obama) makes the run a name; otherwise dictionary words that are no names make it
    ordinary words: lower case in mid-sentence ("the moon"), or capitalized ("Carry Lamb",
    "President Triumph"). Title words and single letters are ignored.
    """
    content = [
        w for w in span_words if len(w[2]) > 1 and w[2].lower().strip(".") not in _title_words()
    ]
    caps = [w for w in content if _capitalized(w[2])]
    lower = [w for w in content if not _capitalized(w[2]) and not _sentence_initial(text, w[0])]
    if any(not is_ordinary_word(w[2]) and not is_name_word(w[2]) for w in caps):
        return "name", 0.0
    if lower:
        known = any(is_dictionary_word(w[2]) or is_common_word(w[2]) for w in lower)
        return "words", 0.7 if known else 0.45
    ordinary = [w for w in caps if is_ordinary_word(w[2])]
    if ordinary:
        if any(is_common_word(w[2], EVERYDAY_ZIPF) for w in ordinary):
            return "words", 0.6
        if any(is_name_word(w[2]) for w in caps):  # Emmanuel Macron: a rarer word beside a name
            return "name", 0.0
        return "words", 0.45
    return ("name", 0.0) if caps else ("other", 0.0)


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
    lower = _as_words_korean(m, ws, spellings, gkey)
    if lower is not None:
        return lower
    if not m.given:  # one syllable sounds like too many words to search phonetically
        return NameMatch("none")
    # Names written like Korean ones but not romanized so (왕이 Wang Yi, 부시 Bush), or garbled.
    return _match_phonetic(m.name, text, ws, 3)


def _as_words_korean(
    m: PersonMention, ws: list[Word], spellings: set[str], gkey: str
) -> NameMatch | None:
    """A surname or given name rendered as a lower-case ordinary word ("the moon")."""
    for s, e, w in ws:
        if _capitalized(w) or not is_common_word(w):
            continue
        if fold(w) in spellings or (gkey and name_key(w) == gkey):
            return NameMatch("words", (s, e), 0.7, ordinary=0.7)
    return None


def _match_phonetic(
    name: str, text: str, ws: list[Word], max_words: int | None = None
) -> NameMatch:
    """The English run that sounds most like ``name``, told apart as a name or ordinary words."""
    name_c: tuple[float, int, int] | None = None
    words_c: tuple[float, int, int, float] | None = None
    best = 0.0
    for score, a, b in candidate_spans(name, ws, max_words):
        if score < FOREIGN_WEAK or (name_c and words_c):
            break
        best = max(best, score)
        kind, conf = span_kind([w for w in ws if a <= w[0] < b], text)
        if kind == "name" and name_c is None:
            name_c = (score, a, b)
        elif kind == "words" and words_c is None:
            words_c = (score, a, b, conf)
    parts = name.split()
    last_c: tuple[float, int, int] | None = None
    if len(parts) > 1:
        for score, a, b in candidate_spans(parts[-1], ws, 1):
            if score < FOREIGN_SURNAME:
                break
            if span_kind([w for w in ws if a <= w[0] < b], text)[0] == "name":
                last_c = (score, a, b)
                break
    if words_c and words_c[0] >= FOREIGN_FOUND:
        # Name-like runs inside the words do not count against them (Lamb in Carry Lamb).
        rival = max(
            (c[0] for c in (name_c, last_c) if c and not (c[1] < words_c[2] and words_c[1] < c[2])),
            default=0.0,
        )
        if words_c[0] >= rival + WORDS_MARGIN or rival < FOREIGN_FOUND:
            s, a, b, conf = words_c
            return NameMatch("words", (a, b), s, (a, b), ordinary=conf)
    if name_c and name_c[0] >= FOREIGN_FOUND:
        last = [w for w in ws if name_c[1] <= w[0] < name_c[2]][-1]
        return NameMatch("found", (name_c[1], name_c[2]), name_c[0], (last[0], last[1]))
    if last_c:
        return NameMatch("surname", (last_c[1], last_c[2]), last_c[0], (last_c[1], last_c[2]))
    if name_c:
        return NameMatch("weak", (name_c[1], name_c[2]), name_c[0])
    return NameMatch("none", None, best)


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
    return _match_phonetic(m.name, en_text, ws)


def _covered(view: UnitView, m: PersonMention) -> bool:
    return any(s < m.end and m.start < e for s, e, _ in view_terms(view))


def unit_persons(view: UnitView) -> list[PersonInfo]:
    """The unit's person mentions with their English matches (cached; remembers the document).

    Mentions that string and phonetic search leave unresolved ("none", "weak") are looked up
    once more by word alignment (:mod:`mtqa.align.name_spans`) when it is available.
    """
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
        infos = _with_alignment(view, infos)
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


UNRESOLVED = frozenset({"none", "weak"})


def _with_alignment(view: UnitView, infos: list[PersonInfo]) -> list[PersonInfo]:
    """Settle unresolved mentions with the English words aligned to them, where available."""
    todo = [p for p in infos if p.match.status in UNRESOLVED and not p.mention.surname_only]
    if not todo or not view.target_text.strip():
        return infos
    from mtqa.align.name_spans import aligned_target_spans

    spans = aligned_target_spans(view, [(p.mention.start, p.mention.end) for p in todo])
    if spans is None:  # no encoder: keep the text evidence
        return infos
    settled = dict(zip((id(p) for p in todo), spans, strict=True))
    return [
        PersonInfo(p.mention, _settle(p, settled[id(p)], view.target_text), p.first)
        if id(p) in settled
        else p
        for p in infos
    ]


def _settle(p: PersonInfo, span: tuple[int, int] | None, text: str) -> NameMatch:
    """The match of an unresolved mention given the English span aligned to it (or None)."""
    m = p.match
    if span is None:
        return NameMatch(m.status, m.span, m.score, m.surname_span, via="alignment")
    ws = [w for w in _name_words(text) if span[0] <= w[0] < span[1]]
    kind, conf = span_kind(ws, text)
    if kind == "name":  # a spelling the phonetic key does not reach (Zaev for 조예브)
        last = ws[-1]
        return NameMatch("found", span, m.score, (last[0], last[1]), via="alignment")
    if kind == "words":
        aligned = max(
            (s for s, a, b in candidate_spans(p.mention.name, ws, 3) if a >= span[0]), default=0.0
        )
        if aligned >= FOREIGN_WEAK:
            return NameMatch("words", span, aligned, span, ordinary=conf, via="alignment")
    return NameMatch("none", None, m.score, via="alignment")


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
        m, match = info.mention, info.match
        if match.status not in UNRESOLVED:
            continue
        if m.surname_only:
            # A later mention (김 지사): English often says "the governor" or "he" instead.
            if m.title is None or find_renderings(m.title, view.target_text):
                continue
            conf = 0.3
        else:
            conf = 0.65 if info.first else 0.35
            if match.status == "weak":  # a name-like run that may be another spelling
                conf -= 0.3
        if PRONOUNS.search(view.target_text):
            conf -= 0.15
        yield Hit(
            f"person name {m.name} not found in the translation",
            source=(m.start, m.end),
            suggestion=_suggest(m),
            confidence=round(max(conf, 0.1), 2),
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
            yield Hit(
                f"name {m.name} rendered as ordinary words ({text!r})",
                source=(m.start, m.end),
                target=span,
                suggestion=_suggest(m),
                confidence=info.match.ordinary or 0.5,
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
