"""Person-name rules (MT4xx): names missing, rendered as ordinary words, or misspelled.

Each Korean person mention (:mod:`mtqa.text.ko_persons`) is located in the aligned English by
:func:`mtqa.rules.name_match.locate` (romanized and phonetic matching, ordinary words told apart
from names). Mentions that text search leaves unresolved are looked up once more by word
alignment (:mod:`mtqa.align.name_spans`) where the encoder is available; one English run serves
one mention. Spans a termbase term covers are left to the termbase rule. MT404 (a place read as a
person) belongs to the place rules (MT502).

Real articles name a person several times, so the document is used too: :func:`document_names`
collects once per document (in ``DocView.cache``) the English forms found for every name in every
unit. A form the translation uses elsewhere that stands in this unit resolves a mention the unit
alone leaves open; ordinary words where the article writes the name elsewhere ('Triumph';
'Trump' elsewhere) and a first mention dropped with nothing standing in for it are flagged more
surely. MT405 (:mod:`mtqa.rules.name_consistency`) compares the forms with each other.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from rapidfuzz import fuzz

from mtqa.lexicon.chinese import chinese_parts, pinyin_spellings
from mtqa.lexicon.en_words import (
    is_ordinary_word,
)
from mtqa.lexicon.gazetteer import english_place_names
from mtqa.lexicon.given_meanings import given_meanings
from mtqa.lexicon.japanese import surname_spellings as japanese_spellings
from mtqa.lexicon.known_persons import (
    KnownPerson,
    distinct_persons,
    known_person,
    korean_forms,
)
from mtqa.lexicon.korean_bounds import TokenIndex, ends_cleanly
from mtqa.lexicon.romanize import (
    is_hangul_syllable,
    jamo,
    key_of_hangul,
    name_key,
    name_variants,
    spells_given_name,
    spells_homophone,
    split_name,
    split_off_syllables,
    surname_meanings,
    surname_spellings,
)
from mtqa.lexicon.termbase import view_terms
from mtqa.lexicon.titles import Title, find_renderings
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.lexicon.vietnamese import is_vietnamese
from mtqa.records import Severity
from mtqa.rules.base import (
    DocView,
    Example,
    Hit,
    UnitView,
    first_unit,
    neighbour_views,
    rule,
)
from mtqa.rules.foreign_spellings import (
    COMMON_NAME_CONFIDENCE,
    LETTER_BY_LETTER_CONFIDENCE,
    PINYIN_CONFIDENCE,
    VIETNAMESE_OTHER_CONFIDENCE,
    chinese_context,
    foreign_misspelling,
    written_in_pinyin,
)
from mtqa.rules.given_words import (
    MEANING_CONFIDENCE,
    is_word_given,
    meaning_beside,
    syllables_beside,
    word_before,
    words_beside_title,
)
from mtqa.rules.name_match import (
    FOREIGN_WEAK,
    NameMatch,
    beside_title,
    locate,
    name_words,
    neutral_words,
    sentence_initial,
    span_kind,
)
from mtqa.text.en_match import find_all, fold, words
from mtqa.text.ko_persons import REPEATED, PersonMention, find_persons, titled_key
from mtqa.text.ko_title_after import BODY_MADE_TITLES, bank_title, governed_bank
from mtqa.text.newswire import source_dateline

# A one-word foreign "name" before a title is often a company (애플 대변인 "Apple spokesman").
ONE_WORD_WORDS = 0.45
# Korean anchors that make a one-word foreign name a person for sure: 씨 (honorific), an age,
# the name of a person Korean news names often (known_persons.tsv).
SURE_PERSON = frozenset({"honorific", "age", "famous"})
# A first mention missing where the article writes the name later and no pronoun or title stands
# in for it. Later mentions stay low: translators say "the player", "the visitor" (NTREX).
DOC_MISSING = 0.65
# A famous person named with no title (트럼프는) missing: below the shown threshold, unless the
# article writes the name elsewhere and nothing stands in for it here (DOC_MISSING).
FAMOUS_MISSING = 0.45
# Ordinary words where other units of the document write the name as a name (Triumph; Trump).
DOC_WORDS = 0.6
PRONOUNS = re.compile(r"\b(he|she|his|her|him|hers|they|their|them)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PersonInfo:
    mention: PersonMention
    match: NameMatch
    first: bool  # first mention of this name in the document
    elsewhere: tuple[str, ...] = ()  # English forms of this name in other units (document table)


def _covered(view: UnitView, m: PersonMention) -> bool:
    return any(s < m.end and m.start < e for s, e, _ in view_terms(view))


def _raw_persons(view: UnitView) -> list[PersonInfo]:
    """The unit's person mentions matched in the unit alone (cached; remembers earlier units).

    Mentions that string and phonetic search leave unresolved ("none", "weak") are looked up
    once more by word alignment (:mod:`mtqa.align.name_spans`) when it is available.
    """
    cache = view.doc.cache
    key = f"persons.raw:{view.unit.index}"
    if key in cache:
        found: list[PersonInfo] = cache[key]
        return found
    known: set[str] = cache.setdefault("persons.known", set())
    seen: set[str] = cache.setdefault("persons.seen", set())
    infos: list[PersonInfo] = []
    if view.source_text:
        mentions = find_persons(view.source_text, view.source_tokens, known, korean_forms())
        # Reporters in a wire byline ("(서울=연합뉴스) 박지훈 기자 =") are dropped in English;
        # kept only where the English writes them ('By Lee Sea' for 이바다 is a name as words).
        byline = source_dateline(view.source_text)
        repeated = _repeated_names(view.doc)
        mentions += [
            m
            for m in _unread_repeated(view, mentions, repeated | frozenset(known))
            if m.name in known or _surname_named(view.doc, m.surname)
        ]
        mentions = [_document_title(view, m) for m in mentions]
        for m in mentions:
            if not m.anchored and m.kind == "foreign" and m.name in repeated:
                # Only the name: a homograph title after it stays unread (뷰티 시장 'market').
                m = replace(m, anchor=REPEATED, title=None, title_span=None, title_prefix="")
            elif (
                not m.anchored
                and m.kind == "korean"
                and m.given
                and m.name in repeated
                and _surname_named(view.doc, m.surname)
            ):
                # 최이슬 in four sentences of a golf story, never titled: the story's person
                m = replace(m, anchor=REPEATED_KOREAN)
            elif not m.anchored and m.kind == "korean" and _meaning_written(m, view.target_text):
                # 박하늘과 ... as 'Park Sky and ...': no one writes a surname and that word
                m = replace(m, anchor=REPEATED_KOREAN)
            named = None if m.anchored else _named_before_title(m, view.target_text)
            if (not m.anchored and named is None) or _covered(view, m):
                continue
            ident = m.surname if m.kind == "korean" and not m.given else m.name
            match = named or _known_match(m, view.target_text) or locate(m, view.target_text)
            if match.status in UNRESOLVED and m.kind == "korean" and not m.given:
                match = _chinese_family_name(m, view.target_text, known) or match
            if match.status == "none" and m.kind == "korean" and m.given and m.title:
                words_span = words_beside_title(view.target_text, m.title)
                if words_span is not None:  # 'said Better Star, director general' (나은별)
                    match = NameMatch("words", words_span, 0.0, None, DOC_WORDS, "title")
            infos.append(PersonInfo(m, match, ident not in seen))
        infos = _with_alignment(view, _exclusive(view.target_text, infos))
        if byline is not None:  # the English may leave the reporters out
            infos = [p for p in infos if not _dropped_reporter(p, byline)]
        for info in infos:
            m = info.mention
            if m.anchor == REPEATED:
                continue  # repetition makes no person of it, nor a first mention, for later units
            if m.title is not None and m.title_prefix:
                for k in _title_keys(m):
                    cache.setdefault("persons.body_titles", {})[k] = m.title
            known.add(m.name)
            seen.add(m.name)
            if m.kind == "korean":
                seen.add(m.surname)
                if m.given and m.title is not None:
                    known.add(titled_key(m.surname, m.title.ko))
            else:
                short = m.name.split()[-1:]
                first = m.name.split()[0]
                if " " in m.name and (japanese_spellings(first) or is_vietnamese(m.name)):
                    short.append(first)  # 나카무라 겐이치, then 나카무라 지사; 팜 민 뚜언, 팜
                known.update(short)
                seen.update(short)
    cache[key] = infos
    return infos


def _title_keys(m: PersonMention) -> list[str]:
    """How later mentions may name ``m``'s person with its bare title: the full name, a foreign
    name's last word (포드 of 더그 포드), a Korean surname (이 총재)."""
    base = m.title.ko.removeprefix("중앙은행 ") if m.title is not None else ""
    base = "총리" if base == "주총리" else base
    short = m.surname if m.kind == "korean" else m.name.split()[-1]
    return [f"{m.name}/{base}", f"{short}/{base}"]


def _document_title(view: UnitView, m: PersonMention) -> PersonMention:
    """``m`` with the title a body made for the person earlier in the article (포드 총리 after
    온타리오주 총리: the premier; 이 총재 after 한은 이창용 총재: the governor), or, for a
    central bank's titles written with no body, the one the article's central bank makes
    (이정아 부총재보 in a story on 한국은행: a deputy governor, no vice president)."""
    if m.title is None or m.title.ko not in BODY_MADE_TITLES or m.title_prefix:
        return m
    earlier: dict[str, Title] = view.doc.cache.get("persons.body_titles", {})
    for k in _title_keys(m):
        if k in earlier:
            return replace(m, title=earlier[k])
    if m.title.ko == "총리":
        return m
    bank = view.doc.cache.get("persons.governed_bank")
    if bank is None:
        korean = "\n".join(s.text for s in view.doc.source_sentences)
        bank = view.doc.cache["persons.governed_bank"] = governed_bank(korean)
    return replace(m, title=bank_title(m.title)) if bank else m


def _chinese_family_name(m: PersonMention, text: str, known: set[str]) -> NameMatch | None:
    """The family name alone of a Chinese person the article named in full (허 부총리 after
    허리펑: 'He'), in its pinyin after a word ('Vice Premier He'; a sentence's first 'He' is
    the pronoun)."""
    if not any((c := chinese_parts(k)) is not None and c[0] == m.surname for k in known):
        return None
    for spelling in pinyin_spellings(m.surname):
        found = re.search(rf"(?<=[A-Za-z,] ){spelling.capitalize()}\b", text)
        if found is not None:
            return NameMatch("found", found.span(), 1.0, found.span(), via="pinyin")
    return None


def _dropped_reporter(p: PersonInfo, byline: tuple[int, int]) -> bool:
    """A reporter of the wire byline the English does not write (or any foreign one)."""
    inside = byline[0] <= p.mention.start < byline[1]
    return inside and (p.match.status in UNRESOLVED or p.mention.kind != "korean")


# A Korean full name (surname and given name, a proper noun to kiwipiepy) in three or more units
# of an article with nothing marking it a person: the story's subject (an athlete, a suspect),
# checked as an anchored name is.
REPEATED_KOREAN = "repeated-korean"
KOREAN_REPEATS = 3


def plain_mentions(doc: DocView) -> dict[int, list[PersonMention]]:
    """Each unit's person mentions read from its Korean alone, with no document knowledge
    (cached on the document: the place rules and the repetition test both ask)."""
    found: dict[int, list[PersonMention]] | None = doc.cache.get("persons.plain")
    if found is None:
        found = doc.cache["persons.plain"] = {
            v.unit.index: find_persons(v.source_text, v.source_tokens)
            for v in doc.views()
            if v.source_text
        }
    return found


def _surname_named(doc: DocView, surname: str) -> bool:
    """The English of the article writes a spelling of the Korean surname as a name, capitalized
    after a sentence's first word (the story's 'Choi'); not 진도 'magnitude', 사파리 'safari'
    (cached per surname)."""
    key = f"persons.surname_named:{surname}"
    if key not in doc.cache:
        spellings = {fold(s) for s in surname_spellings(surname)}
        doc.cache[key] = any(
            fold(w) in spellings and w[:1].isupper() and not sentence_initial(v.target_text, a)
            for v in doc.views()
            for a, _, w in words(v.target_text)
        )
    found: bool = doc.cache[key]
    return found


def _unread_repeated(
    view: UnitView, mentions: list[PersonMention], repeated: frozenset[str]
) -> list[PersonMention]:
    """Korean full names the article repeats, or names earlier with a title, 씨 or an age, that
    kiwipiepy did not read as names in this unit (a headline's 최/XPN 이슬/NNG; 이/MM 바다/NNG
    after 이바다(34)), where the name starts a word and ends cleanly."""
    text = view.source_text
    index = TokenIndex(view.source_tokens)
    out = []
    for name in sorted(repeated):
        split = split_name(name) if " " not in name else None
        if split is None or any(m.name == name for m in mentions):
            continue
        for found in re.finditer(re.escape(name), text):
            a, b = found.span()
            if a and not text[a - 1].isspace() and text[a - 1] not in "\"'‘“(":
                continue
            if any(m.start < b and a < m.end for m in mentions):
                continue
            if ends_cleanly(text, a, b, index):
                out.append(PersonMention(a, b, name, "korean", REPEATED_KOREAN, *split))
    return out


def _repeated_names(doc: DocView) -> frozenset[str]:
    """Foreign names (Hangul) found in two or more units of the document, and Korean full
    names found in three or more (cached)."""
    found: frozenset[str] | None = doc.cache.get("persons.repeated")
    if found is None:
        units: Counter[str] = Counter()
        for mentions in plain_mentions(doc).values():
            units.update({m.name for m in mentions if m.kind == "foreign" or m.given})
        korean = {m.name for ms in plain_mentions(doc).values() for m in ms if m.given}
        found = doc.cache["persons.repeated"] = frozenset(
            n for n, c in units.items() if c >= (KOREAN_REPEATS if n in korean else 2)
        )
    return found


# Homograph titles whose other reading rarely follows a foreign word: there a name in the
# English makes the word a person (클린스만 감독 'Klinsmann'). Not 시장 (비잔틴 시장 'the
# Byzantine markets'), 장관 (칼데라호가 장관을 이루는 'a spectacular caldera'), 지사, 검사...
NAME_BEFORE_TITLES = frozenset({"감독", "의원", "대표", "회장"})
ENGLISH_ANCHOR = "english-anchor"  # NameMatch.via of a person only the English shows to be one


def _named_before_title(m: PersonMention, text: str) -> NameMatch | None:
    """The English match of one foreign word before a homograph title (클린스만 감독: the title
    alone does not make it a person) where the English writes it as a name that is no ordinary
    word ('Klinsmann') and no part of a longer name; None otherwise, and for the titles not in
    :data:`NAME_BEFORE_TITLES`."""
    if m.kind != "foreign" or m.title is None or m.title.ko not in NAME_BEFORE_TITLES:
        return None
    match = locate(m, text)
    if match.status != "found" or match.span is None:
        return None
    words = name_words(text[match.span[0] : match.span[1]])
    if not words or any(is_ordinary_word(w[2]) for w in words):
        return None
    if re.match(r" [A-Z]", text[match.span[1] :]):
        return None  # part of a longer name ('Caldera Lake', 'Medi Clinic')
    return replace(match, via=ENGLISH_ANCHOR)


def _known_match(m: PersonMention, text: str) -> NameMatch | None:
    """Where ``text`` writes a known person's name in an accepted form (known_persons.tsv)."""
    person = known_person(m.name)
    if person is None:
        return None
    for form in sorted(person.accepted, key=len, reverse=True):
        spans = find_all(text, form)
        if spans:
            span = spans[0]
            words = name_words(text[: span[1]])
            last = (words[-1][0], words[-1][1]) if words else None
            given = _given_near_miss(person, m, form, text, span[0])
            if given is not None:  # 'Lishi Sunak' for 리시 수낵: the surname alone is accepted
                return NameMatch("close", (given, span[1]), 0.9, last, via=GIVEN_ONLY)
            return NameMatch("found", span, 1.0, last, via="known")
    return None


def _given_near_miss(
    person: KnownPerson, m: PersonMention, form: str, text: str, start: int
) -> int | None:
    """Start of the word before an accepted short form (Sunak) that misspells the given name
    the Korean writes (리시 수낵 -> 'Lishi Sunak'), or None."""
    if " " in form or " " not in m.name or not person.en.endswith(" " + form):
        return None
    before = re.search(r"([A-Z][\w'-]*) +$", text[:start])
    if before is None:
        return None
    given, got = fold(person.en[: -len(form)].split()[-1]), fold(before.group(1))
    if got != given and fuzz.ratio(got, given) >= KNOWN_SIMILAR:
        return before.start(1)
    return None


# How alike a span must be to a known person's accepted form to count as its misspelling
# (rapidfuzz ratio of the folded texts): 'Emmanuel Macaroon' 94, 'Jo Bidden' 89, 'She Jinping'
# 86 against 'Macron', 'Biden', 'Xi Jinping'; 'Donald Tusk' for 트럼프 is 50.
KNOWN_SIMILAR = 75
KNOWN_CONFIDENCE = 0.7
# A run spelled unlike every accepted form that sounds like the Korean this surely renders the
# known person under another spelling ('Honnold', 'Hornaldu' for 호날두; 'Pello' for 펠로시).
# On the references the only such run is another man of the same Korean name (Khadaffy
# Janjalani for 카다피), so it is shown, a little lower.
KNOWN_SOUNDS_LIKE = 0.75
KNOWN_SOUNDS_CONFIDENCE = 0.55
# Only the given name before an accepted surname is off ('Lishi Sunak'): transliterations of
# given names vary more than dictionaries list ('Dimitry Medvedev' in a reference), so shown low.
GIVEN_ONLY = "given-only"
GIVEN_ONLY_CONFIDENCE = 0.45
# A Korean given name written with a vowel Korean pronounces alike (ㅐ as ㅔ: Jo Hee-de for
# 조희대, his own spelling): shown low, minor.
HOMOPHONE_CONFIDENCE = 0.45
_POSSESSIVE = re.compile(r"'s?$")


class KnownMiss(NamedTuple):
    """A known person's name written unlike every accepted form."""

    person: KnownPerson
    form: str  # the accepted form it is closest to
    close: bool  # spelled close to it ('Emmanuel Macaroon'), not only sounding like the Korean


def known_misspelling(view: UnitView, info: PersonInfo) -> KnownMiss | None:
    """Where the English renders a known person close to, but unlike, every accepted form;
    None where it writes one or something else. Cached on the document: MT401, MT403 and
    MT405 each ask."""
    key = f"persons.known-miss:{view.unit.index}:{info.mention.start}"
    cache = view.doc.cache
    if key not in cache:
        cache[key] = _known_misspelling(view.target_text, info)
    found: KnownMiss | None = cache[key]
    return found


def _known_misspelling(text: str, info: PersonInfo) -> KnownMiss | None:
    person = known_person(info.mention.name)
    span = info.match.span
    if person is None or span is None or info.match.via == "known":
        return None
    if info.match.status not in ("found", "close", "weak"):
        return None  # ordinary words (MT402) or nothing found (MT401)
    m = info.mention
    if m.kind == "korean" and info.match.via == "romanized" and info.match.status == "found":
        return None  # a romanization Korean names take ('Yun Suk-yeol'), listed or not
    got = _POSSESSIVE.sub("", fold(text[span[0] : span[1]]))
    if any(got == fold(f) or got == fold(f) + "s" for f in person.accepted):
        return None  # "Macron's", "the Clintons"
    inside = any(find_all(text[span[0] : span[1]], f) for f in person.accepted)
    if inside and info.match.via != GIVEN_ONLY:
        return None  # 'George W. Bush', 'pro-Trump': an accepted form inside the run
    score, form = max((fuzz.ratio(got, fold(f)), f) for f in person.accepted)
    sounds = info.match.status == "found" and info.match.score >= KNOWN_SOUNDS_LIKE
    if (score < KNOWN_SIMILAR and not sounds) or _another_known(text, span, person):
        return None
    return KnownMiss(person, form, score >= KNOWN_SIMILAR)


def _another_known(text: str, span: tuple[int, int], person: KnownPerson) -> bool:
    """The span is part of another known person's accepted form ('Osama' of Osama bin Laden)."""
    for other in distinct_persons():
        if other.en == person.en:
            continue
        for form in other.accepted:
            if any(a < span[1] and span[0] < b for a, b in find_all(text, form)):
                return True
    return False


UNRESOLVED = frozenset({"none", "weak"})
# How surely a match renders its mention, for two mentions that claim one English run.
_RANK = {"found": 5, "surname": 4, "close": 3, "words": 2, "weak": 1, "none": 0}


def _surer(a: NameMatch, b: NameMatch) -> bool:
    """``a`` renders its mention more surely than ``b`` does its own."""
    return (_RANK[a.status], a.via == "romanized", a.score) > (
        _RANK[b.status],
        b.via == "romanized",
        b.score,
    )


def same_person(a: PersonMention, b: PersonMention) -> bool:
    """Perhaps one person: the same name, the same last word of a foreign name (앙겔라 메르켈,
    메르켈), or the same Korean surname (이명박, 이 전 시장)."""
    if a.kind != b.kind:
        return False
    if a.kind == "korean":
        return a.surname == b.surname and (a.given == b.given or not a.given or not b.given)
    return a.name.split()[-1] == b.name.split()[-1]


# Score by which a run holding another mention's run inside it may trail and still keep it.
COVERS_MARGIN = 0.05


def _covers_as_well(p: NameMatch, q: NameMatch) -> bool:
    """``p``'s run holds ``q``'s inside it, longer, and renders its mention about as well: the
    whole name ('Marco Bianchi' for 마르코 비앙키) is that person's, not a word of it another
    name sounds like (요바노비치 on 'Bianchi')."""
    if p.span is None or q.span is None or p.status != q.status:
        return False
    inside = p.span[0] <= q.span[0] and q.span[1] <= p.span[1] and p.span != q.span
    return inside and q.score - p.score < COVERS_MARGIN


def _exclusive(text: str, infos: list[PersonInfo]) -> list[PersonInfo]:
    """One English run renders one mention: a mention whose run overlaps a match of another
    that is surer, or as sure and earlier in the Korean, is looked up again without that run.

    Another person's run taken so (Lee Myung-bak for 이해찬) leaves the mention unresolved where
    nothing else renders it. A second mention of the same name in the unit (이 전 시장 twice, or
    금 의원 after 금태섭 의원) keeps the shared run unless another run shows an error (Two's for
    the other Lee, Gold for 금): the English may name the person once.
    """
    out = list(infos)
    for i, p in enumerate(infos):
        span = p.match.span
        if span is None or p.match.via == "known":
            continue  # an accepted form of a known person is that person's, whoever shares it
        taken = tuple(
            q.match.span
            for j, q in enumerate(infos)
            if j != i
            and q.match.span is not None
            and q.match.span[0] < span[1]
            and span[0] < q.match.span[1]
            and (_surer(q.match, p.match) or (not _surer(p.match, q.match) and j < i))
            and not _covers_as_well(p.match, q.match)
        )
        if not taken:
            continue
        # nor any run another mention renders surely (정운찬's 'Chung Un-chan' for 이해찬 once
        # 이명박's 'Lee Myung-bak' is out of reach)
        taken += tuple(
            q.match.span
            for j, q in enumerate(infos)
            if j != i and q.match.span is not None and q.match.status == "found"
        )
        again = locate(p.mention, text, taken)
        same = all(same_person(q.mention, p.mention) for q in infos if q.match.span in taken)
        if not same or again.status in ("words", "close"):
            out[i] = PersonInfo(p.mention, again, p.first)
    return out


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


# Phonetic score from which a name-like run the alignment points at may be the name. Measured on
# references and deleted names (bench/checks_names.py): aligned name-like runs at >= 0.5 were 7 of
# 51 unresolved reference mentions and 11 of 279 deleted names, so alignment only softens MT401.
ALIGNED_NAME = 0.5


def _settle(p: PersonInfo, span: tuple[int, int] | None, text: str) -> NameMatch:
    """The match of an unresolved mention given the English span aligned to it (or None).

    Aligned ordinary words that sound like the name make it "words"; an aligned name-like run
    that sounds somewhat like it makes it "weak" (MT401 at a lower confidence); else unchanged.
    """
    m = p.match
    if span is None:
        return NameMatch(m.status, m.span, m.score, m.surname_span, via="alignment")
    ws = [w for w in name_words(text) if span[0] <= w[0] < span[1]]
    kind, conf = span_kind(ws, text)
    score = phonetic_score(p.mention.name, text[span[0] : span[1]])
    if kind == "words" and score >= FOREIGN_WEAK:
        return NameMatch("words", span, score, span, ordinary=conf, via="alignment")
    if kind == "name" and score >= ALIGNED_NAME:
        return NameMatch("weak", span, score, via="alignment")
    return NameMatch(m.status, m.span, m.score, m.surname_span, via="alignment")


# --- the document: how the English renders each name in other units ---------------------------


@dataclass(frozen=True)
class Rendering:
    """How one mention of a name is written in the English (a "found" or "surname" match)."""

    key: str  # "full:<Hangul name>" or "surname:<last Hangul word of a foreign name>"
    unit: int
    span: tuple[int, int]  # in the unit's target text
    text: str
    repeated: bool = False  # of a mention only repetition anchors: for MT405 alone


def name_keys(m: PersonMention) -> tuple[str, ...]:
    """The table keys of a mention: its full name and, for foreign names, the last word.

    Korean surnames alone are left out: one surname is shared by many persons (이 Lee, 리 Ri).
    """
    if m.kind == "korean":
        return (f"full:{m.name}",) if m.given else ()
    last = m.name.split()[-1]
    return (f"full:{m.name}", f"surname:{last}") if " " in m.name else (f"surname:{last}",)


def trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without title words and honorifics at its ends (President Trump -> Trump), nor
    the apostrophe of a possessive after s (the Lakers' -> Lakers, James' -> James), which
    :func:`name_words` leaves on the word."""
    ws = [w for w in name_words(text) if span[0] <= w[0] < span[1]]
    neutral = neutral_words()
    while ws and ws[0][2].lower().strip(".") in neutral:
        ws.pop(0)
    while ws and ws[-1][2].lower().strip(".") in neutral:
        ws.pop()
    if not ws:
        return span
    end = ws[-1][1]
    if text[end - 2 : end] in ("s'", "s’"):
        end -= 1
    return ws[0][0], end


def _renderings(unit: int, text: str, info: PersonInfo) -> list[Rendering]:
    m, match = info.mention, info.match
    if match.status not in ("found", "surname") or match.span is None:
        return []
    keys = name_keys(m)
    span = trimmed(text, match.span)
    if m.kind == "korean":
        if match.status != "found":  # the surname alone (Kim): shared by many persons
            return []
        return [Rendering(k, unit, span, text[span[0] : span[1]]) for k in keys]
    out = []
    rep = m.anchor == REPEATED
    if " " in m.name and len(name_words(text[span[0] : span[1]])) > 1:
        out.append(Rendering(keys[0], unit, span, text[span[0] : span[1]], rep))
    sur = trimmed(text, match.surname_span) if match.surname_span else span
    out.append(Rendering(keys[-1], unit, sur, text[sur[0] : sur[1]], rep))
    return out


class DocNames:
    """The English renderings of every person name in a document, by name and by unit."""

    def __init__(
        self, renderings: list[Rendering], surnames: dict[str, set[int]] | None = None
    ) -> None:
        self._surnames = surnames or {}  # Korean surname -> units that write it romanized
        self._by_key: dict[str, list[Rendering]] = defaultdict(list)
        self._by_unit: dict[int, list[Rendering]] = defaultdict(list)
        for r in renderings:
            self._by_key[r.key].append(r)
            self._by_unit[r.unit].append(r)

    def renderings(self, key: str) -> list[Rendering]:
        return self._by_key.get(key, [])

    def in_unit(self, unit: int) -> list[Rendering]:
        return self._by_unit.get(unit, [])

    def surname_written(self, surname: str, unit: int) -> bool:
        """Another unit writes this Korean surname romanized for a mention of it (Kim)."""
        return bool(self._surnames.get(surname, set()) - {unit})

    def elsewhere(self, m: PersonMention, unit: int) -> tuple[str, ...]:
        """Forms of the mention's name in other units: full forms first, then commonest."""
        counts: Counter[str] = Counter()
        for k in name_keys(m):
            counts.update(r.text for r in self.renderings(k) if r.unit != unit and not r.repeated)
        return tuple(sorted(counts, key=lambda t: (-len(t.split()), -counts[t])))


def document_names(doc: DocView) -> DocNames:
    """The document's table of name renderings (computed once, kept in ``doc.cache``)."""
    table: DocNames | None = doc.cache.get("persons.doc")
    if table is None:
        found = []
        surnames: dict[str, set[int]] = defaultdict(set)
        for view in doc.views():  # in order: first mentions and anchors follow the document
            for info in _raw_persons(view):
                found.extend(_renderings(view.unit.index, view.target_text, info))
                if info.mention.kind == "korean" and info.match.via in ("romanized", "known"):
                    surnames[info.mention.surname].add(view.unit.index)
        table = doc.cache["persons.doc"] = DocNames(found, surnames)
    return table


def _meaning_written(m: PersonMention, text: str) -> bool:
    """The English writes a spelling of the Korean name's surname, or its meaning, right beside
    a listed meaning of its given name ('Park Sky' for 박하늘, 'West Sky' for 서하늘): the name
    rendered by its meaning, which makes it a person however the Korean marks it."""
    meanings = given_meanings().get(m.given, frozenset()) if m.given else frozenset()
    if not meanings:
        return False
    homograph = surname_meanings().get(m.surname)
    spellings = (*surname_spellings(m.surname), *(homograph.words if homograph else ()))
    names = "|".join(re.escape(s) for s in spellings)
    words = "|".join(re.escape(w.title()) for w in sorted(meanings, key=len, reverse=True))
    if not names:
        return False
    pattern = rf"\b(?:(?:{names}) (?:{words})|(?:{words}) (?:{names}))\b"
    return re.search(pattern, text) is not None


def unit_persons(view: UnitView) -> list[PersonInfo]:
    """The unit's person mentions with their English matches, informed by the document (cached).

    A mention the unit alone leaves unresolved, or finds only as ordinary words, counts as found
    where a form the translation gives the same name in another unit stands in this unit. A
    foreign name found with an ordinary word where other units have a name word (Donald Triumph;
    Donald Trump elsewhere) counts as ordinary words.
    """
    key = f"persons:{view.unit.index}"
    cached: list[PersonInfo] | None = view.doc.cache.get(key)
    if cached is None and not view.resources.options.get("name_document", True):
        cached = view.doc.cache[key] = _raw_persons(view)  # benchmarks: the unit alone
    if cached is None:
        table = document_names(view.doc)
        cached = view.doc.cache[key] = [
            _with_document(view, p, table.elsewhere(p.mention, view.unit.index))
            for p in _raw_persons(view)
        ]
    return cached


def _with_document(view: UnitView, p: PersonInfo, elsewhere: tuple[str, ...]) -> PersonInfo:
    if not elsewhere:
        return p
    text, match = view.target_text, p.match
    if match.status in UNRESOLVED or match.status == "words":
        for form in elsewhere:
            spans = find_all(text, form)
            if spans:
                span = spans[0]
                last = name_words(text[: span[1]])[-1]
                found = NameMatch("found", span, 1.0, (last[0], last[1]), via="document")
                return PersonInfo(p.mention, found, p.first, elsewhere)
        if match.status == "words" and match.span is not None and _part_of(text, match, elsewhere):
            # 'Sisi' beside 'Abdel Fattah el-Sisi' elsewhere: the article's own name word
            found = NameMatch("found", match.span, match.score, match.surname_span, via="document")
            return PersonInfo(p.mention, found, p.first, elsewhere)
    elif match.status == "found" and p.mention.kind == "foreign" and match.span is not None:
        odd = _ordinary_for_name(text, trimmed(text, match.span), elsewhere)
        if odd:
            words_match = NameMatch("words", match.span, match.score, match.surname_span, 0.6)
            return PersonInfo(p.mention, words_match, p.first, elsewhere)
    return PersonInfo(p.mention, match, p.first, elsewhere)


def _part_of(text: str, match: NameMatch, elsewhere: tuple[str, ...]) -> bool:
    """Every word of the matched span is, as written, a word of a form the article writes the
    name in elsewhere (hyphens split: 'Sisi' of 'el-Sisi'); 'the moon' is no 'Moon'."""
    assert match.span is not None
    mine = [w[2] for w in name_words(text[match.span[0] : match.span[1]])]
    return bool(mine) and any(set(mine) <= set(re.split(r"[\s\-]+", form)) for form in elsewhere)


def _ordinary_for_name(text: str, span: tuple[int, int], elsewhere: tuple[str, ...]) -> bool:
    """The span has an ordinary word where the document's form of the name has a name word.

    "Donald Triumph" against "Donald Trump": the words differ only where "triumph" is a
    dictionary word that is no name and "Trump" is a name.
    """
    mine = [w[2] for w in name_words(text[span[0] : span[1]])]
    for form in elsewhere:
        theirs = form.split()
        if len(theirs) != len(mine):
            continue
        pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if fold(a) != fold(b)]
        if pairs and all(is_ordinary_word(a) and not is_ordinary_word(b) for a, b in pairs):
            return True
    return False


def _missing_confidence(info: PersonInfo) -> float:
    """How surely a full name is missing (before the pronoun discount)."""
    m = info.mention
    if not info.first:
        conf = 0.35  # the English may use the surname alone or a pronoun
    elif m.kind == "foreign" and " " not in m.name and known_person(m.name) is None:
        # One word: often an organization or place before a title (버진미디어 대변인), or a
        # person the English knows by another short form (not so a known person's: 오바마).
        conf = 0.5
    else:
        conf = 0.65
    if info.match.status == "weak":  # a name-like run that may be another spelling
        conf -= 0.3
    return conf


def _office_of_place(m: PersonMention, text: str) -> bool:
    """The English renders the mention's title right after a place's possessive ('Syria's
    leader', 'Japan's prime minister')."""
    if m.title is None:
        return False
    for a, _ in find_renderings(m.title, text):
        before = re.search(r"((?:[A-Z][\w.-]*\s)?([A-Z][\w.-]*))['’]s\s+$", text[:a])
        if before is not None and (
            fold(before.group(1)) in english_place_names()
            or fold(before.group(2)) in english_place_names()  # 'But Syria's'
        ):
            return True
    return False


# A first mention whose title a place's possessive holds ('Syria's leader'): shown no higher.
PLACE_OFFICE_MISSING = 0.45


def _title_stands_in(m: PersonMention, text: str) -> bool:
    """The English renders the mention's title ("the president" for 트럼프 대통령)."""
    return m.title is not None and bool(find_renderings(m.title, text))


def _suggest(info: PersonInfo) -> str | None:
    """The translation's own form of the name elsewhere, else a romanization of a Korean name."""
    m = info.mention
    if info.elsewhere:
        return info.elsewhere[0]
    if m.kind != "korean":
        return None
    return name_variants(m.name)[0] if m.given else surname_spellings(m.surname)[0]


@rule(
    "MT401",
    "name-missing",
    "Accuracy/Omission",
    Severity.MAJOR,
    "A person named in the Korean has no recognisable rendering in the English.",
    "A Korean or foreign person name (anchored by a title, 씨 or an age) was not found in the "
    "aligned English in any romanization style, nor phonetically, nor (where the encoder is "
    "available) at the English words aligned to it. Confidence: 0.65 for a first mention of a "
    "full name, 0.5 for a one-word foreign name (often an organization before a title), 0.35 "
    "for later mentions, 0.3 lower when a name-like run might be another spelling, 0.15 lower "
    "when the English has a pronoun, 0.45 at most where a place's possessive holds the "
    "rendered title ('Syria's leader'); a first mention is flagged at 0.65 whatever its kind when "
    "the article writes the name in other sentences and neither a pronoun nor the title stands "
    "in for it; 0.35 at most for a judge named only in brackets after the bench (제1민사부(정인수 "
    "부장판사)), which English court reports leave out. A form of the name the article uses "
    "elsewhere counts as found. A surname-only "
    "mention (김 위원장) is flagged at 0.3 only when neither the surname nor the title is "
    "rendered; where the English writes instead the surname of another Korean person of the "
    "article whom this sentence's Korean does not name ('..., Song said.' for 민 감독은 ...고 "
    "밝혔다), at 0.6. A famous person named with no title (트럼프는; known_persons.tsv) is checked "
    "too, but reported missing at 0.45 at most ('the president' may stand in), unless the "
    "article writes the name elsewhere and nothing stands in for it here. "
    "Reporters in a Korean wire byline ('(서울=연합뉴스) 박지훈 기자 =') are not "
    "checked (nor by the other name and title rules): English editions drop them.",
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
        if match.status not in UNRESOLVED or m.anchor == REPEATED:
            continue
        if known_misspelling(view, info) is not None:
            continue  # MT403 reports it, with the usual spelling
        if m.surname_only:
            swapped = _speaker_swapped(view, m)
            if swapped is not None:
                yield swapped
                continue
            # A later mention (김 지사): English often says "the governor" or "he" instead.
            if m.title is None or find_renderings(m.title, view.target_text):
                continue
            conf = 0.3
        else:
            conf = _missing_confidence(info)
        if m.anchor == "famous":
            conf = min(conf, FAMOUS_MISSING)  # no title: 'the president' may stand in
        if info.elsewhere and _headline(view):
            # a headline leaves the name to the body ('health minister urges ...')
            conf = min(conf, HEADLINE_MISSING)
        elif info.first and _full_name_next_door(view, info):
            # the full name stands in a sentence nearby: the translation moved or merged this
            # sentence's content, which the omission checks judge
            conf = min(conf, MOVED_MISSING)
        elif _presiding_in_brackets(view.source_text, m):
            # 제1민사부(정인수 부장판사): English court reports name the bench, not its judge
            conf = min(conf, BRACKETED_JUDGE_MISSING)
        elif PRONOUNS.search(view.target_text):
            conf -= 0.15
        elif info.first and _office_of_place(m, view.target_text):
            # 'Syria's leader' for 바샤르 아사드 시리아 대통령: the office of a named country
            # names its one holder, as a desk may write it
            conf = min(conf, PLACE_OFFICE_MISSING)
        elif (
            info.first
            and info.elsewhere
            and not m.surname_only
            and not _title_stands_in(m, view.target_text)
        ):
            # The article writes this person's name elsewhere, and here neither a pronoun nor
            # the title stands in for it: the name was dropped.
            conf = max(conf, DOC_MISSING)
        yield Hit(
            f"person name {m.name} not found in the translation",
            source=(m.start, m.end),
            suggestion=_suggest(info),
            confidence=round(max(conf, 0.1), 2),
        )


MOVED_MISSING = 0.3
HEADLINE_MISSING = 0.3
BRACKETED_JUDGE_MISSING = 0.35
# A judge in brackets after the bench (제1민사부(정인수 부장판사)): the bench's presiding judge.
_JUDGE_IN_BRACKETS = re.compile(r"\s?(?:부장판사|판사|재판장)\)")


def _presiding_in_brackets(source: str, m: PersonMention) -> bool:
    """The person is named only in brackets after a court's bench, as its presiding judge."""
    return (
        source[m.start - 1 : m.start] == "(" and _JUDGE_IN_BRACKETS.match(source, m.end) is not None
    )


def _headline(view: UnitView) -> bool:
    """The unit is the article's first and its Korean ends without a sentence's ending (no
    '다.'): a headline."""
    text = view.source_text.strip()
    return first_unit(view) and not text.endswith(("다.", "다", "."))


def _full_name_next_door(view: UnitView, info: PersonInfo) -> bool:
    """The full name is found in an English sentence up to two units away that the alignment
    left without Korean (a free translation moved this sentence's content there; the monotonic
    alignment then pairs this one with another's English). A name in a neighbour's own
    translation does not count: there the first mention was dropped."""
    if info.mention.surname_only:
        return False
    return any(
        not u.unit.source and locate(info.mention, u.target_text).status == "found"
        for u in neighbour_views(view, 2)
    )


def _speaker_swapped(view: UnitView, m: PersonMention) -> Hit | None:
    """'..., Song said.' for 민 감독은 ...고 밝혔다: another person of the article in the place of
    a later mention (see :mod:`mtqa.rules.person_swap`)."""
    from mtqa.rules.person_swap import SWAP_CONFIDENCE, other_person

    found = other_person(view, m.surname)
    if found is None:
        return None
    span, name = found
    got = view.target_text[span[0] : span[1]]
    return Hit(
        f"person {m.name} not found; the English names {got!r} ({name}) here, another person "
        "of the article",
        source=(m.start, m.end),
        target=span,
        suggestion=surname_spellings(m.surname)[0],  # the Korean's own surname, romanized
        confidence=SWAP_CONFIDENCE,
    )


@rule(
    "MT402",
    "name-as-words",
    "Accuracy/Mistranslation",
    Severity.MAJOR,
    "A person's name was translated as ordinary English words.",
    "The English span that sounds like the Korean name is made of ordinary dictionary words: "
    "lower case in mid-sentence ('the moon' for 문재인, 0.7), or capitalized dictionary words "
    "that are not frequent names ('Carry Lamb' for 캐리 람: 0.6 with an everyday word, 0.45 "
    "with rarer ones). A capitalized ordinary word beside name words that breaks a contrast "
    "loanword orthography writes reliably (voicing, -ing, hiatus, 아이/에이, a final vowel: "
    "'Vladimir Pudding' "
    "for 블라디미르 푸틴, 'Donald Triumph', 'Tony Blinking') makes the name ordinary words: 0.6 "
    "with an everyday word, 0.5 a common one, 0.4 rarer ones, 0.1 more where two cues fail. "
    "Names that are also words (Trump, Park, Moon, Lamb) are accepted when "
    "capitalized; a one-word foreign name (애플 대변인 may be 'Apple') stays below 0.5 unless "
    "the Korean marks a person (씨, an age). Capitalized pronouns in or right beside a "
    "foreign name ('Me You Sato' for 사토 미유) make it ordinary words at 0.6. "
    "Words right after the person's title or Mr./Ms. "
    "('President triumph', 'Mr. Merit' for 메리웨더 씨) are flagged at 0.6 at least. Where "
    "the article writes the name as a name in other sentences, such words are flagged at 0.6 "
    "at least, also beside a given name ('Donald Triumph' with 'Donald Trump' elsewhere), and "
    "the article's own form is suggested. A Korean surname translated by the meaning of its "
    "homograph ('Mayor Five' for 오 시장, 'President Door' for 문 대통령; surname_meanings.tsv) "
    "is flagged at 0.75 beside the given name ('Door Jae-in', 'King Haitao'), 0.7 right after "
    "the person's title or Mr./Ms. or before the title in apposition, 0.45 alone in "
    "mid-sentence ('met Gold in Singapore'), 0.55 before a reporting verb or with a possessive "
    "('Two said', \"Two's proposal\"; 0.6 where the article writes the surname romanized "
    "elsewhere); a meaning that is a place name ('Korea' for 한) only beside the given name or "
    "right after the title ('Korea Duck-soo', 'Prime Minister Korea'), with the "
    "conventional spelling suggested; lower-case words ('the five members'), words after an "
    "article ('the South') and words in a capitalized run ('South Korea') are not flagged. "
    "A Korean given name that is a word of its own (하늘 'sky', 우주 'universe') rendered by "
    "its meaning beside the romanized surname ('Sky Cho' for 조하늘, 'Kim Universe' for "
    f"김우주) is flagged at {MEANING_CONFIDENCE}: a capitalized dictionary word right before "
    "or after the surname that is no name, title, role ('Actress'), place or demonym. So is "
    "such a word right before a foreign name found by its last word only, sounding nothing "
    "like the first ('Knife Hendricks' for 칼 헨드릭스, Carl), and the surname 이 before a "
    "title read as the determiner ('said this vice mayor' for 이 부시장은) where the English "
    "writes no spelling of the surname.",
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
        meaning = (
            _given_meaning(view, info)
            or _first_part_as_word(view, info)
            or _surname_as_this(view, info)
        )
        if meaning is not None:
            yield meaning
            continue
        if info.match.status == "words" and info.mention.anchor != REPEATED:
            m, span = info.mention, info.match.span
            assert span is not None
            text = view.target_text[span[0] : span[1]]
            conf = info.match.ordinary or 0.5
            if info.elsewhere or (
                info.match.via == "meaning"
                and document_names(view.doc).surname_written(m.surname, view.unit.index)
            ):  # the document writes this name (or this surname) as a name elsewhere
                conf = max(conf, DOC_WORDS)
            elif beside_title(m, view.target_text, span[0], span[1]):
                conf = max(conf, DOC_WORDS)  # "Mr. Merit", "President triumph": a person here
            elif (
                m.kind == "foreign"
                and " " not in m.name
                and m.anchor not in SURE_PERSON
                and known_person(m.name) is None
            ):
                conf = min(conf, ONE_WORD_WORDS)  # 애플 대변인: "Apple" may be right
            what = "its meaning" if info.match.via == "meaning" else "ordinary words"
            yield Hit(
                f"name {m.name} rendered as {what} ({text!r})",
                source=(m.start, m.end),
                target=span,
                suggestion=_suggest(info),
                confidence=conf,
            )


def _surname_as_this(view: UnitView, info: PersonInfo) -> Hit | None:
    """The surname 이 before a title read as the determiner 'this' ('said this vice mayor' for
    이 부시장은), the English writing no spelling of the surname."""
    m = info.mention
    if not (m.surname_only and m.surname == "이" and m.title is not None):
        return None
    text = view.target_text
    if any(re.search(rf"\b{re.escape(sp)}\b", text) for sp in surname_spellings("이")):
        return None
    for a, _ in find_renderings(m.title, text):
        this = re.search(r"\b[Tt]his\s+$", text[:a])
        if this is not None:
            return Hit(
                f"surname of {m.name} {m.title.ko} rendered as the word 'this'",
                source=(m.start, m.end),
                target=(this.start(), this.start() + 4),
                suggestion=surname_spellings("이")[0],
                confidence=MEANING_CONFIDENCE,
            )
    return None


def _first_part_as_word(view: UnitView, info: PersonInfo) -> Hit | None:
    """A foreign name found by its last word only, a capitalized ordinary word that sounds
    nothing like the first word right before it: the first word rendered by a meaning of
    its Hangul ('Knife Hendricks' for 칼 헨드릭스, Carl)."""
    m, match = info.mention, info.match
    parts = m.name.split()
    if m.kind != "foreign" or len(parts) < 2 or match.status != "found" or match.span is None:
        return None
    if m.anchor == REPEATED or len(words(view.target_text[match.span[0] : match.span[1]])) > 1:
        return None
    if phonetic_score(parts[-1], view.target_text[match.span[0] : match.span[1]]) < 0.7:
        return None  # the found word is not the last one's
    span = word_before(view.target_text, match.span[0])
    if span is None or phonetic_score(parts[0], view.target_text[span[0] : span[1]]) >= 0.5:
        return None
    return Hit(
        f"name {m.name}: its first word rendered as the word "
        f"{view.target_text[span[0] : span[1]]!r}",
        source=(m.start, m.end),
        target=span,
        suggestion=_suggest(info),
        confidence=MEANING_CONFIDENCE,
    )


def _given_meaning(view: UnitView, info: PersonInfo) -> Hit | None:
    """A Korean given name that is a word, rendered by its meaning beside the romanized
    surname ('Sky Cho' for 조하늘, 'Kim Universe' for 김우주)."""
    m, match = info.mention, info.match
    if m.kind != "korean" or not m.given or match.status not in ("surname", "close"):
        return None
    if match.surname_span is None:
        return None
    span = None
    if is_word_given(m.given) and match.status == "surname":
        span = meaning_beside(view.target_text, match.surname_span, m.given)
    if span is None and m.name in given_meanings() and match.status == "surname":
        # the whole name a word ('Lee Drizzle' for 이슬비), its meaning beside the surname
        span = meaning_beside(view.target_text, match.surname_span, m.name)
    if span is None:  # 선미 is a word ('stern') yet 'Kim Good Beauty' reads it by syllables
        span = syllables_beside(view.target_text, match.surname_span, m.given)
    if span is None:
        return None
    word = view.target_text[span[0] : span[1]]
    return Hit(
        f"given name of {m.name} rendered as its meaning ({word!r})",
        source=(m.start, m.end),
        target=span,
        suggestion=_suggest(info),
        confidence=MEANING_CONFIDENCE,
    )


@rule(
    "MT403",
    "name-misspelled",
    "Accuracy/Mistranslation",
    Severity.MINOR,
    "A name is spelled close to, but unlike, any accepted romanization or known spelling.",
    "The surname is found and the given name is similar to its romanization, but no known style "
    "(Revised Romanization, McCune-Reischauer-like or popular spellings, hyphenated, joined or "
    "spaced) produces it: 'Park Geun-hye' as 'Park Geun-hee'. Known variant styles such as "
    "'Pak Kun-hye' are not flagged. A given name written with a vowel Korean pronounces alike "
    f"(ㅐ as ㅔ: 'Jo Hee-de' for 조희대, his own spelling) is shown at {HOMOPHONE_CONFIDENCE}, "
    "minor. Foreign persons Korean news names often (heads of state and government, ministers, "
    "business leaders: known_persons.tsv) have known English spellings: a rendering close to one "
    "of them but written otherwise ('Emmanuel Macaroon', 'Angela Merkle', 'Jo Bidden') is "
    "flagged at 0.7 (a misspelt given name before an accepted surname, 'Lishi Sunak', at "
    f"{GIVEN_ONLY_CONFIDENCE}); a name-like run spelled unlike them that sounds like the Korean "
    f"('Honnold' or 'Hornaldu' for 호날두, 'Pello' for 펠로시) at {KNOWN_SOUNDS_CONFIDENCE}. "
    "Any accepted form counts as the name found (no MT401/MT402), also inside a longer run "
    "('George W. Bush', 'pro-Trump'). A foreign name, or a word of one, written as the "
    "Revised Romanization of its Hangul ('Jeou Hairin' for 저우하이린, Zhou Hailin; 'John "
    "Eumboya' for 존 음보야, 'Sun Wicheon' for 쑨위천) is flagged at "
    f"{LETTER_BY_LETTER_CONFIDENCE} where that romanization has a vowel spelling (eo, eu, ae, "
    "oe, ui) foreign names seldom show, and a Vietnamese name with a word so romanized ('Nguyen "
    "Ban Tuan' for 응우옌 반 투언, Nguyen Van Tuan; vietnamese_names.tsv) at the same "
    f"confidence (another spelling the table does not give, 'Hong' for 흥, at "
    f"{VIETNAMESE_OTHER_CONFIDENCE}), as is a Japanese family name of japanese_surnames.tsv "
    "spelled close to, but "
    "unlike, its Hepburn spelling ('Haruna Takahishi' for 다카하시 하루나; Satoh and Satō are "
    "Sato), and a given name after such a family name written as no Hepburn reading of its "
    "Hangul by the National Institute of Korean Language's table ('Kenta' for 겐타로, 'Utah' "
    "for 유타; a reading longer than the Hangul, 'Taichiro' for 타이치, is the Korean cut "
    "short, and an English given name that sounds like the Hangul, whose readings are no "
    "usual name, is the Western name the katakana spells, 'Denny' for 데니); a Chinese "
    "name (a common family name, all of it a Chinese transcription, in a "
    "sentence naming China, Taiwan, Hong Kong or a place there) written in the pinyin of "
    "another name by the same table ('Wang Wantao' for 왕원타오, Wang Wentao; "
    f"pinyin_syllables.txt) at {PINYIN_CONFIDENCE}; a Korean name with another surname's "
    "spelling before its given name ('Cho Sung-min' for 최성민) is a misspelling too. A word "
    "of a foreign name that no list of names has (world_names.tsv: Faker's 86 locales and "
    "the US census; names_curated.txt: names of Southeast Asia and the Gulf) one letter from "
    "a common name (two from seven letters), not only by the letters spellings "
    "of one name vary by, where that name sounds as much like the Korean (or one letter "
    "more or other the Korean does not sound, 'Rasmunsen' for 라스무센), is flagged at "
    f"{COMMON_NAME_CONFIDENCE} ('Samuel Garsia' for 사무엘 가르시아, Garcia; 'Walrid' for "
    "왈리드, Walid).",
    (
        Example(
            "문재인 대통령이 말했다.",
            "President Moon Jea-in said.",
            "Jae-in is misspelled.",
        ),
        Example(
            "앙겔라 메르켈 독일 총리는 말했다.",
            "German Chancellor Angela Merkle said.",
            "Merkel is misspelled.",
        ),
    ),
)
def name_misspelled(view: UnitView) -> Iterator[Hit]:
    for info in unit_persons(view):
        known = known_misspelling(view, info)
        if known is not None and info.match.span is not None:
            person, form, close = known
            a, b = info.match.span
            given_only = info.match.via == GIVEN_ONLY
            # close to an accepted form 0.7; only sounding like the Korean ('Honnold') 0.55
            sure = KNOWN_CONFIDENCE if close else KNOWN_SOUNDS_CONFIDENCE
            yield Hit(
                f"name {info.mention.name} spelled {view.target_text[a:b]!r}; the usual English "
                f"spelling is '{form}' ({person.en})",
                source=(info.mention.start, info.mention.end),
                target=(a, b),
                suggestion=form,
                confidence=GIVEN_ONLY_CONFIDENCE if given_only else sure,
                severity=Severity.MINOR if given_only else None,
            )
            continue
        literal = foreign_misspelling(view, info)
        if literal is not None:
            yield literal
            continue
        if info.mention.kind != "korean" or not (
            info.match.status == "close" or _heard_only(view, info)
        ):
            continue
        if _given_meaning(view, info) is not None:
            continue  # 'Han Silver-jae': MT402 reports it
        m, span = info.mention, info.match.span
        assert span is not None
        if _names_another(view, m, view.target_text[span[0] : span[1]]):
            continue  # 'Nam Su-hyeon' is 남수현 of the same sentence, not 임시현 misspelt
        given = _given_written(view.target_text, info)
        if written_in_pinyin(view, m.name, given):
            continue  # 왕추친(중국) 'Wang Chuqin': a Chinese name in its pinyin
        split = split_off_syllables(m.given, given) and spells_given_name(m.given, given)
        # 'Shim Kyung-ah' for 신경아: the given name right, the surname another's
        other_surname = not split and spells_given_name(m.given, given)
        homophone = not split and not other_surname and spells_homophone(m.given, given)
        why = " (a vowel Korean pronounces alike: maybe the person's own spelling)"
        if split:
            why = ": the hyphen or space falls inside a syllable of the name"
        if other_surname:
            why = f": the surname is spelled as another one's, not {m.surname}'s"
        yield Hit(
            f"name {m.name} spelled {view.target_text[span[0] : span[1]]!r}"
            + (why if homophone or split or other_surname else ""),
            source=(m.start, m.end),
            target=span,
            suggestion=_suggest(info),
            confidence=(
                HOMOPHONE_CONFIDENCE if homophone else round(0.3 + 0.4 * info.match.score, 2)
            ),
            severity=Severity.MINOR if homophone else None,
        )  # fmt: skip


# A Korean name the matcher found by sound alone below this score is spelled as no
# romanization of it would be.
HEARD_ONLY = 0.95
# A surname and a hyphenated given name, as Korean names are written ('Tok Sa-min'; not 'X-ray').
_KOREAN_STYLE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\b")


def _heard_only(view: UnitView, info: PersonInfo) -> bool:
    """A Korean name found only by sound, no spelling of it written ('Tok Sa-min' for 탁수민):
    written as a Korean name is, with a hyphenated given name ('George' for 조지 is another
    name altogether), outside a Chinese context (천위슈 'Chen Yu-hsiu': Wade-Giles), and with
    no word that spells its given name ('Whang Joo-ho' for 황주호: the person's own spelling of
    the surname)."""
    match = info.match
    if match.status != "found" or match.via != "phonetic" or match.score >= HEARD_ONLY:
        return False
    if match.span is None:
        return False
    written = view.target_text[match.span[0] : match.span[1]]
    words = written.split()
    given = [w for w in words if spells_given_name(info.mention.given, w)]
    return (
        _KOREAN_STYLE.search(written) is not None
        and not chinese_context(view.source_text)
        and (
            not given
            # 'Mim Kyung-tae' for 민경태: the surname's own final sound changed, no spelling;
            # 'Hwabo Jin-cheol' for 황보진철: a two-syllable surname spelled as none of its forms
            or any(_surname_unlike(info.mention.surname, w) for w in words if w not in given)
        )
    )


def _surname_unlike(surname: str, word: str) -> bool:
    """``word`` writes ``surname`` as no one would: with another final consonant (one syllable),
    or as none of the listed spellings of a two-syllable surname (Hwangbo, Namgung, Namkoong)."""
    if len(surname) == 2:
        w = word.strip(".,'’")
        return w.isalpha() and w.lower() not in {f.lower() for f in surname_spellings(surname)}
    return _final_changed(surname, word)


# Letters a romanized syllable ends with for each final consonant of Hangul (ㄴ n, ㅁ m, ...).
_FINAL_LETTERS = {4: ("n",), 16: ("m",), 21: ("ng", "g"), 8: ("l", "r"), 1: ("k", "g", "c")}


def _final_changed(surname: str, word: str) -> bool:
    """``word`` writes the one-syllable ``surname`` with another final consonant (Mim for 민;
    but Whang for 황, Rhee for 이)."""
    if len(surname) != 1 or not is_hangul_syllable(surname):
        return False
    ends = _FINAL_LETTERS.get(jamo(surname)[2])
    w = word.lower().strip(".,'’")
    return ends is not None and w.isalpha() and not w.endswith(ends)


def _names_another(view: UnitView, m: PersonMention, written: str) -> bool:
    """``written`` romanizes another Korean name the unit's Korean writes (남수현 beside
    임시현, where 'she' stands in for 임시현); the name's own word cut short is no other
    name ('Jung Hyun' for 정현우)."""
    key = name_key(written)
    for found in re.finditer(r"[가-힣]{2,4}", view.source_text):
        if found.start() == m.start:
            continue
        word = found.group()
        for k in (3, 2, 4):
            name = word[:k]
            if (
                name != m.name
                and len(name) == k
                and split_name(name)
                and key_of_hangul(name) == key
            ):
                return True
    return False


def _given_written(text: str, info: PersonInfo) -> str:
    """The English of a Korean name's match without its surname (Hee-de of 'Jo Hee-de')."""
    span, sur = info.match.span, info.match.surname_span
    if span is None:
        return ""
    if sur is None or not (span[0] <= sur[0] and sur[1] <= span[1]):
        return text[span[0] : span[1]]
    return text[span[0] : sur[0]] + text[sur[1] : span[1]]
