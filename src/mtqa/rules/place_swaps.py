"""Place swaps: the English names another place of the same kind where the Korean has one.

MT501 (:mod:`mtqa.rules.places`) asks, for a place the English does not render, whether the
English names a place of the same kind (below country level, of the same country) that the
Korean of the unit and its neighbours does not mention in any form (베이징 -> "Shanghai").
Datelines, regions, places inside longer capitalized names and metonyms of the places the Korean
does mention never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from mtqa.lexicon.country_abbrev import SYLLABLES
from mtqa.lexicon.en_words import DEMONYM_ENDINGS, is_dictionary_word, is_name_word
from mtqa.lexicon.gazetteer import HOME, Place, english_place_names, gazetteer
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.rules.base import UnitView
from mtqa.rules.rendering import find_form, is_acronym
from mtqa.text.en_match import fold
from mtqa.text.korean import morphemes


def names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """One pattern for whole-word occurrences of any of ``names`` (folded), longest first."""
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])")


@lru_cache(maxsize=512)
def inner_names(code: str) -> re.Pattern[str] | None:
    """Folded English names of the gazetteer's places inside country ``code`` (its states,
    provinces and cities), as one pattern."""
    names = {
        fold(name)
        for p in gazetteer().places
        if p.country == code and p.kind != "country"
        for name in p.en
        if len(name) >= 4 and not is_acronym(name)
    }
    return names_pattern(names) if names else None


# Kinds a substitution is looked for in. Regions overlap each other and countries (Asia,
# Southeast Asia, the Middle East), so naming another one is not evidence of a swap.
SWAP_KINDS = frozenset(
    {"country", "province", "state", "prefecture", "city", "county", "district", "sea", "compass"}
)
# Kinds of one administrative level: a county may be swapped for a city (화성시 -> 'Hwasun').
# Japan's prefectures mostly share their capital's name (Fukuoka, Hiroshima), so the gazetteer
# lists some as cities, some as prefectures: a city may be swapped for one ('Fukuoka' for
# 시모노세키) and a prefecture for a city.
_SAME_LEVEL = {
    "city": ("city", "county", "prefecture"),
    "county": ("city", "county"),
    "prefecture": ("prefecture", "city"),
    "municipality": ("city", "county", "province"),
}
# Cities governed as provinces are: a province named in their stead is a swap too (Hai Duong
# for 하이퐁시, Hebei for 베이징).
PROVINCE_LEVEL_CITIES = frozenset(
    {"하노이", "호찌민", "하이퐁", "다낭", "껀터", "베이징", "상하이", "톈진", "충칭"}
)
# Words that may follow a place's name inside the same name ("Fujian Province").
_NAME_TAILS = frozenset(
    {"Province", "Prefecture", "State", "City", "County", "District", "Region", "Island",
     "Islands", "Metropolitan", "Special", "Autonomous", "Municipality",
     # a provincial body is still the province's (North Chungcheong Provincial Council)
     "Provincial",
     # a port or airport is still the city's (Qingdao Port for 칭다오항)
     "Port", "Harbor", "Harbour", "Airport",
     # and a race by its city (the Rotterdam Marathon for 암스테르담마라톤)
     "Marathon",
     # a title after the place names the office, not a longer name (North Jeolla Governor Kim)
     "Governor", "Gov", "Mayor", "Superintendent", "Premier", "Prefect", "Governor-elect",
     "Mayor-elect"}
)  # fmt: skip
# Sino-Korean one-syllable country abbreviations in words (방일 'visit to Japan', 주미 대사,
# 대북 제재, 친중, 반미, 재일, 미군) and in hanja (美, 中): a mention of the country.
_ABBREV_WORDS = ("방", "주", "대", "친", "반", "재", "訪", "駐", "對", "親", "反")
_HANJA = {"KR": "韓", "US": "美", "CN": "中", "JP": "日", "RU": "露", "KP": "北", "GB": "英"}
# A dateline before the story: "SEOUL, Nov. 5 (Yonhap) --", "BAGHDAD, Iraq (CNN)".
_DATELINE = re.compile(r"^\W*[A-Z][A-Z.'\- ]*[A-Z],[^()\n]{0,40}?(?:\([^)\n]{1,25}\)|--|—|–)")


@lru_cache(maxsize=16)
def names_of_kind(kind: str) -> tuple[re.Pattern[str], dict[str, tuple[Place, ...]]] | None:
    """One pattern over the folded English names of every place of ``kind``, and name ->
    places (a name may be several places of the kind: Georgia)."""
    by_name: dict[str, list[Place]] = {}
    kinds = _SAME_LEVEL.get(kind, (kind,))
    for p in gazetteer().places:
        if p.kind in kinds:
            for name in p.en:
                if len(name) >= 4 or is_acronym(name):
                    by_name.setdefault(fold(name), []).append(p)
    if not by_name:
        return None
    return names_pattern(by_name), {n: tuple(ps) for n, ps in by_name.items()}


# Endings that make a country's adjective or demonym from its name (Slovenia -> Slovenian).
_ADJECTIVE_ENDINGS = ("ian", "ians", "an", "ans", "ese", "i", "is", "ish")
ADJECTIVE_ZIPF = 2.5  # wordfreq frequency from which a formed adjective is a word English uses


def name_stems(low: str) -> set[str]:
    """The stems a demonym ending joins a folded one-word name at: the name, and without a
    final vowel (Serbia -> Serbi-an, Nepal -> Nepal-i)."""
    return {low, low[:-1]} if low[-1] in "aeoy" else {low}


@lru_cache(maxsize=1)
def country_adjectives() -> tuple[re.Pattern[str], dict[str, tuple[Place, ...]]]:
    """One pattern over the folded adjectives and demonyms of every country, and word ->
    countries: the gazetteer's related words that end like demonyms (German, French) and the
    words formed from one-word names with a demonym ending that English uses (Slovenian,
    Omani); no place's own name."""
    from wordfreq import zipf_frequency

    places = [p for p in gazetteer().places if p.kind == "country"]
    names = {fold(e) for p in gazetteer().places for e in p.en}
    by_word: dict[str, list[Place]] = {}
    for p in places:
        words = {fold(r) for r in p.related if r[:1].isupper() and " " not in r}
        words = {w for w in words if w.endswith(DEMONYM_ENDINGS)}
        for name in p.en:
            low = fold(name)
            if " " in low or len(low) < 4 or not low.isalpha():
                continue
            for stem in name_stems(low):
                words.update(
                    stem + end
                    for end in _ADJECTIVE_ENDINGS
                    if (stem == low or not end.startswith("i"))  # Iraqi; no Ghani, Francis
                    and zipf_frequency(stem + end, "en") >= ADJECTIVE_ZIPF
                    and not is_name_word(stem + end)
                    and not is_dictionary_word(stem + end)
                )
        for w in words - names:
            by_word.setdefault(w, []).append(p)
    return names_pattern(by_word), {w: tuple(ps) for w, ps in by_word.items()}


_COMMA = re.compile(r",\s*")


@dataclass(frozen=True)
class InnerMention:
    """An English name of a place inside a country, and the country name a comma puts right
    after it ('Taipei, Thailand'; None where none follows): news says where a city is so."""

    span: tuple[int, int]
    country: tuple[int, int] | None = None
    country_codes: frozenset[str] = frozenset()


def inner_mentions(folded: str, code: str) -> list[InnerMention]:
    """The places inside country ``code`` that ``folded`` (English, folded) names."""
    inner = inner_names(code)
    if inner is None:
        return []
    countries = names_of_kind("country")
    out = []
    for m in inner.finditer(folded):
        comma = _COMMA.match(folded, m.end())
        c = countries[0].match(folded, comma.end()) if comma and countries else None
        if c is None or countries is None:
            out.append(InnerMention(m.span()))
            continue
        codes = frozenset(p.country for p in countries[1][c.group()])
        out.append(InnerMention(m.span(), c.span(), codes))
    return out


def implies_country(folded: str, code: str) -> bool:
    """The English names a place inside country ``code`` and does not put it in another
    country ('California' implies the US; 'Taipei, Thailand' implies no Taiwan)."""
    return any(code in i.country_codes or not i.country_codes for i in inner_mentions(folded, code))


def puts_inner_place_in(target: str, start: int, code: str) -> bool:
    """The English country name at ``start`` follows a place of country ``code`` and a comma,
    so it says where that place is ('Osaka, China' for 일본 오사카)."""
    return any(
        i.country is not None and i.country[0] == start for i in inner_mentions(fold(target), code)
    )


def _part_of_longer_name(target: str, start: int, end: int) -> bool:
    """The span is glued to another capitalized word: part of a longer proper name (the New
    York Times, Michael Jordan, the Paris Agreement), not a place on its own."""
    if _AIRPORT.match(target, end):
        return _glued_before(target, start)  # Gimhae International Airport is Gimhae's
    after = re.match(r" +([A-Z][\w'\-]*)", target[end:])
    if after and after.group(1) not in _NAME_TAILS:
        return True
    return _glued_before(target, start)


_AIRPORT = re.compile(r" +International +Airport\b")


def _glued_before(target: str, start: int) -> bool:
    """A capitalized word other than a sentence's first or 'The' stands right before
    ``start``: the span continues a longer name (the Royal Australian Navy)."""
    before = re.search(r"([A-Z][\w'’\-]*) +$", target[:start])
    if before and before.group(1).endswith(("'s", "’s", "s'", "s’")):
        return False  # "Mongolia's East Gobi Province", "the Philippines' Bataan": possessives
    if before:
        head = target[: before.start()].rstrip()
        sentence_start = not head or head[-1] in ".!?:;\"'“‘(—-"
        return not (sentence_start or before.group(1) == "The")
    return False


def _mentioned_in(korean: str, place: Place) -> bool:
    """Some Korean form of ``place`` occurs in ``korean`` (a substring: generous on purpose),
    a word starts like a long form (아프간 for 아프가니스탄: short forms the gazetteer may not
    list), or for a country its one-syllable abbreviation in a word (방일, 주미, 대북, 美)."""
    forms = (*place.forms, place.ko)
    if any(f and f in korean for f in forms):
        return True
    heads = {f[:2] for f in forms if len(f) >= 4 and all("가" <= c <= "힣" for c in f)}
    for h in heads:
        for m in re.finditer(rf"(?<![가-힣]){h}[가-힣]*", korean):
            if not _other_place_word(m.group(), place):
                return True
    if _sounds_written(korean, place):
        return True
    if place.kind != "country":
        return False
    hanja = _HANJA.get(place.country)
    if hanja and hanja in korean:
        return True
    for syl, code in SYLLABLES.items():
        if code != place.country or syl == "남":
            continue
        if _abbreviation(syl).search(korean):
            return True
    return False


def _other_place_word(word: str, place: Place) -> bool:
    """``word`` starts with the full Korean form of another place (오스트리아 is no short
    form of 오스트레일리아, 슬로바키아 none of 슬로베니아)."""
    own = {*place.forms, place.ko}
    gaz = gazetteer()
    return any(
        word[:n] not in own and gaz.lookup(word[:n]) and place not in gaz.lookup(word[:n])
        for n in range(len(word), 2, -1)
    )


# Phonetic score from which a Hangul word writes a place's English name in another spelling
# (템파 for Tampa, whose listed form is 탬파): the Korean mentions it, so it is no swap.
WRITTEN_SOUND = 0.9


def _sounds_written(korean: str, place: Place) -> bool:
    """A Hangul word of ``korean`` (particles aside) sounds like one of the place's English
    names: a loanword spelling the gazetteer does not list (템파 Tampa, 뭄바이/봄베이)."""
    names = [e for e in place.en if len(e) >= 4 and not is_acronym(e)]
    if not names or place.country == "KR":  # Korean places have one Hangul form (화순, not 화성)
        return False
    for word in set(re.findall(r"[가-힣]{2,}", korean)):
        if _verb_form(word):
            continue  # 위한 'for' is no Hanoi
        stems = {word, word[:-1], word[:-2]} & _noun_stems(word)  # not 양으 of 양으로
        if any(_another_place(stem, place) for stem in stems):
            continue  # 서칼리만탄주 names West Kalimantan, not East Kalimantan
        for stem in stems:
            if len(stem) >= 2 and any(phonetic_score(stem, e) >= WRITTEN_SOUND for e in names):
                return True
    return False


@lru_cache(maxsize=4096)
def _noun_stems(word: str) -> frozenset[str]:
    """The word and its beginnings up to where Kiwi ends a noun in it (템파에서 -> 템파; 양으로
    -> 양, no 양으): the stems a place's name may be."""
    tokens = morphemes(word)
    ends = {t.end for t in tokens if t.tag.startswith(("NN", "SL", "XR")) or t.oov}
    return frozenset({word} | {word[:e] for e in ends})


def _another_place(form: str, place: Place) -> bool:
    """``form`` is a gazetteer form of some place other than ``place``."""
    return len(form) >= 2 and any(p.ko != place.ko for p in gazetteer().lookup(form))


@lru_cache(maxsize=4096)
def _verb_form(word: str) -> bool:
    """Kiwi reads ``word`` as a verb or adjective form (위한, 있는), no name."""
    tokens = morphemes(word)
    return bool(tokens) and tokens[0].tag in {"VV", "VA", "VX", "VCP", "VCN"} and not tokens[0].oov


@lru_cache(maxsize=16)
def _abbreviation(syl: str) -> re.Pattern[str]:
    """A country's one-syllable abbreviation used as a word: 방일, 주미, 대북, 미군, 미 국무부."""
    words = "|".join(_ABBREV_WORDS)
    return re.compile(rf"(?:{words}){syl}|{syl}(?:군|측)|(?<![가-힣]){syl}(?![가-힣])")


def substitute(
    view: UnitView,
    missing: Sequence[Place],
    korean: str,
    rendered: list[tuple[int, int]],
    parties: AbstractSet[str] = frozenset(),
) -> tuple[tuple[int, int], Place] | None:
    """A place of the same kind as the missing one (below country level, of the same country)
    that the English names and the Korean does not mention: the likely substitution (베이징 ->
    "Shanghai"). ``korean`` is the unit's Korean with its neighbours'; ``rendered`` the English
    spans of the forms and related words (metonyms, capitals) of every place the Korean does
    mention, which never count (Washington for 미국); ``parties`` the countries of compound
    abbreviations in the Korean (한미일 mentions Japan). Not in a dateline ("SEOUL, Nov. 5
    (Yonhap)") nor inside a longer capitalized name (the New York Times)."""
    target = view.target_text
    folded = fold(target)
    dateline = _DATELINE.match(target)
    skip_to = dateline.end() if dateline else 0
    # 미국 캘리포니아 -> 'California, ... Spain': the country is implied, no other is named
    # in its stead; though an adjective of another may be ('Australian Chancellor ... in
    # Vienna' for 오스트리아 총리 ... 빈에서)
    if not any(p.kind == "country" and implies_country(folded, p.country) for p in missing):
        named = _name_instead(target, missing, korean, rendered, parties, skip_to)
        if named is not None:
            return named
    if any(p.kind == "country" for p in missing):
        return _adjective_instead(target, korean, rendered, parties, skip_to, missing)
    return None


def _name_instead(
    target: str,
    missing: Sequence[Place],
    korean: str,
    rendered: list[tuple[int, int]],
    parties: AbstractSet[str],
    skip_to: int,
) -> tuple[tuple[int, int], Place] | None:
    """Another place's English name in the stead of a missing one (see :func:`substitute`)."""
    folded = fold(target)
    own = {p.ko for p in missing}
    abroad: tuple[tuple[int, int], Place] | None = None
    for kind in dict.fromkeys(p.kind for p in missing):
        spots = _local_spots(kind, missing)
        if kind not in SWAP_KINDS and not _foreign_region(kind, missing) and not spots:
            continue
        level = kind
        if kind == "city" and any(p.ko in PROVINCE_LEVEL_CITIES for p in missing):
            level = "municipality"
        names = names_of_kind(level)
        if names is None:
            continue
        pattern, by_name = names
        countries = {p.country for p in missing if p.kind == kind}
        for m in pattern.finditer(folded):
            a, b = m.span()
            text = target[a:b]
            name_places = by_name[m.group()]
            # a rendered country inside a compass part of it is no rendering of that part
            # ('Kazakhstan' of 'West Kazakhstan' where the Korean names 카자흐스탄 and
            # 동카자흐스탄주; but 'Korea' of 'North Korea' is)
            # nor is a country's inside a state's name ('South Australia' for 서호주주,
            # 호주 named too: another state)
            inner = kind != "country"
            if (
                a < skip_to
                or not text[:1].isupper()
                or any(x < b and a < y and not (inner and a < x and y == b) for x, y in rendered)
            ):
                continue
            if is_acronym(text) and not any(text == e for p in name_places for e in p.en):
                continue
            if _part_of_longer_name(target, a, b) or target[b : b + 1] == "$":
                continue  # 'US$200 million' is a currency, no country
            # every place written so in English must be absent from the Korean (Georgia)
            same_name = [p for p in gazetteer().places if any(fold(e) == m.group() for e in p.en)]
            if any(
                p.ko in own
                or _mentioned_in(korean, p)
                or (p.kind == "country" and p.country in parties)
                for p in same_name
            ):
                continue
            cands = [
                p
                for p in name_places
                if (kind == "country" or p.country in countries) and (not spots or _spot(p))
            ]
            if cands:
                return (a, b), cands[0]
            if abroad is None and kind in ABROAD_KINDS and not is_name_word(text):
                abroad = (a, b), name_places[0]
    return abroad


def _spot(place: Place) -> bool:
    """A Korean island, neighbourhood or new town the gazetteer lists (마라도, 송도, 잠실): a
    place of its own, unlike a region such as 수도권 that English may describe."""
    return place.kind == "region" and place.country == HOME and "islands" in place.source


def _local_spots(kind: str, missing: Sequence[Place]) -> bool:
    """``kind`` is a region and the missing places of that kind are all Korean spots
    (:func:`_spot`): another spot in their stead ('Udo Island' for 마라도) is a swap."""
    own = [p for p in missing if p.kind == kind]
    return kind == "region" and bool(own) and all(_spot(p) for p in own)


def _foreign_region(kind: str, missing: Sequence[Place]) -> bool:
    """``kind`` is a region and the missing places of that kind are a foreign country's
    (Spain's 안달루시아: 'Catalonia' in its stead is a swap); not a world region (중동) nor a
    Korean one (수도권, 호남), whose English is as often a description ('the capital area')."""
    own = [p for p in missing if p.kind == kind]
    return kind == "region" and all(p.country and p.country != HOME for p in own)


# Kinds a place of another country counts as a swap for, where the English names no place of
# the same country instead (아이오와 -> 'Uttarakhand', 애틀랜타 -> 'Morelia'); a word that is
# also a given name or surname (Houston, Florence, Jackson) is more often a person.
ABROAD_KINDS = frozenset({"province", "state", "prefecture", "city"})


def _adjective_instead(
    target: str,
    korean: str,
    rendered: list[tuple[int, int]],
    parties: AbstractSet[str],
    skip_to: int,
    missing: Sequence[Place],
) -> tuple[tuple[int, int], Place] | None:
    """Another country's adjective where the Korean names a country the English lacks
    ('Australian Chancellor' for 오스트리아 총리). An adjective heads a longer name by nature
    ('Slovenian Prime Minister'), so only the word before it is checked."""
    pattern, by_word = country_adjectives()
    for m in pattern.finditer(fold(target)):
        a, b = m.span()
        if (
            a < skip_to
            or not target[a:b][:1].isupper()
            or any(x < b and a < y for x, y in rendered)
        ):
            continue
        if _glued_before(target, a):
            continue  # inside a longer name (the Royal Australian Navy)
        places = by_word[m.group()]
        if any(p in missing or _mentioned_in(korean, p) or p.country in parties for p in places):
            continue
        if _heads_name(target, a, b) or _confused(m.group(), missing):
            return (a, b), places[0]
    return None


# Where an adjective of country counts as another country in the missing one's stead.
ADJECTIVE_SIMILAR = 70


def _heads_name(target: str, start: int, end: int) -> bool:
    """The adjective at ``start:end`` heads a title or name ('Australian Chancellor Karl
    Nehammer'), as 오스트리아 총리 does in Korean; not a place's own name ('British
    Columbia', 'British Virgin Islands') nor a plain noun ('Spanish state television',
    context the story adds)."""
    after = re.match(r" +([A-Z][\w'\-]*)", target[end:])
    if after is None:
        return False
    phrase = fold(f"{target[start:end]} {after.group(1)}")
    return not any(name.startswith(phrase) for name in english_place_names())


def _confused(word: str, missing: Sequence[Place]) -> bool:
    """The adjective is spelled much like the missing country's name (Slovenian, Slovakia)."""
    names = [fold(e) for p in missing for e in p.en if len(e) >= 4]
    return any(fuzz.ratio(word, n) >= ADJECTIVE_SIMILAR for n in names)


def source_renderings(
    view: UnitView, korean: str, parties: AbstractSet[str]
) -> list[tuple[int, int]]:
    """English spans of the accepted forms and related words of every place the Korean text
    ``korean`` mentions (including places inside organization names) and of the countries
    ``parties`` of its compound abbreviations."""
    gaz = gazetteer()
    places = {p.ko: p for _, _, p in gaz.find(korean)}
    for code in parties:
        country = gaz.country(code)
        if country is not None:
            places[country.ko] = country
    target = view.target_text
    # 베트남 호찌민: the Korean names a city of the country, so the capital in the English is a
    # city too, not the country's metonym ('Hanoi' for 호찌민 is a swap)
    with_city = {p.country for p in places.values() if p.kind != "country"}
    return [
        span
        for p in places.values()
        for form in (*p.en, *p.related)
        if not (p.kind == "country" and p.country in with_city and _city_of(form, p.country))
        for span in find_form(target, form)
    ]


@lru_cache(maxsize=256)
def _city_of(form: str, country: str) -> bool:
    """``form`` is the English name of a city of ``country`` (Hanoi of VN)."""
    low = fold(form)
    return any(
        p.kind == "city" and p.country == country and low in {fold(e) for e in p.en}
        for p in gazetteer().places
    )
