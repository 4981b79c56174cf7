"""MT5xx: places in the source that the English drops, misspells or turns into a person's name.

Each source place (found with :mod:`mtqa.lexicon.gazetteer`, skipping spans the desk's termbase
or the organization list covers) gets one verdict per unit: rendered (an accepted English form,
adjective, demonym or metonym is present), misspelled (MT503), read as a person's name (MT502)
or missing (MT501). The three are exclusive, so one place never yields two findings.

Compound country abbreviations (한미, 미중, 남북, 한·미·일: :mod:`mtqa.lexicon.country_abbrev`)
get one verdict per component country, so a dropped party (미중 무역전쟁 -> "the US trade war")
is reported as that country missing.

A missing place may have been swapped for another (베이징 -> "Shanghai", 일본 -> "China"): when
the English names a place of the same kind (and, below country level, of the same country) that
the Korean of the unit and its neighbours does not mention in any form, MT501 reports the
substitution with both spans (:mod:`mtqa.rules.place_swaps`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from mtqa.lexicon.country_abbrev import Compound, find_compounds, find_visits, names_region
from mtqa.lexicon.gazetteer import HOME, Place, english_place_names, gazetteer
from mtqa.lexicon.korean_bounds import PARTICLES
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import (
    is_hangul,
    is_hangul_syllable,
    jamo,
    key_of_hangul,
    name_key,
    syllable,
)
from mtqa.lexicon.termbase import view_terms
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.lexicon.vietnamese import is_vietnamese
from mtqa.records import Severity
from mtqa.rules.base import DocView, Example, Hit, UnitView, neighbour_views, rule
from mtqa.rules.persons import plain_mentions
from mtqa.rules.place_swaps import (
    SWAP_KINDS,
    country_adjectives,
    inner_names,
    name_stems,
    names_of_kind,
    names_pattern,
    puts_inner_place_in,
    source_renderings,
    substitute,
)
from mtqa.rules.rendering import best_near, find_form, first_found, is_acronym
from mtqa.rules.subdivision_swaps import SWAP_CONFIDENCE as SUBDIVISION_SWAP_CONFIDENCE
from mtqa.rules.subdivision_swaps import facility_swap, listed_swap, subdivision_swaps
from mtqa.text.en_match import fold, words
from mtqa.text.ko_word_kinds import body_like
from mtqa.text.korean import morphemes

# Generic nouns a translator may use instead of repeating a place's name ("the province").
GENERIC: dict[str, tuple[str, ...]] = {
    "country": (
        "country",
        "countries",
        "nation",
        "nations",
        "national",
        "government",
        "domestic",
        "nationwide",
        "island",
    ),  # fmt: skip
    "province": ("province", "provincial", "region", "regional"),
    "state": ("state", "statewide"),
    "prefecture": ("prefecture", "prefectural", "region"),
    "city": ("city", "municipal", "metropolitan", "capital", "town"),
    "county": ("county",),
    "district": ("district", "ward", "neighborhood", "neighbourhood", "area"),
    "region": ("region", "regional", "area", "territory", "island", "peninsula"),
    "compass": ("region", "regional", "province", "provincial", "state", "area"),
    "sea": ("sea", "waters", "coast"),
}
_KIND_WORDS = {"compass": "region"}  # how a kind is named in messages
PERSON_KEY_MIN = 0.86
_KINDS = tuple(sorted(SWAP_KINDS))  # kinds whose names a related word may sit inside
# English words that render all parties of a compound abbreviation at once.
KOREAS = ("inter-Korean", "two Koreas", "both Koreas", "the Koreas", "North and South",
          "South and North", "cross-border", "North-South", "South-North")  # fmt: skip
# Words that may stand in for the parties of a two- or three-country compound (한미 -> "the
# allies' summit"): a component then is not named, but the relation is.
JOINT: dict[int, tuple[str, ...]] = {
    2: ("bilateral", "two countries", "both countries", "two nations", "both nations",
        "two sides", "both sides", "two governments", "both governments", "two leaders",
        "both leaders", "two allies", "alliance", "allies"),
    3: ("trilateral", "three countries", "three nations", "three-way", "three sides",
        "three leaders", "three governments"),
}  # fmt: skip


@dataclass(frozen=True)
class Verdict:
    """How one source place fared in the unit's English."""

    kind: str  # "ok", "missing", "misspelled", "person"
    source: tuple[int, int]
    places: tuple[Place, ...]
    target: tuple[int, int] | None = None
    suggestion: str = ""
    generic: str = ""  # a generic noun that may stand in for the place
    argument: bool = True  # followed by a case particle (subject, object, place), not a modifier
    ordinary: bool = False  # the mention is also an ordinary Korean word (경주 'race', 통가)
    nearby: bool = False  # named in a neighbouring unit's English (alignment may split sentences)
    compound: str = ""  # the compound abbreviation this is a component of (미중), if any
    partners: str = ""  # compound: "some" other component is named, "joint" words stand in
    instead: Place | None = None  # missing: the place the English names in its stead (target)
    # only the words of another place the Korean names too stand for it (독일 ... 베를린:
    # 'German'; 대만 ... 타이베이: 'Taipei'): missing only where another place stands in its
    # stead (a swap), else ok
    other_word: bool = False
    visit: bool = False  # the destination of a visit word (방한, 방미): a swap there is strong
    fewer: bool = False  # rendered fewer times than named, another place named (see _fewer)
    more: bool = False  # missing, and a place the Korean names too is named more (_named_more)
    sounds: bool = False  # misspelled: a run that sounds like the Korean, spelled otherwise

    @property
    def ko(self) -> str:
        return self.places[0].ko


def _covered(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


# A romanized Korean administrative unit ending a name: a place, never a person.
# Words that start a sentence before a place's name ('In Jojong-myeon, ...'): no surname.
_FUNCTION_WORDS = frozenset(
    {"in", "at", "on", "from", "to", "near", "of", "for", "the", "and", "by", "into", "around"}
)
_ROMANIZED_UNIT = re.compile(r"-(?:dong|gu|si|gun|eup|myeon|ri|ro|gil|do)$", re.IGNORECASE)
# The capitalized head of an institution's name right after a romanized run ('Gwangju Bukbu
# Fire Station'): the run names it, no person.
_INSTITUTION_AFTER = re.compile(
    r" (?:Fire|Police|Station|Office|Center|Centre|Hall|Hospital|School|University|Market|"
    r"Stadium|Arena|Airport|Library|Museum|Bridge|Tunnel|Terminal)\b"
)


def _persons_named(view: UnitView) -> list[str]:
    """The persons the unit's Korean marks as persons (a title, 씨, an age...), and the
    Vietnamese names it writes unmarked (베트남의 응우옌 티 란이; not 남구 용연동, which may be
    a place the English writes as a person): rivals of a place for a name-like run."""
    mentions = plain_mentions(view.doc).get(view.unit.index, [])
    return [
        p.name
        for p in mentions
        if p.anchored or is_vietnamese(p.name) or is_vietnamese(p.name[:-1])
    ]


def _person_like(
    target: str, ko_forms: list[str], accepted: Sequence[str] = (), persons: Sequence[str] = ()
) -> tuple[int, int] | None:
    """A run of 2-3 capitalized name parts whose Korean-name key matches a Korean place form.

    Runs that overlap an accepted English form of the place ("Hong Kong") are not candidates,
    nor runs that render a person the Korean names, or the person's given name, as well or
    better ('Jung Wook' is 정욱, not 중국).
    """
    names = [p.replace(" ", "") for p in persons]
    # a person's given name alone too ('Jeong-bok' of Mayor Yoo Jeong-bok is 정복, not 중국),
    # and the last words of a spaced one ('Thi Lan' of 응우옌 티 란, not 이란)
    rivals = (
        [key_of_hangul(n) for n in names]
        + [key_of_hangul(n[1:]) for n in names if len(n) >= 3]
        + [key_of_hangul("".join(p.split()[k:])) for p in persons for k in range(1, len(p.split()))]
    )
    taken = [span for name in accepted for span in find_form(target, name)]
    toks = [
        w
        for w in words(target)
        if w[2][:1].isupper() and not any(a < w[1] and w[0] < b for a, b in taken)
    ]
    keys = [key_of_hangul(f) for f in ko_forms if len(f) >= 2]
    # a surname's spelling of the first syllable before the initial sound law ('Roh Won-gu'
    # for 노원구: 노 is 로, Roh)
    keys += [key_of_hangul(r) for f in ko_forms if len(f) >= 2 and (r := _initial_r(f)) != f]
    for i in range(len(toks)):
        for j in range(i, min(i + 3, len(toks))):
            run = toks[i : j + 1]
            if any(b[0] - a[1] > 1 for a, b in zip(run, run[1:], strict=False)):
                break
            text = target[run[0][0] : run[-1][1]]
            parts = text.replace("-", " ").split()
            if len(parts) < 2 or any(len(p) > 7 for p in parts):
                continue
            if _ROMANIZED_UNIT.search(run[-1][2]) and all(
                w.lower() in _FUNCTION_WORDS for _, _, w in run[:-1]
            ):
                continue  # 'Seongsu-dong', 'In Jojong-myeon': a neighbourhood, no Seong Su-dong
            if _INSTITUTION_AFTER.match(target, run[-1][1]):
                continue  # 'Gwangju Bukbu Fire Station' (광주 북부소방서): an institution's name
            key = name_key(text)
            best = max((fuzz.ratio(key, k) for k in keys if k), default=0.0)
            if best / 100.0 >= PERSON_KEY_MIN and not any(
                fuzz.ratio(key, r) >= best for r in rivals if r
            ):
                return run[0][0], run[-1][1]
    return None


def _initial_r(form: str) -> str:
    """``form`` with its first syllable's initial ㄴ, or ㅇ before i or y, written ㄹ, as
    surnames spell it (노 Roh, 이 Lee/Rhee, 유 Ryu)."""
    first = form[0]
    if not is_hangul_syllable(first):
        return form
    i, m, f = jamo(first)
    if i == 2 or (i == 11 and m in (20, 6, 17, 2, 12, 7)):  # ㄴ; ㅇ + ㅣㅕㅠㅑㅛㅖ
        return syllable(5, m, f) + form[1:]
    return form


# A capitalized word ending like an adjective of place (Central American, Asian, Chinese)
# describes a generic noun rather than naming it ("the Central American country").
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|ic|i)$")


def _stands_alone(target: str, noun: str) -> bool:
    """``noun`` occurs not as part of a proper name ("the province", not "Fujian Province")."""
    for start, end in find_form(target, noun):
        if target[start - 1 : start] == "-" or target[end : end + 1] == "-":
            continue  # 'sister-city ties', 'city-run': part of a compound
        before = target[:start].split()
        prev = before[-1] if before else ""
        if not prev[:1].isupper() or prev in ("The", "This", "That", "Its", "A"):
            return True
        if _ADJECTIVE_END.search(prev) and not target[start:].startswith(noun.capitalize()):
            return True
    return False


def _inflected(found: str, name: str) -> bool:
    """``found`` is ``name`` with an English ending, not a misspelling: Antarctic, Americas,
    North Macedonian (the ending goes on the last word of a longer name)."""
    a, b = fold(found), fold(name)
    stem = b[:-1] if b[-1:] in "aeiouy" else b
    ending = a[len(stem) :]
    return a != b and a.startswith(stem) and len(ending) <= 2 and " " not in ending


def _demonym(target: str, names: list[str]) -> bool:
    """An adjective or demonym formed from a one-word name: Serbia -> Serbian, Nepal -> Nepali,
    Slovakia -> Slovak."""
    hay = fold(target)
    for name in names:
        low = fold(name)
        if " " in low or len(low) < 4 or not low.isalpha():
            continue
        stems = name_stems(low)
        alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
        if re.search(
            rf"(?<![a-z])(?:{alt})(?:ians?|ans?|ns?|ese|is?|ish|ic|ean|ite|er)(?![a-z])", hay
        ):
            return True
        short = low[:-2] if low.endswith("ia") else ""  # Slovakia -> Slovak, Croatia -> Croat
        if len(short) >= 5 and re.search(rf"(?<![a-z]){short}s?(?![a-z])", hay):
            return True
    return False


_ARGUMENT_TAGS = ("JKS", "JKO", "JKB", "JX", "JC", "JKC", "JKV", "VCP")


def _is_argument(view: UnitView, end: int) -> bool:
    """The mention heads a phrase (광둥성에서, 미국은) rather than modifying a noun (미국 정부).

    A copula kiwipiepy restores without a written 이 (로마니 read as 로마 + 이 + 니) is weak
    evidence: such words are more often longer names (Romani) than predicates."""
    for tok in view.source_tokens:
        if tok.start >= end:
            if tok.tag == "VCP" and tok.end == tok.start:
                return False
            return tok.start == end and tok.tag.startswith(_ARGUMENT_TAGS)
    return True


def _named(target: str, places: Sequence[Place], taken: AbstractSet[str] = frozenset()) -> bool:
    """An accepted English form, related word or demonym of one of ``places`` is in ``target``.

    Related words in ``taken`` (folded) do not count: the words of other places the Korean
    names itself. 'German' stands for 베를린 (metonymy) only where 독일 is not in the Korean
    too ("German Chancellor Merkel said in Munich" for 독일 총리 ... 베를린에서 misses Berlin),
    and 'Taipei' for 대만 only where 타이베이 is not. Nor does a related word inside another
    place's name ('Gyeongsang' in 'South Gyeongsang Province' renders no 경북).
    """
    names = [e for p in places for e in p.en]
    if first_found(target, names) or _demonym(target, names):
        return True
    related = [r for p in places for r in p.related if fold(r) not in taken]
    if related and _rival_in(target, places, taken):
        countries = _country_words(places)
        related = [r for r in related if fold(r) not in countries]
    spans = [span for r in related for span in find_form(target, r)]
    if not spans:
        return False
    others = _other_names(target, places)
    return any(not _inside(span, others) for span in spans)


def _country_words(places: Sequence[Place]) -> frozenset[str]:
    """Folded names and adjectives of the countries of ``places`` (Vietnam for 하노이)."""
    out: set[str] = set()
    for p in places:
        country = gazetteer().country(p.country) if p.kind != "country" else None
        if country is not None:
            out.update(fold(w) for w in (*country.en, *country.related))
    return frozenset(out)


def _rival_in(target: str, places: Sequence[Place], taken: AbstractSet[str]) -> bool:
    """The English names another place of the same kind and country as ``places`` that the
    Korean does not name (not in ``taken``): 'Ho Chi Minh City' where the Korean has 하노이.
    Then the country's name ('ambassador to Vietnam') renders no city of it."""
    folded = fold(target)
    own = {id(p) for p in places}
    for p in places:
        if p.kind == "country":
            continue
        found = names_of_kind(p.kind)
        if found is None:
            continue
        pattern, by_name = found
        for m in pattern.finditer(folded):
            if m.group() in taken:
                continue
            if any(id(q) not in own and q.country == p.country for q in by_name[m.group()]):
                return True
    return False


def _other_names(target: str, places: Sequence[Place]) -> list[tuple[int, int]]:
    """Spans of the English names of places other than ``places`` in ``target``."""
    folded = fold(target)
    own = {id(p) for p in places}
    out = []
    for kind in _KINDS:
        names = names_of_kind(kind)
        if names is None:
            continue
        pattern, by_name = names
        out += [
            m.span()
            for m in pattern.finditer(folded)
            if any(id(p) not in own for p in by_name[m.group()])
        ]
    return out


def _inside(span: tuple[int, int], names: Sequence[tuple[int, int]]) -> bool:
    """``span`` lies inside one of ``names`` and is not the whole of it."""
    return any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in names)


def _place_words(places: Iterable[Place]) -> dict[str, frozenset[str]]:
    """Korean form -> the folded English forms and related words of that place."""
    return {p.ko: frozenset(fold(w) for w in (*p.en, *p.related)) for p in places}


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the folded English names of every country, and name -> country code."""
    code_of = {
        fold(name): p.country
        for p in gazetteer().places
        if p.kind == "country"
        for name in p.en
        if len(name) >= 4 and not is_acronym(name)
    }
    return names_pattern(code_of), code_of


def _inside_named(target: str, places: Sequence[Place], source_countries: AbstractSet[str]) -> bool:
    """The English names a place inside the country ('Springfield, Massachusetts' for 미국
    매사추세츠 스프링필드): the country is implied, as English news writes it. Not when the
    English names another country the source does not (미국 -> "Atlanta, Canada" is wrong)."""
    pattern, code_of = _country_names()
    folded = fold(target)
    if any(code_of[m.group()] not in source_countries for m in pattern.finditer(folded)):
        return False
    adjectives, by_word = country_adjectives()  # 'Australian Chancellor ... in Vienna'
    if any(
        all(p.country not in source_countries for p in by_word[m.group()])
        for m in adjectives.finditer(folded)
    ):
        return False
    for p in places:
        if p.kind != "country":
            continue
        pat = inner_names(p.country)
        if pat is not None and pat.search(folded):
            return True
    return False


def _neighbour_targets(view: UnitView) -> list[str]:
    return [u.target_text for u in neighbour_views(view)]


_JOINED = re.compile(r"(?:와|과|·|ㆍ|, ?)")


def _listed_with_place(view: UnitView, start: int, end: int) -> bool:
    """The mention is listed with another place (서울과 경기, 경기·인천): a place itself, not the
    word it also is (경기 'game')."""
    text = view.source_text
    for a, b, _ in gazetteer().find(text, view.source_tokens):
        if (a, b) == (start, end):
            continue
        between = text[b:start] if b <= start else text[end:a] if a >= end else None
        if between is not None and _JOINED.fullmatch(between.strip() or "x"):
            return True
    return False


@lru_cache(maxsize=4096)
def _may_be_word(form: str) -> bool:
    """A place form that reads as ordinary words (지난 'last', 제다, 경주 'race'): Kiwi knows
    every morpheme of it alone. A name it does not know (가지안테프, 허페이) is no word, though
    Kiwi may not tag it a proper noun alone."""
    return not any(t.oov for t in morphemes(form))


_WORD_END = "|".join(sorted(PARTICLES, key=len, reverse=True))


def _cities_written(text: str, places: Iterable[Place]) -> frozenset[str]:
    """Folded related words of ``places`` that name a city the Korean writes itself as a word
    (오스트리아 빈에서: 'Vienna' renders 빈 there, not 오스트리아). One-syllable city forms
    (빈) are never scanned as mentions, so :func:`verdicts` does not see them otherwise."""
    cities = names_of_kind("city")
    if cities is None:
        return frozenset()
    out = set()
    for p in places:
        for word in p.related:
            for city in cities[1].get(fold(word), ()):
                if any(
                    re.search(rf"(?<![가-힣]){re.escape(f)}(?:{_WORD_END})?(?![가-힣])", text)
                    for f in (*city.forms, city.ko)
                ):
                    out.add(fold(word))
    return frozenset(out)


_HONORIFIC_WORDS = r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+"  # not Miss: Miss Venezuela
_HONORIFIC = re.compile(rf"{_HONORIFIC_WORDS}$")


_ROYAL = re.compile(r"\b(?:King|Queen|Emperor|Empress|Prince|Princess)\s+$")
_ROYAL_KO = ("왕", "황제", "임금", "여왕", "왕자", "공주")


def _honorific_before(
    target: str, names: Sequence[str], source: str = ""
) -> tuple[int, int] | None:
    """The span of the place's own English name right after Mr./Ms. ('Mr. Guangdong'), also
    cut into name-like parts ('Mr. Ulaan Baatar' for Ulaanbaatar), or after a royal title
    where the Korean names no king or queen ('King Sejong' for 세종시): the place rendered as
    a person."""
    royal = not any(w in source for w in _ROYAL_KO)
    for name in names:
        for a, b in find_form(target, name):
            if _HONORIFIC.search(target[:a]) or (royal and _ROYAL.search(target[:a])):
                return a, b
    letters = {re.sub(r"[^a-z]", "", fold(n)) for n in names}
    for a, b, joined in _honoured_runs(target):
        if joined != target[a:b] and fold(joined) in letters:
            return a, b
    return None


# The place word right before a mention (전남 여수, 경기 화성): MT romanizes the two as one name.
_PLACE_BEFORE = re.compile(r"([가-힣]{2,})\s?$")


def _chained(source: str, start: int, mention: str) -> list[str]:
    """The mention at ``start`` joined to a place word right before it, as a person-like
    rendering of the two would read ('Jeon Nam-yeo-su' for 전남 여수); none where there is none."""
    before = _PLACE_BEFORE.search(source, max(0, start - 12), start)
    if before is None or not gazetteer().lookup(before.group(1)):
        return []
    return [before.group(1) + mention]


def _verdict(
    view: UnitView,
    start: int,
    end: int,
    places: tuple[Place, ...],
    source_countries: AbstractSet[str] = frozenset(),
    other_words: AbstractSet[str] = frozenset(),
) -> Verdict:
    """``other_words``: the English words of the other places the Korean names (see
    :func:`_named`)."""
    target = view.target_text
    names = [e for p in places for e in p.en]
    mention = view.source_text[start:end]
    chained = _chained(view.source_text, start, mention)
    forms = list(dict.fromkeys([mention, *places[0].forms, *chained]))
    # A person-like rendering is wrong even where another mention is rendered correctly
    # (광둥성 twice in the Korean: "Guangdong Province" once, "Gwang Dong-seong" once).
    person = _as_person(view, forms, places)
    if person:
        return Verdict("person", (start, end), places, person, places[0].preferred)
    suffixed = _romanized_suffix(target, mention, places)
    if suffixed:
        return Verdict("misspelled", (start, end), places, suffixed, places[0].preferred)
    if _named(target, places, other_words):
        return Verdict("ok", (start, end), places)
    if _named(target, places):
        return Verdict(
            "missing", (start, end), places, suggestion=places[0].preferred, other_word=True
        )
    near_hit = best_near(target, names)
    other = near_hit is not None and any(
        a <= near_hit[0] <= b for a, b in _other_names(target, places)
    )
    if near_hit and not other and _inflected(target[near_hit[0] : near_hit[1]], near_hit[2]):
        # Antarctic for Antarctica, the Americas; not 'Gyeongsang' of 'North Gyeongsang
        # Province' for 경산, another place's name
        return Verdict("ok", (start, end), places)
    if near_hit and not other:
        # not when another place's name covers it ('South Gyeongsang Province' for 경북)
        return Verdict("misspelled", (start, end), places, near_hit[:2], near_hit[2])
    if _inside_named(target, places, source_countries):
        return Verdict("ok", (start, end), places)
    # transliterations only: a shorter form only as the mention's start (윈난 of 윈난성, but
    # not 인니 of 인도네시아, an abbreviation)
    heard = [f for f in forms if len(f) >= len(mention) or mention.startswith(f)]
    sounds = _sounds_like(target, heard)
    if sounds == INSIDE and not other:
        # 'Sohae Satellite Launching Station' for 서해 위성발사장 (but 'East Kalimantan' for
        # 서칼리만탄 is another province: a swap)
        return Verdict("ok", (start, end), places)
    if sounds is not None and sounds != INSIDE:  # 'Scope' for 스코페, 'Winan' for 윈난성
        return Verdict("misspelled", (start, end), places, sounds, places[0].preferred, sounds=True)
    generic = next(
        (
            noun
            for kind in dict.fromkeys(p.kind for p in places)
            for noun in GENERIC.get(kind, ())
            if _stands_alone(target, noun)
        ),
        "",
    )
    argument = _is_argument(view, end)
    ordinary = (
        mention in gazetteer().ambiguous
        and _may_be_word(mention)
        and not _listed_with_place(view, start, end)
    )
    nearby = any(_named(t, places) for t in _neighbour_targets(view))
    return Verdict(
        "missing",
        (start, end),
        places,
        None,
        places[0].preferred,
        generic,
        argument,
        ordinary,
        nearby,
    )


# A capitalized run of one or two words, standing alone, that sounds this much like the Korean
# place (transliterate.phonetic_score) renders it misspelled where no accepted form appears:
# 'Scope' for 스코페 (Skopje), 'Winan' for 윈난성, 'Aio' for 아이오와. On the references of
# NTREX, FLORES and Park the only run so scored is 'Geneve' in 'Tribune de Geneve' (a longer
# name, so not alone: runs go across name particles); lower scores catch 'June' for 북한 and
# 'Church' for 영국.
SOUNDS_LIKE_MIN = 0.9
SOUNDS_LIKE_CONFIDENCE = 0.55


_NAME_PARTICLES = frozenset({"de", "la", "le", "du", "des", "von", "van", "der", "di", "da", "del"})


def _capitalized_runs(target: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalized words one space apart (possessive 's cut off), joined
    across name particles (Tribune de Geneve)."""
    runs: list[list[tuple[int, int, str]]] = []
    for s, e, w in words(target):
        if w[-2:] in ("'s", "’s"):
            e, w = e - 2, w[:-2]
        if w in _NAME_PARTICLES and runs and runs[-1]:
            runs[-1].append((s, e, w))
            continue
        if not w[:1].isupper():
            runs.append([])
            continue
        if runs and runs[-1] and target[runs[-1][-1][1] : s] in (" ", "'s ", "’s "):
            runs[-1].append((s, e, w))
        else:
            runs.append([(s, e, w)])
    for run in runs:
        while run and run[-1][2] in _NAME_PARTICLES:
            run.pop()  # 'Moldavia de facto'
    return [r for r in runs if r]


# _sounds_like's answer where the place is written inside a longer name in another romanization.
INSIDE = (-1, -1)


def _sounds_like(target: str, forms: Sequence[str]) -> tuple[int, int] | None:
    """A standalone capitalized run that sounds like one of the Korean ``forms`` but is no
    place the gazetteer knows (that would be another place: a swap), or None; the empty span
    (-1, -1) where a word inside a longer name sounds as much like it (see :data:`INSIDE`)."""
    hangul = [f for f in forms if is_hangul(f.replace(" ", ""))]
    best: tuple[float, int, int] | None = None
    inside = 0.0  # the best word inside a longer name ('Sohae' of the Sohae Satellite ...)
    for run in _capitalized_runs(target):
        text = " ".join(w for _, _, w in run)
        if len(run) > 2:
            inside = max([inside, *(phonetic_score(f, w) for f in hangul for _, _, w in run)])
            continue
        if len(text) < 3 or fold(text) in english_place_names():
            continue
        if _ROMANIZED_UNIT.search(run[-1][2]):
            continue  # 'Jung-dong' (중동 the neighbourhood) misspells no Middle East
        score = max((phonetic_score(f, text) for f in hangul), default=0.0)
        if score >= SOUNDS_LIKE_MIN and (best is None or score > best[0]):
            best = (score, run[0][0], run[-1][1])
    if inside >= SOUNDS_LIKE_MIN and (best is None or inside >= best[0]):
        return INSIDE  # the place is written, in another romanization, inside a longer name
    return None if best is None else best[1:]


# Korean administrative suffixes as machine translation romanizes them when it does not know
# the place: 광둥성 -> "Guangdong Sung", 아이치현 -> "Aichi Hyun". Official Korean names keep theirs
# (Gyeonggi-do, Jeju-si), so only places outside Korea are checked.
SUFFIX_ROMANIZED = {
    "성": ("Sung", "Seong", "Song"),
    "현": ("Hyun", "Hyeon", "Hyon"),
    "주": ("Ju", "Joo"),
    "시": ("Si", "Shi"),
    "도": ("Do",),
    "군": ("Gun", "Kun"),
    "구": ("Gu", "Goo"),
}
_GENERIC_TAIL = re.compile(
    r"\s+(?:Province|Prefecture|State|City|County|District|Island|Region)$", re.IGNORECASE
)


def _romanized_suffix(target: str, mention: str, places: Sequence[Place]) -> tuple[int, int] | None:
    """The span of "<name> <romanized Korean suffix>" ("Guangdong Sung") in ``target``."""
    if not mention or places[0].country == "KR":
        return None
    romanized = SUFFIX_ROMANIZED.get(mention[-1])
    if not romanized:
        return None
    bases = {_GENERIC_TAIL.sub("", e) for p in places for e in p.en}
    alts = "|".join(re.escape(r) for r in romanized)
    for base in sorted(bases, key=len, reverse=True):
        pat = rf"(?<![\w-]){re.escape(base)}[\s-]+(?:{alts}|{alts.lower()})(?![\w-])"
        m = re.search(pat, target)
        if m:
            return m.span()
    return None


def _compound_verdicts(view: UnitView, c: Compound) -> list[Verdict]:
    """One verdict per component country of a compound abbreviation (ok or missing)."""
    target = view.target_text
    gaz = gazetteer()
    comps = [p for p in (gaz.country(code) for code in c.codes) if p is not None]
    if len(comps) != len(c.codes) or names_region(c, target):
        return []
    if c.koreas and first_found(target, KOREAS):
        return [Verdict("ok", (c.start, c.end), (p,), compound=c.text) for p in comps]
    named = [_named(target, [p]) for p in comps]
    joint = bool(first_found(target, JOINT.get(len(comps), ())))
    out = []
    for place, ok in zip(comps, named, strict=True):
        if ok:
            out.append(Verdict("ok", (c.start, c.end), (place,), compound=c.text))
            continue
        partners = "joint" if joint else ("some" if any(named) else "")
        out.append(
            Verdict(
                "missing",
                (c.start, c.end),
                (place,),
                suggestion=place.preferred,
                argument=_is_argument(view, c.end),
                nearby=any(_named(t, [place]) for t in _neighbour_targets(view)),
                compound=c.text,
                partners=partners,
            )
        )
    return out


# Names MT confuses: rapidfuzz ratio of the English names at least SWAP_SIMILAR (Gambia/Zambia),
# or SWAP_SIMILAR_KO where the Korean forms also begin alike (몰도바/몰디브 Moldova/Maldives).
SWAP_SIMILAR = 70
SWAP_SIMILAR_KO = 50
# Another country where the Korean one only modifies a noun (미국 정부 -> "China's government"),
# names not alike: shown, as minor. On the untouched references (5,009 sentences) this fired 3
# times, all on loosely translated or misaligned park-news-koen pairs ('UK radio' for 미국 라디오,
# 'his hearts set on Italy' for 영국 프리미어리그 ... AC 밀란), and never on the 7,030 lines of
# the five real MT outputs; shown swap recall in bench/checks_places.py went 0.411 -> 0.653.
# A generic noun that may stand in ('your country') keeps such a swap at 0.45.
MODIFIER_SWAP_CONFIDENCE = 0.55
# A city, state or province of another country in the stead of a missing one (see _abroad).
ABROAD_SWAP_CONFIDENCE = 0.55


def _swap_is_strong(v: Verdict, got: str, target: str) -> bool:
    """A substitution is reported at 0.7 unless a generic noun may stand in for the place
    ("your country") or a country only modifies a noun (미국 라디오, 영국의 움직임): English
    news then often names another country the story implies (Zimbabwe for 무가베 대통령).
    Names MT confuses (Moldova -> Maldives, 'Slovenian' for 슬로바키아) stay strong, with a
    generic noun about too, and so does a country the English puts one of the place's own
    cities in ('Osaka, China' for 일본 오사카)."""
    if _confusable(v, got):
        return True
    if _abroad(v):
        return False
    if v.generic and not (v.instead is not None and _same_kind_inside(v)):
        return False
    if v.visit:
        return True  # 방한했다 -> "arrived in Japan": the destination itself is wrong
    if v.target is not None and any(
        puts_inner_place_in(target, v.target[0], p.country) for p in v.places
    ):
        return True
    return v.argument or any(p.kind != "country" for p in v.places)


# A place the English names fewer times than the Korean, another of its country named (_fewer).
FEWER_SWAP_CONFIDENCE = 0.6


def _swap_grade(v: Verdict, got: str, target: str) -> tuple[float, str, Severity | None]:
    """Confidence, the message's qualifier and severity of a swap (see _swap_is_strong)."""
    if v.fewer:
        return FEWER_SWAP_CONFIDENCE, " (the Korean names it more often than the English)", None
    if v.more:
        return FEWER_SWAP_CONFIDENCE, "", None
    if _swap_is_strong(v, got, target):
        return 0.7, "", None
    if _abroad(v):
        why = " (in another country: the English may name it for context)"
        return ABROAD_SWAP_CONFIDENCE, why, Severity.MINOR
    if v.generic:
        return 0.45, f"; '{v.generic}' may stand in for it", Severity.MINOR
    why = " (it only modifies a noun, and the English may name the other for context)"
    return MODIFIER_SWAP_CONFIDENCE, why, Severity.MINOR


def _same_kind_inside(v: Verdict) -> bool:
    """The place named instead is of the missing place's kind and country, below country
    level ('Da Nang' for 하이퐁시 beside 'the city's'): a generic noun stands in for a
    country's mention ('your country'), not for another city."""
    other = v.instead
    return other is not None and any(
        p.kind == other.kind != "country" and p.country == other.country for p in v.places
    )


def _abroad(v: Verdict) -> bool:
    """The place named instead is below country level in another country than the missing
    one (아이오와 -> 'Uttarakhand'): MT rarely swaps so, and English news may name a place
    elsewhere for context, so the swap is shown as minor, unless the Korean place is the
    sentence's argument (followed by a case particle), whose absence alone is shown at 0.7."""
    return (
        v.instead is not None
        and not v.argument
        and v.instead.kind != "country"
        and v.instead.country not in {p.country for p in v.places}
    )


def _confusable(v: Verdict, got: str) -> bool:
    """The English name in the place's stead is spelled (or, in Korean, starts) much like it."""
    if v.instead is None:
        return False
    names = [e for p in v.places for e in p.en if len(e) >= 4 and not is_acronym(e)]
    ratio = max((fuzz.ratio(fold(n), fold(got)) for n in names), default=0.0)
    alike = v.instead.ko[:1] in {p.ko[:1] for p in v.places}
    return ratio >= SWAP_SIMILAR or (alike and ratio >= SWAP_SIMILAR_KO)


def _head_of_written_word(view: UnitView, start: int, end: int) -> bool:
    """The place at ``start:end`` heads a longer Korean word (홍성 of 홍성진 강릉시장, which
    Kiwi reads 홍성/NNP 진/NNG) that the English writes whole as one name ('Hong Seong-jin'):
    no mention of the place."""
    found = re.match(r"[가-힣]+", view.source_text[start:])
    word = found.group() if found else ""
    if len(word) <= end - start:
        return False
    keys = {key_of_hangul(word[:k]) for k in range(end - start + 1, len(word) + 1)}
    keys.discard(key_of_hangul(word[: end - start]))  # 김해에서: 'Gimhae' keys as 김해에 does
    ws = [w for _, _, w in words(view.target_text)]
    return any(
        ws[i][:1].isupper() and name_key(" ".join(ws[i : i + n])) in keys
        for i in range(len(ws))
        for n in (1, 2, 3)
        if i + n <= len(ws)
    )


def _persons(doc: DocView) -> tuple[dict[int, list[tuple[int, int]]], frozenset[str]]:
    """Spans of the anchored person mentions of each unit's Korean, and the words of their
    names across the document (cached on the document)."""
    key = "places.persons"
    if key not in doc.cache:
        spans: dict[int, list[tuple[int, int]]] = {}
        names: set[str] = set()
        for unit, mentions in plain_mentions(doc).items():
            for m in mentions:
                if m.anchored:
                    spans.setdefault(unit, []).append((m.start, m.end))
                    names.update(m.name.split())
        doc.cache[key] = (spans, frozenset(names))
    found: tuple[dict[int, list[tuple[int, int]]], frozenset[str]] = doc.cache[key]
    return found


def _with_substitutes(view: UnitView, out: list[Verdict]) -> list[Verdict]:
    """Missing places (not compound parties, not possibly ordinary words) with the place the
    English names instead, where there is one. A place only the words of other places the
    Korean names stand for (``other_word``) is ok unless such a substitute is found. A place
    named in a neighbouring sentence's English is swapped all the same where this sentence
    names another that no Korean around it does ('Ho Chi Minh City' for 하노이, Hanoi in the
    sentence before)."""
    lone = [
        v
        for v in out
        if (v.kind == "missing" or _fewer(view, v))
        and not v.compound
        and (not v.ordinary or _proper_noun_here(view, v.source))
    ]
    if not lone:
        return [_settled(v) for v in out]
    korean = "\n".join([view.source_text, *(u.source_text for u in neighbour_views(view))])
    parties = {code for c in find_compounds(korean, None, gazetteer().forms) for code in c.codes}
    rendered = source_renderings(view, korean, parties)
    done: dict[int, Verdict] = {}
    for v in lone:
        found = substitute(view, v.places, korean, rendered, parties)
        more = found is None and v.kind == "missing"
        if more:
            found = _named_more(view, v)
        if found is None:
            continue
        swap = replace(v, target=found[0], instead=found[1], more=more)
        if v.kind == "ok":  # named fewer times in English, and another place is named
            if found[1].kind == "country" or found[1].country != v.places[0].country:
                continue
            swap = replace(swap, kind="missing", fewer=True)
        done[id(v)] = swap
    return [_settled(done.get(id(v), v)) for v in out]


def _named_more(view: UnitView, v: Verdict) -> tuple[tuple[int, int], Place] | None:
    """(span, place) of another place of the missing one's kind and country that the Korean
    names too but the English names more often (충북 제천 ... 충남 천안 -> 'Jecheon, North
    Chungcheong ... Cheonan, North Chungcheong'): its last English mention stands in."""
    first = v.places[0]
    if first.kind not in SWAP_KINDS - {"country"}:
        return None
    counts: dict[str, int] = {}
    places: dict[str, Place] = {}
    for _, _, p in gazetteer().find(view.source_text, view.source_tokens):
        if p.kind == first.kind and p.country == first.country and p not in v.places:
            counts[p.ko] = counts.get(p.ko, 0) + 1
            places[p.ko] = p
    for ko, p in places.items():
        spans = sorted({s for e in p.en for s in find_form(view.target_text, e)})
        starts = sorted({a for a, _ in spans})
        if len(starts) > counts[ko]:
            last = max(spans, key=lambda sp: (sp[0], sp[1] - sp[0]))
            return last, p
    return None


def _fewer(view: UnitView, v: Verdict) -> bool:
    """A place below country level rendered in the English fewer times than the Korean names
    it (부산으로 이동해 박서진 부산시장과 -> 'travel to Ulsan ... with Busan Mayor Park'):
    one mention may be rendered as another place."""
    if v.kind != "ok" or v.compound or v.places[0].kind not in SWAP_KINDS - {"country"}:
        return False
    forms = [f for p in v.places for f in (*p.forms, p.ko) if len(f) >= 2]
    if not forms:
        return False
    korean = len(re.findall(re.escape(min(forms, key=len)), view.source_text))
    if korean < 2:
        return False
    spans = {s for p in v.places for e in p.en for s in find_form(view.target_text, e)}
    starts = {a for a, _ in spans}
    return len(starts) < korean


# Generic words that name no single place: beside another place named in a missing one's
# stead they do not stand in for it ("Sweden and 28 other countries"; though 'the government'
# may be the missing country's, beside another named for context: Park's "sanctions on
# Zimbabwe's President" for 무가베 대통령, with 영국 정부 in the sentence).
_NOT_ONE_PLACE = frozenset(
    {"countries", "nations", "national", "domestic", "nationwide", "provincial",
     "regional", "statewide", "prefectural", "municipal", "metropolitan", "waters"}
)  # fmt: skip


def _stand_in(text: str, v: Verdict, span: tuple[int, int]) -> str:
    """A generic noun that may stand in for the missing place of ``v`` beside the place named
    at ``span`` in its stead: one naming a single place, outside that name ('City' of 'Ho Chi
    Minh City' stands in for nothing); '' where there is none."""
    if not v.generic:
        return ""
    return next(
        (
            noun
            for kind in dict.fromkeys(p.kind for p in v.places)
            for noun in GENERIC.get(kind, ())
            if noun not in _NOT_ONE_PLACE and _generic_outside(text, noun, span)
        ),
        "",
    )


def _generic_outside(text: str, noun: str, span: tuple[int, int]) -> bool:
    """``noun`` stands alone in ``text`` outside ``span``, outside 'the NOUN of' before it
    (the state of Bavaria) and outside an apposition right after it (Hamburg, the capital of
    Lower Saxony; Hamburg, the state capital): there the noun is the substitute's own."""
    start, end = span
    own = re.search(rf"\b{re.escape(noun)}\s+of\s+$", text[:start], re.IGNORECASE)
    if own is not None:
        start = own.start()
    after = re.match(
        rf",?\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b",
        text[end:],
        re.IGNORECASE,
    )
    if after is not None:
        end += after.end()
    return _stands_alone(text[:start] + " " * (end - start) + text[end:], noun)


def _proper_noun_here(view: UnitView, span: tuple[int, int]) -> bool:
    """Kiwi reads the mention at ``span`` as one proper noun in this sentence (나고야에서),
    or as the start of its airport's, station's or port's (무안국제공항) or of its head's title
    (봉화군수), so a place that is also ordinary words (나고 야, 무안 'embarrassment', 봉화
    'beacon') is a place here."""
    return any(
        t.tag == "NNP"
        and t.start == span[0]
        and (t.end == span[1] or _RUNS_INTO.fullmatch(view.source_text, span[1], t.end))
        for t in view.source_tokens
    )


# What a place's proper noun may run on into (무안국제공항, 무안역, 봉화군수): still the place's
# own name.
_RUNS_INTO = re.compile(r"(?:국제)?공항|역|항|터미널|군수|구청장|도지사")


def _named_unit_here(view: UnitView, span: tuple[int, int]) -> bool:
    """Kiwi reads the mention at ``span`` as a proper noun and its unit as a noun (신암/NNP
    동/NNG), not a particle (서울/NNP 로/JKB)."""
    inside = [t for t in view.source_tokens if span[0] <= t.start and t.end <= span[1]]
    return (
        len(inside) == 2
        and inside[0].tag == "NNP"
        and inside[0].start == span[0]
        and inside[1].end == span[1]
        and len(inside[1].form) == 1
        and inside[1].tag in ("NNG", "NNB", "XSN")
    )


def _settled(v: Verdict) -> Verdict:
    """A place only other places' words stand for, with no other place in its stead, is ok."""
    if v.other_word and v.instead is None:
        return Verdict("ok", v.source, v.places)
    return v


# Kinds of place that head the one-word names of local bodies (인천항만공사, 경기도교육청).
_LOCAL_KINDS = frozenset({"city", "county", "province", "district", "prefecture", "state"})


def _glued_heads(view: UnitView, skip: list[tuple[int, int]]) -> list[tuple[int, int, Place]]:
    """Places heading a body's name that Kiwi reads as one proper noun (인천항만공사, an
    unlisted body: 인천 + 항만공사), as (start, end, place)."""
    out: list[tuple[int, int, Place]] = []
    for tok in view.source_tokens:
        if tok.tag != "NNP" or _covered((tok.start, tok.end), skip):
            continue
        for k in range(len(tok.form) - 3, 1, -1):
            places = [p for p in gazetteer().lookup(tok.form[:k]) if p.kind in _LOCAL_KINDS]
            if places and body_like(tok.form[k:]):
                out.extend((tok.start, tok.start + k, p) for p in places)
                break
    return out


def _glued_verdict(v: Verdict) -> Verdict:
    """The verdict on a place heading a body's name: the English may name the body by its
    own name or acronym ('IPA'), so missing only where another place stands in its stead
    ('Busan Port Authority' for 인천항만공사), and a near spelling is the body's own."""
    if v.kind == "missing":
        return replace(v, other_word=True)
    return v if v.kind == "ok" else Verdict("ok", v.source, v.places)


def verdicts(view: UnitView) -> list[Verdict]:
    """One verdict per source place mention of the unit (cached on the document)."""
    key = f"places.verdicts:{view.unit.index}"
    cache = view.doc.cache
    if key in cache:
        cached: list[Verdict] = cache[key]
        return cached
    out: list[Verdict] = []
    if view.source_text and view.target_text.strip():
        tokens = view.source_tokens
        skip = [(a, b) for a, b, _ in view_terms(view)]
        skip += [(a, b) for a, b, _ in organizations().find(view.source_text, tokens)]
        # A world city Korean writes like a name, inside a person's mention (블라디미르 푸틴
        # 대통령 is no mention of Vladimir, the city) or named so as a person elsewhere in the
        # article (조시 해밀턴 선수 ... 해밀턴은: not Hamilton, Bermuda).
        person_spans, person_words = _persons(view.doc)
        skip += person_spans.get(view.unit.index, [])
        compounds = [
            c
            for c in find_compounds(view.source_text, tokens, gazetteer().forms)
            if not _covered((c.start, c.end), skip)
        ]
        skip += [(c.start, c.end) for c in compounds]
        grouped: dict[tuple[int, int], list[Place]] = {}
        for a, b, place in gazetteer().find(view.source_text, tokens):
            if _covered((a, b), skip) or _head_of_written_word(view, a, b):
                continue
            if place.listed_city and view.source_text[a:b] in person_words:
                continue
            grouped.setdefault((a, b), []).append(place)
        glued = set()
        for a, b, place in _glued_heads(view, skip):
            grouped.setdefault((a, b), []).append(place)
            glued.add((a, b))
        visits = set()
        for a, b, code in find_visits(view.source_text):  # 방한했다: a visit to South Korea
            visited = gazetteer().country(code)
            if visited is not None and not _covered((a, b), skip):
                grouped.setdefault((a, b), []).append(visited)
                visits.add((a, b))
        countries = {p.country for ps in grouped.values() for p in ps}
        countries.update(code for c in compounds for code in c.codes)
        words = _place_words(p for ps in grouped.values() for p in ps)
        seen: set[str] = set()
        for (a, b), places in grouped.items():
            if places[0].ko in seen:
                continue
            seen.add(places[0].ko)
            others = frozenset(
                w for ko, ws in words.items() if all(ko != p.ko for p in places) for w in ws
            ) | _cities_written(view.source_text, places)
            verdict = _verdict(view, a, b, tuple(places), countries, others)
            if (a, b) in glued:
                verdict = _glued_verdict(verdict)
            out.append(replace(verdict, visit=True) if (a, b) in visits else verdict)
        for c in compounds:
            codes = "".join(sorted(c.codes))
            if codes not in seen:
                seen.add(codes)
                out.extend(_compound_verdicts(view, c))
        out = _with_substitutes(view, out)
    cache[key] = out
    return out


def _label(v: Verdict, view: UnitView) -> str:
    if v.compound:
        return f"{v.places[0].preferred} (a party of {v.compound})"
    return f"{view.source_text[v.source[0] : v.source[1]]} ({v.places[0].preferred})"


def _compound_hit(v: Verdict, label: str) -> Hit:
    """A component of a compound abbreviation missing: confident only when the other parties
    are named and no word for the pair as a whole ('bilateral', 'the two countries') is there."""
    if v.partners == "some" and not v.nearby:
        if v.places[0].country == HOME:
            # 한미 동맹 -> "the alliance with the US": the home country is often left implicit
            return Hit(
                f"country {label} is not mentioned in the English, though the other parties "
                "are (Korean news often leaves South Korea implicit)",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.4,
                severity=Severity.MINOR,
            )
        return Hit(
            f"country {label} is not mentioned in the English, though the other parties are",
            source=v.source,
            suggestion=v.suggestion,
            confidence=0.6,
        )
    why = {
        "joint": "; a word for the parties together may stand in",
        "some": "; it is named in a neighbouring sentence",
        "": "; none of the parties is named",
    }[v.partners if not v.nearby or v.partners == "joint" else "some"]
    return Hit(
        f"country {label} is not mentioned in the English{why}",
        source=v.source,
        suggestion=v.suggestion,
        confidence=0.25 if v.partners == "joint" or v.nearby else 0.3,
        severity=Severity.MINOR,
    )


# What a headline's one-hanja country abbreviation means as a word, which MT writes instead of
# the country (美 'beauty', 佛 'Buddha'). 北 is left out: English calls North Korea 'the North'.
HANJA_MEANINGS: dict[str, tuple[str, ...]] = {
    "美": ("beauty", "beautiful"),
    "佛": ("buddha", "buddhist", "buddhism"),
    "中": ("middle", "center", "centre", "central", "medium"),
    "日": ("sun", "day", "daily"),
    "英": ("hero", "heroic", "heroes"),
    "獨": ("alone", "solitary", "independent", "independence"),
    "露": ("dew", "exposure", "exposed"),
}
HANJA_WORD_CONFIDENCE = 0.6


def _hanja_read_as_word(view: UnitView, v: Verdict) -> tuple[int, int] | None:
    words = HANJA_MEANINGS.get(view.source_text[v.source[0] : v.source[1]], ())
    for w in words:
        m = re.search(rf"(?<![\w-]){w}(?![\w-])", view.target_text, re.IGNORECASE)
        if m:
            return m.span()
    return None


@rule(
    "MT501",
    "place-missing",
    "Accuracy/Omission",
    Severity.MAJOR,
    "A place named in the source does not appear in the English.",
    "The source names a place from the gazetteer (country, province, state, prefecture, city...) "
    "but none of its accepted English forms, adjectives or demonyms (Korean, American, U.S., "
    "Beijing for China...) appear in the aligned English. Where a generic noun of the same kind "
    "('the province', 'the city') may stand in, or the place only modifies a noun (광둥성 당국), "
    "the finding is minor with low confidence; a missing country is minor, with confidence 0.25 "
    "unless it heads a phrase (미국은, 미국에서): English news often leaves it implicit; a "
    "missing world region (동북아, 중남미) is minor too, at 0.4 where it heads a phrase, else "
    "0.25. A country "
    "counts as rendered when the English names a place inside it (미국 캘리포니아 -> "
    "'California'), unless it puts that place in another country ('Taipei, Thailand' "
    "for 대만 타이베이: a substitution at 0.7); a place the English of a neighbouring unit "
    "names is reported below 0.5 (the alignment may have split the sentence). "
    "Compound country abbreviations (한미, 미중, 남북, 한·미·일, 미-북) are checked per "
    "component country: a component missing while the others are named is reported "
    "with confidence 0.6 (0.4 for South Korea, often implicit in Korean news); below "
    "0.5 when no component is named or a word for the parties together ('bilateral', "
    "'the two countries', 'trilateral') stands in. 'Inter-Korean' and 'the two "
    "Koreas' render 남북. Nothing is reported when the English of the unit is empty (an"
    " omission of the whole sentence). Substitution: where the place is not rendered "
    "but the "
    "English names another place of the same kind (below country level, of the same country) "
    "that the Korean of the unit and its neighbours does not mention in any form (nor by a "
    "short form or a one-syllable abbreviation such as 방일, nor as a place whose metonym or "
    "capital it is: Washington for 미국; a place also written as ordinary words, such as "
    "나고야, only where Kiwi reads it as a proper noun there), the finding says which place "
    "it was rendered as, "
    "with both spans, at confidence 0.7 (베이징 -> 'Shanghai', 광둥성 -> 'Fujian Province', "
    "일본 -> 'China'); at 0.45 where a generic noun may stand in ('your country'), and at 0.55 "
    "(minor) where a country only modifies a noun and the names are not alike (English news "
    "may name another country the story implies). A city, state or province of another "
    "country in the stead of one that only modifies a noun is shown at "
    f"{ABROAD_SWAP_CONFIDENCE} (minor; 0.7 where the place is the sentence's argument). A place "
    "the Korean names more often than the English renders it, with another place of its "
    "country that no Korean around names in the English, is a swap at "
    f"{FEWER_SWAP_CONFIDENCE} (부산으로 이동해 ... 부산시장과 -> 'travel to Ulsan ... with "
    "Busan Mayor'); and so is a missing place beside another of its kind and country that "
    "the Korean names too but the English names more often (충북 제천 ... 충남 천안 -> "
    "'Jecheon, North Chungcheong ... Cheonan, North Chungcheong'). Plural and adjective "
    "generic words ('28 other countries', 'national') "
    "stand in for no single place. Datelines ('SEOUL, Nov. 5 (Yonhap)'), "
    "regions (but a Korean island, neighbourhood or new town for another: 'Udo Island' for "
    "마라도) and names inside longer capitalized names (the New York Times) never count as "
    "substitutes. A city's country words (German for 베를린) stand for it unless the Korean "
    "names the country too and the English names another city instead ('German Chancellor "
    "Merkel said in Munich'). A headline's one-hanja country abbreviation (美, 中, 佛) that the "
    f"English reads as its meaning ('Beauty State Department') is shown at "
    f"{HANJA_WORD_CONFIDENCE}. A visit word names its country (방한했다, 방미 일정: South Korea, "
    "the US); another country as the destination is a swap at 0.7. Another country's "
    "adjective heading a title or name ('Australian Chancellor' for 오스트리아 총리) is a "
    "substitute too, even beside the country's capital; names alike ('Slovenian' for "
    "슬로바키아) stay at 0.7 beside a generic noun. A capital renders its country only where "
    "the Korean does not write that city itself (오스트리아 빈에서: 'Vienna' is 빈). "
    "A compass part of a listed country or province (동카자흐스탄주 East Kazakhstan) is a place "
    "of its own. A foreign subdivision the gazetteer lacks (ISO 3166-2 names from pycountry, "
    "matched to a Korean proper noun by sound in an article naming its country: 촌부리 Chon "
    "Buri in an article naming 태국) is a swap at "
    f"{SUBDIVISION_SWAP_CONFIDENCE} where the English has no run sounding like it but names "
    "another subdivision of that country, or a listed place of it, that no Korean around "
    "names or sounds like ('Rayong province' for 촌부리주, 'Antalya Province' for 메르신주). So "
    "is an unlisted county (브라이언 카운티) the English names as a county that nothing in the "
    "Korean sounds like ('Bartow County'), and a listed place named by its port, airport or "
    "station (서귀포항) where the English names the one facility of that kind after a place "
    "nothing in the Korean sounds like ('Seongsan Port').",
    (
        Example(
            "광둥성 당국은 조치를 발표했다.", "Authorities announced measures.", "Guangdong dropped"
        ),
        Example("경기도는 예산을 늘렸다.", "The province raised its budget.", "low confidence"),
        Example("미중 무역전쟁이 격화됐다.", "The US trade war intensified.", "China dropped"),
        Example("베이징에서 회담이 열렸다.", "Talks were held in Shanghai.", "Beijing as Shanghai"),
    ),
)
def place_missing(view: UnitView) -> Iterator[Hit]:
    for v in verdicts(view):
        if v.kind != "missing":
            continue
        label = _label(v, view)
        if v.compound:
            yield _compound_hit(v, label)
        elif v.instead is not None and v.target is not None:
            # a swap (베이징 -> "Shanghai"): the English names a place the Korean does not
            got = view.target_text[v.target[0] : v.target[1]]
            instead = v.instead
            v = replace(v, generic=_stand_in(view.target_text, v, v.target))
            confidence, why, severity = _swap_grade(v, got, view.target_text)
            which = (
                "the English names more often than the Korean"
                if v.more
                else "the Korean does not mention"
            )
            yield Hit(
                f"place {label} appears to be rendered as '{got}' ({instead.ko}), another "
                f"{_KIND_WORDS.get(instead.kind, instead.kind)} {which}{why}",
                source=v.source,
                target=v.target,
                suggestion=v.suggestion,
                confidence=confidence,
                severity=severity,
            )
        elif (literal := _hanja_read_as_word(view, v)) is not None:
            # 美 국무부 -> "Beauty State Department": the abbreviation read as its meaning
            yield Hit(
                f"country {label} is read as the word "
                f"'{view.target_text[literal[0] : literal[1]]}'",
                source=v.source,
                target=literal,
                suggestion=v.suggestion,
                confidence=HANJA_WORD_CONFIDENCE,
            )
        elif v.nearby:
            yield Hit(
                f"place {label} is not named in this sentence's English, but in a neighbouring one",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.2,
                severity=Severity.MINOR,
            )
        elif v.ordinary:
            # kiwipiepy tags 경주 'race' or 통가 as a proper noun too often to trust the tag alone
            yield Hit(
                f"place {label} is not mentioned in the English (the Korean word can also be "
                "an ordinary noun)",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.35,
                severity=Severity.MINOR,
            )
        elif v.generic:
            yield Hit(
                f"place {label} is not named in the English; '{v.generic}' may stand in for it",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.3,
                severity=Severity.MINOR,
            )
        elif (implicit := _often_implicit(view, v)) is not None:
            # A country modifying a noun (미국 정부) or a world region (동북아, 중남미) is often
            # left implicit or paraphrased ('regional') in English news.
            what, heading = implicit
            yield Hit(
                f"{what} {label} is not mentioned in the English",
                source=v.source,
                suggestion=v.suggestion,
                confidence=heading if v.argument else 0.25,
                severity=Severity.MINOR,
            )
        elif (swap := listed_swap(view, v.source, v.places[0])) is not None:
            yield swap  # 산티아고 -> 'Valparaiso': another region of Chile, no listed place
        elif (swap := facility_swap(view, v.source, v.places[0])) is not None:
            yield swap  # 서귀포항 -> 'Seongsan Port': the port of a place the Korean does not name
        else:
            yield Hit(
                f"place {label} is not mentioned in the English",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.7 if v.argument else 0.4,
                severity=None if v.argument else Severity.MINOR,
            )
    yield from subdivision_swaps(view)


def _often_implicit(view: UnitView, v: Verdict) -> tuple[str, float] | None:
    """('country', 0.5) or ('region', 0.4): what the missing place is and its confidence where
    it heads a phrase, for a country or a world region the English names no other of; None
    for other places."""
    if all(p.kind == "country" for p in v.places):
        return "country", 0.5
    if all(p.kind == "region" and not p.country for p in v.places) and not _other_region(view, v):
        return "region", 0.4
    return None


def _other_region(view: UnitView, v: Verdict) -> bool:
    """The English names a world region the Korean of the unit does not, or its adjective
    (유럽 -> 'Asia', 'Asian'), or has a capitalized word spelled much like the missing one's
    name ('Eurpoe')."""
    own = {e.lower() for p in v.places for e in p.en if len(e) >= 4}
    caps = [w for _, _, w in words(view.target_text) if w[:1].isupper()]
    runs = caps + [f"{a} {b}" for a, b in zip(caps, caps[1:], strict=False)]
    if any(
        fuzz.ratio(r.lower(), o) >= 75 and r.count(" ") == o.count(" ") for r in runs for o in own
    ):
        return True
    korean = {p.ko for _, _, p in gazetteer().find(view.source_text, view.source_tokens)}
    return any(
        p.ko not in korean
        and p not in v.places
        and first_found(view.target_text, [*p.en, *(r for r in p.related if r[:1].isupper())])
        for p in _world_regions()
    )


@lru_cache(maxsize=1)
def _world_regions() -> tuple[Place, ...]:
    """The gazetteer's regions of no one country (Europe, Central Asia)."""
    return tuple(p for p in gazetteer().places if p.kind == "region" and not p.country)


# A Korean neighbourhood, town, township, road, station, island, peak or mountain the gazetteer
# does not list (성수동, 가평읍, 중앙로역, 임자도, 위미항, 향로봉): a proper noun ending in its
# suffix.
_UNLISTED_UNIT = re.compile(
    r"(?<![가-힣])([가-힣]{1,4}(?:동|읍|면|리|로|길|역|점|도|항|봉|산|군))"
    r"(?=[가-힣]{0,3}(?:\s|$|[,.]))"
)
UNLISTED_PERSON_CONFIDENCE = 0.6
FACILITY_PERSON_CONFIDENCE = 0.7  # the place a facility is named after ('Mr. Gimhae', 김해공항)
AGENT_CONFIDENCE = 0.6  # a place where something happens as an agent ('held by Jamsil')
_ADDRESS_BEFORE = re.compile(r"[가-힣](?:군|면|읍)\s")
_IN_ADDRESS = re.compile(r"[가-힣](?:시|군|구|읍|면)\s$")  # the word right before: 성산구 완암동


@rule(
    "MT502",
    "place-as-person",
    "Accuracy/Mistranslation",
    Severity.CRITICAL,
    "A place was rendered as if it were a person's name.",
    "The English has no accepted form of a source place, but a run of name-like words that "
    "romanizes the Korean form the way Korean personal names are written, the administrative "
    "suffix read as a given-name syllable (광둥성 -> 'Gwang Dong-seong', 경기도 -> 'Kyung Ki-do'). "
    "Compared with a loose phonetic key, so other spelling systems (Kwang Dong-sung) match too. "
    "A run that renders a person the Korean of the unit names as well or better is that "
    "person's name ('CEO Jung Wook' for 정욱 beside 중국). A Korean neighbourhood or town "
    "station, island or county the gazetteer does not list (a proper noun ending in 동, 읍, "
    "면, 리, 로, 길, 역, 도, 봉, 산 or 군, or a word ending in 동, 읍, 면 or 리 right after a "
    "city, county, district or town: 성산구 완암동; a village in 리 only in an address or "
    "before what lies there, 마차리 탄광, and also written as a given name and the surname 리 "
    "is read as, 'Macha Lee') written so "
    f"('Seong Su-dong' for 성수동, Seongsu-dong, not \"Seoul's Seongsu-dong\") is shown at "
    f"{UNLISTED_PERSON_CONFIDENCE}, and so is such a place, or a branch named after one (긴자점), "
    "written without its unit after Mr. or Ms. ('Mr. Danchon' for 단촌면), and a noun before the "
    "site it names (카라왕 공장) or before 시 (로바니에미시, a city the gazetteer lacks) written "
    "after Mr. or Ms. ('Mr. Karawang's plant', 'Mr. Ro Bani-emi'), and a listed place's name "
    "cut into parts after Mr. or Ms. ('Mr. Ulaan Baatar'). A listed place "
    "below a country that the Korean puts where something happens (칭다오에서, 에 있는) and the "
    "English names right after 'held by', 'owned by', 'run by' or 'named' ('a man named "
    f"Qingdao') is shown at {AGENT_CONFIDENCE}. The place an airport, port, station, fortress, "
    "gymnasium or government complex is named after, written as a person's name ('Dang "
    f"Jin-hang' for 당진항, 'Mr. Gimhae' for 김해공항), is shown at {FACILITY_PERSON_CONFIDENCE}.",
    (
        Example(
            "광둥성에서 홍수가 났다.",
            "Floods hit Gwang Dong-seong.",
            "광둥성 is Guangdong Province",
        ),
    ),
)
def place_as_person(view: UnitView) -> Iterator[Hit]:
    for v in verdicts(view):
        if v.kind == "person":
            yield Hit(
                f"place {_label(v, view)} appears to be rendered as a person's name",
                source=v.source,
                target=v.target,
                suggestion=v.suggestion,
                confidence=0.85,
            )
    yield from _unlisted_as_person(view)
    yield from _facility_as_person(view)
    yield from _site_honoured(view)
    yield from _place_as_agent(view)


# A place the Korean puts where something happens (영천에서, 잠실에 있는) written in the English
# as the agent of a passive or as someone's name: 'held by Jamsil', 'a man named Qingdao'.
_LOCATIVE_AFTER = re.compile(r"(?:에서|에\s?있는|에\s?위치한)")
_AGENT_BEFORE = re.compile(
    r"\b(?:(?:held|hosted|owned|run|operated|organi[sz]ed|headed|led|built|managed|sponsored)"
    r"\s+by|named)\s+(?:[A-Z][\w.'’-]*\s+){0,2}$"
)


def _place_as_agent(view: UnitView) -> Iterator[Hit]:
    """A place followed in the Korean by a locative (에서, 에 있는) whose English name comes
    right after 'held by', 'owned by', 'named' ('held by Jamsil' for 잠실에서 열린): the place
    made a person or a body that acts."""
    source, target = view.source_text, view.target_text
    for a, b, place in gazetteer().find(source, view.source_tokens):
        if place.kind == "country" or not _LOCATIVE_AFTER.match(source, b):
            continue  # 'hosted by Japan': a country hosts
        for form in place.en:
            for x, y in find_form(target, form):
                agent = _AGENT_BEFORE.search(target, max(0, x - 60), x)
                if agent is not None:
                    yield Hit(
                        f"place {place.ko} appears as an agent or a person's name "
                        f"({target[agent.start() : y]!r}), where the Korean says where "
                        "something happens",
                        source=(a, b),
                        target=(x, y),
                        suggestion=f"in {place.preferred}",
                        confidence=AGENT_CONFIDENCE,
                    )
                    return


# A facility named after its place (김해공항, 남동체육관, 정부세종청사, 당진항, 울산역, 진주성): the
# place inside the word, which the gazetteer's search does not split off.
_NAMED_FACILITY = re.compile(
    r"(?<![가-힣])([가-힣]{2,6}?)(국제공항|공항|체육관|종합운동장|경기장|국제도시|터미널|청사|항|역|산성|성)"
)


def _as_person(
    view: UnitView,
    forms: Sequence[str],
    places: Sequence[Place],
    persons: Sequence[str] | None = None,
) -> tuple[int, int] | None:
    """The span of the English writing the place (its Korean ``forms``) as a person: a
    name-like run ('Gwang Dong-seong') or its name after Mr. or a king ('Mr. Guangdong')."""
    names = [e for p in places for e in p.en]
    related = [r for p in places for r in p.related]
    rivals = _persons_named(view) if persons is None else persons
    target = view.target_text
    return _person_like(target, list(forms), names + related, rivals) or _honorific_before(
        target, names, view.source_text
    )


def _facility_as_person(view: UnitView) -> Iterator[Hit]:
    """The place a facility is named after, written as a person's name in the English ('Mr.
    Gimhae' for 김해공항, "Nam Dong's gymnasium" for 남동체육관, 'King Sejong' for
    정부세종청사, 'Dang Jin-hang' for 당진항)."""
    text = view.source_text
    persons = _persons_named(view)
    for m in _NAMED_FACILITY.finditer(text):
        for cut in range(len(m.group(1)) - 1):
            stem = m.group(1)[cut:]
            forms = (stem, stem + "시", stem + "구", stem + "군")
            places = [p for f in forms for p in gazetteer().lookup(f) if p.country == HOME]
            if places:
                break
        else:
            continue
        # 'Bu Cheon-jong' for 부천종합운동장: a syllable of the facility's word taken in too
        facility = m.group(2)
        span = _as_person(view, [stem, stem + facility[:1], stem + facility], places, persons)
        if span is not None:
            yield Hit(
                f"place {stem} of {m.group()} ({places[0].preferred}) appears to be rendered "
                "as a person's name",
                source=(m.start(1) + cut, m.end(1)),
                target=span,
                suggestion=places[0].preferred,
                confidence=FACILITY_PERSON_CONFIDENCE,
            )


# Sites a proper noun names before them (카라왕 공장: the plant at Karawang).
_SITE_AFTER = re.compile(
    r"\s?(?:공장|공단|산단|산업단지|단지|광산|제련소|조선소|발전소|사업장|기지|캠퍼스|지역|일대)"
    r"(?!장)"  # 공장장: the plant's manager
)
# 시 'city' glued to a proper noun, and a particle at most (로바니에미시와).
_CITY_AFTER = re.compile(r"시[가-힣]{0,2}(?=\s|$|[,.])")
HONOURED_SITE_CONFIDENCE = 0.6


def _site_honoured(view: UnitView) -> Iterator[Hit]:
    """A noun no person mention holds, before the site it names (카라왕/NNG 공장) or after the
    city or county it lies in (청주시 오송의, which Kiwi reads as one NNP), or a proper noun
    before 시 (로바니에미시: a city the gazetteer lacks), written after Mr. or Ms. in the
    English ('Mr. Karawang's plant', "Mr. Oh Song's railway test line", 'Mr. Ro Bani-emi'): a
    place made a person."""
    if not _HONOURED.search(view.target_text):
        return  # most units: no Mr. or Ms. at all
    anywhere = _anchored_anywhere(view.doc)
    text, text_en = view.source_text, view.target_text
    for t in view.source_tokens:
        if t.tag not in ("NNP", "NNG") or len(t.form) < 2 or not is_hangul(t.form):
            continue
        addressed = t.tag == "NNP" and _after_local_place(text, t.start)
        form = t.form[:-1] if addressed and t.form.endswith("의") and len(t.form) > 2 else t.form
        city = t.tag == "NNP" and _CITY_AFTER.match(text, t.end) is not None  # 로바니에미시와
        if form in anywhere or not (addressed or city or _SITE_AFTER.match(text, t.end)):
            continue
        if addressed and _UNLISTED_UNIT.fullmatch(form):
            continue  # 춘양면: a town with its unit, _unlisted_as_person's
        if gazetteer().lookup(form):
            continue  # 오송, listed: its verdict reports it
        scored = [(phonetic_score(form, j), b - a, a, b) for a, b, j in _honoured_runs(text_en)]
        best = max(scored, default=None)
        if best is not None and best[0] >= 0.75:  # 'Mr. Karawang', 'Mr. Oh Song'
            a, b = best[2], best[3]
            yield Hit(
                f"place {form} appears to be rendered as a person ('{text_en[a:b]}')",
                source=(t.start, t.start + len(form)),
                target=(a, b),
                confidence=HONOURED_SITE_CONFIDENCE,
            )
            return


def _after_local_place(text: str, start: int) -> bool:
    """The word before ``start`` is a listed city, county or district (청주시 오송)."""
    m = _WORD_BEFORE_PLACE.search(text, 0, start)
    return m is not None and any(
        p.kind in ("city", "county", "district") for p in gazetteer().lookup(m.group(1))
    )


_WORD_BEFORE_PLACE = re.compile(r"(?<![가-힣])([가-힣]+(?:시|군|구)) $")


def _anchored_anywhere(doc: DocView) -> frozenset[str]:
    """The names the article's Korean marks as persons in any unit (cached on the document)."""
    found: frozenset[str] | None = doc.cache.get("places.anchored_anywhere")
    if found is None:
        found = doc.cache["places.anchored_anywhere"] = frozenset(
            p.name for ms in plain_mentions(doc).values() for p in ms if p.anchored
        )
    return found


# Up to three name-like parts after Mr./Ms. ('Mr. Danchon', 'Mr. Chun Yang', 'Mr. Ro Bani-emi').
_HONOURED = re.compile(rf"{_HONORIFIC_WORDS}([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){{0,2}})\b")


_VILLAGE_THING = re.compile(
    r"\s?(?:탄광|광산|마을|해수욕장|저수지|일대|주민|앞바다|해변|포구|들녘)"
)
_RI_SURNAME = re.compile(r"\b([A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+)?)\s+(?:Lee|Rhee|Yi|Ri)\b")


def _ri_as_surname(text: str, word: str) -> tuple[int, int] | None:
    """The span of the village ``word`` (마차리) written as a given name and the surname 리 is
    read as ('Macha Lee')."""
    if len(word) < 3:
        return None
    key = key_of_hangul(word[:-1])
    for m in _RI_SURNAME.finditer(text):
        if name_key(m.group(1)) == key:
            return m.span()
    return None


def _honoured(text: str, stem: str) -> tuple[int, int] | None:
    """The span of a word (or two) after Mr./Ms. that romanizes ``stem``, the name of an
    unlisted town or neighbourhood without its unit ('Mr. Danchon' for 단촌면, 'Mr. Chun Yang'
    for 춘양면)."""
    if len(stem) < 2:
        return None
    key = key_of_hangul(stem)
    for a, b, joined in _honoured_runs(text):
        if name_key(joined) == key:
            return a, b
    return None


def _honoured_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """The name-like runs after Mr. or Ms.: the first one, two and three parts of each
    ('Mr. Chun Yang', 'Mr. Ro Bani-emi'), as start, end and their letters joined."""
    for m in _HONOURED.finditer(text):
        parts = list(re.finditer(r"[A-Za-z]+", m.group(1)))
        for k in range(1, len(parts) + 1):
            end = m.start(1) + parts[k - 1].end()
            yield m.start(1), end, "".join(p.group() for p in parts[:k])


def _without_city(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the place names before the last word ("Seoul's Seongsu-dong",
    "Seoul Seong Su-dong" -> "Seong Su-dong")."""
    ws = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    k = 0
    while k < len(ws) - 1:
        word = re.sub(r"['’]s$", "", ws[k].group())
        if word == ws[k].group() and fold(word) not in english_place_names():
            break
        k += 1
    return (span[0] + ws[k].start(), span[1]) if ws else span


def _unlisted_as_person(view: UnitView) -> Iterator[Hit]:
    """An unlisted Korean neighbourhood or town the English writes like a personal name
    ('Seong Su-dong' for 성수동, where 'Seongsu-dong' is its name)."""
    units = list(_UNLISTED_UNIT.finditer(view.source_text))
    if not units:
        return  # most units: no scan of the gazetteer or the article's persons
    persons = _persons_named(view)
    anywhere = _anchored_anywhere(view.doc)  # 오영길 (titled elsewhere) is no road
    listed = [(a, b) for a, b, _ in gazetteer().find(view.source_text)]
    for m in units:
        a, b = m.span(1)
        word = m.group(1)
        if any(x < b and a < y for x, y in listed) or word in anywhere:
            continue
        target = _unlisted_target(view, word, (a, b), persons)
        if target is not None:
            yield Hit(
                f"place {word} appears to be rendered as a person's name",
                source=(a, b),
                target=target,
                confidence=UNLISTED_PERSON_CONFIDENCE,
            )


def _unlisted_target(
    view: UnitView, word: str, span: tuple[int, int], persons: Sequence[str]
) -> tuple[int, int] | None:
    """Where the English writes the unlisted place ``word`` (at ``span`` of the Korean) as a
    person's name, or None (see :func:`_unlisted_as_person`)."""
    a, b = span
    if len(word) < 3:  # 'Mr. Song Do' for 송도: a two-syllable place only after Mr. or Ms.
        return _honoured(view.target_text, word) if _proper_noun_here(view, span) else None
    if not (
        _proper_noun_here(view, span)
        or _named_unit_here(view, span)
        or (word[-1] in "동읍면리" and _IN_ADDRESS.search(view.source_text, 0, a))
    ):
        # one proper noun (성수동, 중앙로역), not 서울/NNP + 로/JKB; or a neighbourhood
        # after its district (성산구 완암동, which Kiwi reads as 완/NNG 암/MM 동/NNG)
        return None
    if (
        word.endswith("리")
        and not _ADDRESS_BEFORE.search(view.source_text, 0, a)
        and not _VILLAGE_THING.match(view.source_text, b)
    ):
        # a village comes in an address (괴산군 칠성면 외사리) or before what lies there
        # (마차리 탄광); 신예 한소리 is a name
        return None
    # 'Mr. Danchon' for 단촌면, or written as a Korean personal name ('Macha Lee' for 마차리)
    target = (
        _honoured(view.target_text, word[:-1])
        or _written_as_person(view, word, persons)
        or (_ri_as_surname(view.target_text, word) if word.endswith("리") else None)
    )
    written = view.target_text[target[0] : target[1]] if target is not None else ""
    if (
        word[-1] == "도"
        and " " in written.strip()  # a full name, not 'Mr. Gyodong' for 교동도
        and name_key(written) == key_of_hangul(word[:-1])
    ):
        return None  # 서재윤도 'Seo Jae-yoon, too': a name and the particle 도, no island
    return target


def _written_as_person(view: UnitView, word: str, persons: Sequence[str]) -> tuple[int, int] | None:
    """The English span that writes the unlisted place ``word`` as a Korean personal name: a
    surname and a hyphenated given name ('Seong Su-dong'), not a foreign name ('Hassan Al
    Marri' for 하산 알마리) nor one word ('Mohenjo-daro' for 모헨조다로)."""
    facility = word[-1] in "역항"
    forms = [word, word[:-1]] if facility else [word]  # a station by its road, a port
    found = _person_like(view.target_text, forms, (), persons)
    if found is None:
        return None
    found = _without_city(view.target_text, found)  # "Seoul's Seongsu-dong"
    run = view.target_text[found[0] : found[1]].split()
    if facility and len(run) >= 2 and _owned_facility(view.target_text, found[1]):
        return found  # "Kang Jeong's port" for 강정항: the port made a person's
    return found if len(run) >= 2 and "-" in run[-1] else None


_FACILITY_AFTER = re.compile(r"(['’]s)? (?:port|harbou?r|station|terminal)\b", re.IGNORECASE)


def _owned_facility(text: str, end: int) -> bool:
    """A port or station word follows the run ending at ``end`` with a possessive, in the run
    ("Kang Jeong's" port) or after it."""
    m = _FACILITY_AFTER.match(text, end)
    return m is not None and (m.group(1) is not None or text[end - 2 : end] in ("'s", "’s"))


@rule(
    "MT503",
    "place-misspelled",
    "Terminology/Inconsistent with termbase",
    Severity.MAJOR,
    "A place name is spelled close to, but not as, its accepted English form.",
    "None of the accepted English forms of a source place appear, but a capitalized word run "
    "is within a small edit distance of one (similarity 0.85 or more, ignoring case, accents, "
    "spaces and hyphens): 'Guangdon' for Guangdong, 'Gyeongi' for Gyeonggi. Older "
    "romanizations the gazetteer lists (Pusan, Peking) are accepted, not flagged. A place "
    "outside Korea followed by its Korean suffix romanized ('Guangdong Sung' for 광둥성, "
    "'Aichi Hyun' for 아이치현) is reported too. Where nothing is spelled close, a "
    "capitalized run of one or two words standing alone that sounds like the Korean (phonetic "
    f"score {SOUNDS_LIKE_MIN} or more) and is no other known place is shown at "
    f"{SOUNDS_LIKE_CONFIDENCE}: 'Scope' for 스코페 (Skopje), 'Winan' for 윈난성, "
    "'Aio' for 아이오와.",
    (Example("경기도 수원에서", "in Suwon, Gyeongi Province", "Gyeonggi is misspelled"),),
)
def place_misspelled(view: UnitView) -> Iterator[Hit]:
    for v in verdicts(view):
        if v.kind == "misspelled" and v.target is not None:
            got = view.target_text[v.target[0] : v.target[1]]
            yield Hit(
                f"'{got}' looks like a misspelling of {v.suggestion} ({v.ko})",
                source=v.source,
                target=v.target,
                suggestion=v.suggestion,
                confidence=SOUNDS_LIKE_CONFIDENCE if v.sounds else 0.75,
            )
