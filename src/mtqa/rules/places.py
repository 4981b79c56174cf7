"""MT5xx: places in the source that the English drops, misspells or turns into a person's name.

Each source place (found with :mod:`mtqa.lexicon.gazetteer`, skipping spans the desk's termbase
or the organization list covers) gets one verdict per unit: rendered (an accepted English form,
adjective, demonym or metonym is present), misspelled (MT503), read as a person's name (MT502)
or missing (MT501). The three are exclusive, so one place never yields two findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from mtqa.lexicon.gazetteer import Place, gazetteer
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import key_of_hangul, name_key
from mtqa.lexicon.termbase import view_terms
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.rules.rendering import best_near, find_form, first_found
from mtqa.text.en_match import fold, words

# Generic nouns a translator may use instead of repeating a place's name ("the province").
GENERIC: dict[str, tuple[str, ...]] = {
    "country": ("country", "nation", "national", "government", "domestic", "nationwide"),
    "province": ("province", "provincial", "region", "regional"),
    "state": ("state", "statewide"),
    "prefecture": ("prefecture", "prefectural", "region"),
    "city": ("city", "municipal", "metropolitan", "capital", "town"),
    "county": ("county",),
    "district": ("district", "ward", "neighborhood", "neighbourhood", "area"),
    "region": ("region", "regional", "area", "territory", "island", "peninsula"),
}
PERSON_KEY_MIN = 0.86


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

    @property
    def ko(self) -> str:
        return self.places[0].ko


def _covered(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _person_like(
    target: str, ko_forms: list[str], accepted: Sequence[str] = ()
) -> tuple[int, int] | None:
    """A run of 2-3 capitalized name parts whose Korean-name key matches a Korean place form.

    Runs that overlap an accepted English form of the place ("Hong Kong") are not candidates.
    """
    taken = [span for name in accepted for span in find_form(target, name)]
    toks = [
        w
        for w in words(target)
        if w[2][:1].isupper() and not any(a < w[1] and w[0] < b for a, b in taken)
    ]
    keys = [key_of_hangul(f) for f in ko_forms if len(f) >= 2]
    for i in range(len(toks)):
        for j in range(i, min(i + 3, len(toks))):
            run = toks[i : j + 1]
            if any(b[0] - a[1] > 1 for a, b in zip(run, run[1:], strict=False)):
                break
            text = target[run[0][0] : run[-1][1]]
            parts = text.replace("-", " ").split()
            if len(parts) < 2 or any(len(p) > 7 for p in parts):
                continue
            key = name_key(text)
            if any(fuzz.ratio(key, k) / 100.0 >= PERSON_KEY_MIN for k in keys if k):
                return run[0][0], run[-1][1]
    return None


# A capitalized word ending like an adjective of place (Central American, Asian, Chinese)
# describes a generic noun rather than naming it ("the Central American country").
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|ic|i)$")


def _stands_alone(target: str, noun: str) -> bool:
    """``noun`` occurs not as part of a proper name ("the province", not "Fujian Province")."""
    for start, _ in find_form(target, noun):
        before = target[:start].split()
        prev = before[-1] if before else ""
        if not prev[:1].isupper() or prev in ("The", "This", "That", "Its", "A"):
            return True
        if _ADJECTIVE_END.search(prev) and not target[start:].startswith(noun.capitalize()):
            return True
    return False


def _inflected(found: str, name: str) -> bool:
    """``found`` is ``name`` with an English ending, not a misspelling: Antarctic, Americas."""
    a, b = fold(found), fold(name)
    stem = b[:-1] if b[-1:] in "aeiouy" else b
    return a != b and a.startswith(stem) and len(a) - len(stem) <= 2 and " " not in b


def _demonym(target: str, names: list[str]) -> bool:
    """An adjective or demonym formed from a one-word name: Serbia -> Serbian, Nepal -> Nepali."""
    hay = fold(target)
    for name in names:
        low = fold(name)
        if " " in low or len(low) < 4 or not low.isalpha():
            continue
        stems = {low, low[:-1]} if low[-1] in "aeoy" else {low}
        alt = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
        if re.search(
            rf"(?<![a-z])(?:{alt})(?:ians?|ans?|ns?|ese|is?|ish|ic|ean|ite|er)(?![a-z])", hay
        ):
            return True
    return False


_ARGUMENT_TAGS = ("JKS", "JKO", "JKB", "JX", "JC", "JKC", "JKV", "VCP")


def _is_argument(view: UnitView, end: int) -> bool:
    """The mention heads a phrase (광둥성에서, 미국은) rather than modifying a noun (미국 정부)."""
    for tok in view.source_tokens:
        if tok.start >= end:
            return tok.start == end and tok.tag.startswith(_ARGUMENT_TAGS)
    return True


def _verdict(view: UnitView, start: int, end: int, places: tuple[Place, ...]) -> Verdict:
    target = view.target_text
    names = [e for p in places for e in p.en]
    related = [r for p in places for r in p.related]
    mention = view.source_text[start:end]
    forms = list(dict.fromkeys([mention, *places[0].forms]))
    # A person-like rendering is wrong even where another mention is rendered correctly
    # (광둥성 twice in the Korean: "Guangdong Province" once, "Gwang Dong-seong" once).
    person = _person_like(target, forms, names + related)
    if person:
        return Verdict("person", (start, end), places, person, places[0].preferred)
    if first_found(target, names + related) or _demonym(target, names):
        return Verdict("ok", (start, end), places)
    near_hit = best_near(target, names)
    if near_hit and _inflected(target[near_hit[0] : near_hit[1]], near_hit[2]):
        return Verdict("ok", (start, end), places)  # Antarctic for Antarctica, the Americas
    if near_hit:
        return Verdict("misspelled", (start, end), places, near_hit[:2], near_hit[2])
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
    ordinary = mention in gazetteer().ambiguous
    return Verdict(
        "missing", (start, end), places, None, places[0].preferred, generic, argument, ordinary
    )


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
        grouped: dict[tuple[int, int], list[Place]] = {}
        for a, b, place in gazetteer().find(view.source_text, tokens):
            if not _covered((a, b), skip):
                grouped.setdefault((a, b), []).append(place)
        seen: set[str] = set()
        for (a, b), places in grouped.items():
            if places[0].ko in seen:
                continue
            seen.add(places[0].ko)
            out.append(_verdict(view, a, b, tuple(places)))
    cache[key] = out
    return out


def _label(v: Verdict, view: UnitView) -> str:
    return f"{view.source_text[v.source[0] : v.source[1]]} ({v.places[0].preferred})"


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
    "unless it heads a phrase (미국은, 미국에서): English news often leaves it implicit. Nothing "
    "is reported when the English of the unit is empty (an omission of the whole sentence).",
    (
        Example(
            "광둥성 당국은 조치를 발표했다.", "Authorities announced measures.", "Guangdong dropped"
        ),
        Example("경기도는 예산을 늘렸다.", "The province raised its budget.", "low confidence"),
    ),
)
def place_missing(view: UnitView) -> Iterator[Hit]:
    for v in verdicts(view):
        if v.kind != "missing":
            continue
        label = _label(v, view)
        if v.ordinary:
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
        elif all(p.kind == "country" for p in v.places):
            # A country modifying a noun (미국 정부) is often implicit in English news.
            yield Hit(
                f"country {label} is not mentioned in the English",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.5 if v.argument else 0.25,
                severity=Severity.MINOR,
            )
        else:
            yield Hit(
                f"place {label} is not mentioned in the English",
                source=v.source,
                suggestion=v.suggestion,
                confidence=0.7 if v.argument else 0.4,
                severity=None if v.argument else Severity.MINOR,
            )


@rule(
    "MT502",
    "place-as-person",
    "Accuracy/Mistranslation",
    Severity.CRITICAL,
    "A place was rendered as if it were a person's name.",
    "The English has no accepted form of a source place, but a run of name-like words that "
    "romanizes the Korean form the way Korean personal names are written, the administrative "
    "suffix read as a given-name syllable (광둥성 -> 'Gwang Dong-seong', 경기도 -> 'Kyung Ki-do'). "
    "Compared with a loose phonetic key, so other spelling systems (Kwang Dong-sung) match too.",
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


@rule(
    "MT503",
    "place-misspelled",
    "Terminology/Inconsistent with termbase",
    Severity.MAJOR,
    "A place name is spelled close to, but not as, its accepted English form.",
    "None of the accepted English forms of a source place appear, but a capitalized word run "
    "is within a small edit distance of one (similarity 0.85 or more, ignoring case, accents, "
    "spaces and hyphens): 'Guangdon' for Guangdong, 'Gyeongi' for Gyeonggi. Older "
    "romanizations the gazetteer lists (Pusan, Peking) are accepted, not flagged.",
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
                confidence=0.75,
            )
