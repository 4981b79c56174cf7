"""A foreign subdivision no list gives in Korean, swapped for another of its country (MT501).

The gazetteer holds the provinces and cities Korean news names most. For the rest, a Korean
proper noun is matched by sound to the ISO 3166-2 subdivisions of the countries the article
names (:mod:`mtqa.lexicon.subdivisions`: 촌부리 Chon Buri when the article names 태국). Where the
English has no capitalized run that sounds like it but names another subdivision of that country
that nothing in the Korean around sounds like ('Rayong province' for 촌부리주), the place was
swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from mtqa.lexicon.gazetteer import Place, gazetteer
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import is_hangul
from mtqa.lexicon.subdivisions import sounded, written
from mtqa.lexicon.titles import title_suffix
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.records import Severity
from mtqa.rules.base import DocView, Hit, UnitView, neighbour_views
from mtqa.rules.persons import plain_mentions
from mtqa.text.en_match import fold
from mtqa.text.ko_word_kinds import korean_name

SWAP_CONFIDENCE = 0.6
RENDERED = 0.75  # phonetic score of an English run from which it renders the Korean word
# The one county the Korean names and the one the English names: swaps score below 0.67
# (브라이언/Bartow 0.45, 불럭/Butler 0.63), silent letters take renderings down to 0.73
ONE_COUNTY_RENDERED = 0.7
_SUFFIXES = ("특별자치주", "자치주", "주", "성", "도", "현", "시", "군")
_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _countries(doc: DocView) -> tuple[str, ...]:
    """The foreign countries the article's Korean names (cached on the document)."""
    found: tuple[str, ...] | None = doc.cache.get("subdivisions.countries")
    if found is None:
        text = "\n".join(s.text for s in doc.source_sentences)
        codes = {p.country for _, _, p in gazetteer().find(text) if p.kind == "country"}
        found = doc.cache["subdivisions.countries"] = tuple(sorted(codes - {"KR", "KP"}))
    return found


def _candidates(view: UnitView) -> list[tuple[int, int, str]]:
    """Proper nouns of the unit's Korean no list or anchored person mention accounts for, as
    (start, end, word) (cached on the document: a unit's neighbours ask for them too)."""
    key = f"subdivisions.candidates:{view.unit.index}"
    if key not in view.doc.cache:
        view.doc.cache[key] = _find_candidates(view)
    found: list[tuple[int, int, str]] = view.doc.cache[key]
    return found


def _find_candidates(view: UnitView) -> list[tuple[int, int, str]]:
    text = view.source_text
    taken = [(a, b) for a, b, _ in gazetteer().find(text, view.source_tokens)]
    taken += [(a, b) for a, b, _ in organizations().find(text, view.source_tokens)]
    mentions = plain_mentions(view.doc).get(view.unit.index, [])
    taken += [(m.start, m.end) for m in mentions if m.anchored]  # 'none': a guess of the words
    out = []
    tokens = view.source_tokens
    for i, t in enumerate(tokens):
        if not is_hangul(t.form) or any(a < t.end and t.start < b for a, b in taken):
            continue
        if t.tag != "NNP" and not (t.tag == "NNG" and len(t.form) >= 3 and _placed(tokens, i)):
            continue
        if title_suffix(t.form) is not None or korean_name(t.form):
            continue  # 주지사, 윤바다: a title or a Korean name, no place
        out.append((t.start, t.end, t.form))
    return out


def _sounded(word: str, code: str) -> tuple[str, ...] | None:
    """:func:`sounded` of ``word`` as written (홋카이도 Hokkaido), else without an
    administrative suffix (촌부리주 Chon Buri)."""
    found = sounded(word, code)
    for suffix in _SUFFIXES:
        if found is None and word.endswith(suffix) and len(word) - len(suffix) >= 2:
            found = sounded(word[: -len(suffix)], code)
    return found


# Words after a region's name (카탈루냐 지역, 동부 나르바 지방).
_PLACE_WORDS = frozenset({"지역", "지방", "주", "성", "도", "현", "시", "일대"})


def _placed(tokens: list[Any], i: int) -> bool:
    """A common noun Kiwi knows (안달루시아/NNG) stands as a place: a region word follows it, or
    it is listed with a proper noun (안달루시아와 카탈루냐)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.form in _PLACE_WORDS:
        return True
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    joined = nxt is not None and (nxt.tag == "JC" or nxt.form == "·")
    return joined and after is not None and after.tag == "NNP"


def _sounds_in(text: str, word: str) -> bool:
    """A capitalized run of one to three words in ``text`` sounds like the Hangul ``word``."""
    for m in _RUN.finditer(text):
        parts = m.group().split()
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                if phonetic_score(word, " ".join(parts[i:j])) >= RENDERED:
                    return True
    return False


def _sounds_like_any(korean: Iterable[str], english: Iterable[str]) -> bool:
    """One of the Hangul words ``korean`` sounds like one of the English words ``english``."""
    heard = list(english)
    return any(phonetic_score(k, e) >= RENDERED for k in korean for e in heard)


def _proper_nouns(view: UnitView) -> dict[int, str]:
    """The Hangul proper nouns of the unit's Korean, by where they start."""
    return {t.start: t.form for t in view.source_tokens if t.tag == "NNP" and is_hangul(t.form)}


def _other_written(
    view: UnitView, code: str, own: tuple[str, ...] = ()
) -> tuple[int, int, tuple[str, ...]] | None:
    """A subdivision of ``code`` the English names, other than ``own``, that no proper noun of
    the Korean around sounds like."""
    named = written(view.target_text, code) + _listed_written(view, code)
    if not named:
        return None  # most units: no subdivision in the English, no Korean to read around
    korean = [w for v in (view, *neighbour_views(view)) for _, _, w in _candidates(v)]
    for a, b, other in named:
        if other != own and not _sounds_like_any(korean, other):
            return a, b, other
    return None


@lru_cache(maxsize=64)
def _listed_places(code: str) -> tuple[tuple[re.Pattern[str], Place], ...]:
    """The gazetteer's cities of ``code``, each with a pattern of its English names
    (capitalized, whole words). Not its provinces: a Korean word in the local language's
    form (자와텡가주, Jawa Tengah) may be a listed province in English ('Central Java')."""
    out = []
    for p in gazetteer().places:
        if p.country == code and p.kind == "city":
            names = "|".join(re.escape(e) for e in p.en if e[:1].isupper() and len(e) >= 4)
            if names:
                out.append((re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), p))
    return tuple(out)


def _listed_written(view: UnitView, code: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Listed places of ``code`` the English names that the Korean of the unit and its
    neighbours does not ('Antalya Province' for 메르신주, Antalya being listed)."""
    korean = "\n".join(v.source_text for v in (view, *neighbour_views(view)))
    out = []
    for pattern, place in _listed_places(code):
        m = pattern.search(view.target_text)
        if m is not None and not any(f in korean for f in place.forms):
            out.append((m.start(), m.end(), place.en))
    return out


def _swap_hit(
    view: UnitView, source: tuple[int, int], expected: str, found: tuple[int, int, tuple[str, ...]]
) -> Hit:
    """The MT501 swap of the place at ``source`` (English ``expected``) for the subdivision the
    English names at ``found``."""
    a, b, other = found
    return Hit(
        f"place {view.source_text[source[0] : source[1]]} ({expected}) appears to be rendered "
        f"as '{view.target_text[a:b]}' ({other[0]}), another region of the same country the "
        "Korean does not mention",
        source=source,
        target=(a, b),
        suggestion=expected,
        confidence=SWAP_CONFIDENCE,
        severity=Severity.MAJOR,
    )


def listed_swap(view: UnitView, source: tuple[int, int], place: Place) -> Hit | None:
    """A listed foreign city or province the English leaves out, with a subdivision of its
    country in its stead that nothing in the Korean sounds like (산티아고 -> 'Valparaiso')."""
    if place.kind == "country" or place.country in ("KR", "KP") or not place.country:
        return None
    if _sounds_in(view.target_text, view.source_text[source[0] : source[1]]):
        return None
    found = _other_written(view, place.country)
    own = {fold(e) for e in place.en}
    if found is None or any(fold(n) in own for n in found[2]):
        return None
    return _swap_hit(view, source, place.preferred, found)


# A facility named after its place: the Korean suffix and the English head word (서귀포항 -> '...
# Port'). Only ports, airports and stations, whose English keeps the place's name.
_FACILITIES = {
    "항": ("port", r"Port|Harbou?r"),
    "공항": ("airport", r"(?:International\s+)?Airport"),
    "역": ("station", r"Station"),
}


def facility_swap(view: UnitView, source: tuple[int, int], place: Place) -> Hit | None:
    """A listed place the English leaves out, named as a port, airport or station (서귀포항),
    where the English names the one facility of that kind after another place that nothing
    in the Korean sounds like ('Seongsan Port')."""
    text = view.source_text
    suffix = next((k for k in ("공항", "항", "역") if text.startswith(k, source[1])), None)
    if suffix is None or _HANGUL_AFTER.match(text, source[1] + len(suffix)):
        return None  # 항의, 역할: no facility (but 항에, 항은 with their particles are)
    kind, heads = _FACILITIES[suffix]
    english = list(re.finditer(rf"((?:[A-Z][\w'’-]*\s+){{1,2}})(?:{heads})\b", view.target_text))
    same = re.findall(rf"[가-힣]+{suffix}(?![가-힣])", text)
    if len(english) != 1 or len(same) > 1:
        return None
    m = english[0]
    name = m.group(1).strip()
    own = {fold(e) for e in place.en}
    if fold(name) in own or any(fold(w) in own for w in name.split()):
        return None
    if _sounds_like_any(_proper_nouns(view).values(), name.split()):
        return None
    return Hit(
        f"place {text[source[0] : source[1]]} ({place.preferred}) appears to be rendered as "
        f"'{m.group().strip()}', a {kind} named after a place the Korean does not mention",
        source=source,
        target=(m.start(1), m.end()),
        suggestion=place.preferred,
        confidence=SWAP_CONFIDENCE,
        severity=Severity.MAJOR,
    )


_HANGUL_AFTER = re.compile(r"(?![은는이가을를에의도와과로만서])[가-힣]")
_KO_COUNTY = re.compile(r"([가-힣]{2,})\s?카운티")
_EN_COUNTY = re.compile(r"([A-Z][\w'’-]*\s)County\b")


def county_swaps(view: UnitView) -> Iterator[Hit]:
    """The one unlisted county the Korean names (브라이언 카운티) named in the English as the one
    county there that nothing in the Korean sounds like ('Bartow County' for Bryan County)."""
    target = view.target_text
    if "County" not in target:
        return
    names = _proper_nouns(view)
    counties = [
        (m.start(1), m.end(), m.group(1))
        for m in _KO_COUNTY.finditer(view.source_text)
        if names.get(m.start(1)) == m.group(1)  # a proper noun, not 많은 카운티 'many counties'
    ]
    english = list(_EN_COUNTY.finditer(target))
    if len(counties) != 1 or len(english) != 1:
        return  # several: which is whose is no guess ('Pines County' among five)
    start, end, word = counties[0]
    m = english[0]
    parts = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
    if gazetteer().lookup(word) or _sounds_in(target.replace("-", " "), word):
        return
    if any(phonetic_score(word, w) >= ONE_COUNTY_RENDERED for w in parts):
        return  # the one county each side names, near enough: 'Bulloch County' for 불럭 (0.73)
    if _sounds_like_any(names.values(), parts):  # 배터리 'battery' sounds like Bartow: NNPs only
        return
    yield Hit(
        f"place {view.source_text[start:end]} appears to be rendered as "
        f"'{m.group(1).strip()} County', which sounds nothing like it",
        source=(start, end),
        target=(m.start(1), m.end()),
        confidence=SWAP_CONFIDENCE,
        severity=Severity.MAJOR,
    )


def subdivision_swaps(view: UnitView) -> Iterator[Hit]:
    """MT501 hits for unlisted foreign subdivisions swapped for another (module docstring)."""
    yield from county_swaps(view)
    countries = _countries(view.doc)
    if not countries or not view.target_text.strip():
        return
    target = view.target_text
    for start, end, word in _candidates(view):
        for code in countries:
            names = _sounded(word, code)
            if names is None:
                continue
            if _sounds_in(target, word):
                break
            found = _other_written(view, code, names)
            if found is not None:
                yield _swap_hit(view, (start, end), names[0], found)
            break
