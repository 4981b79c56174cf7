"""Looking for expected English renderings in a unit's target text (places, organizations, terms).

Acronyms (WHO, US, NIS) are matched case-sensitively so that "who" or "us" never count as
them, and so are capitalized words after "the" (the North, the States), so that "the north of
the city" never counts as North Korea; other forms use :func:`mtqa.text.en_match.find_all`
(case-, accent-, hyphen-insensitive).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from mtqa.text.en_match import find_all, fold, near

ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,6}[0-9]*$|^[A-Z0-9][A-Z0-9&\-]{1,9}$")
_THE_NAME = re.compile(r"^the ([A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*)$")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "&"})


def is_acronym(form: str) -> bool:
    """WHO, U.S., G20, BoK: short forms with capitals that must match case-sensitively."""
    return bool(ACRONYM.match(form)) and sum(c.isupper() for c in form) >= 2


def find_form(target: str, form: str) -> list[tuple[int, int]]:
    """Spans of ``form`` in ``target`` (case-sensitive for acronyms and "the North")."""
    if is_acronym(form):
        pat = re.compile(rf"(?<![\w.]){re.escape(form)}(?![\w])")
        return [m.span() for m in pat.finditer(target)]
    the_name = _THE_NAME.match(form)
    if the_name:
        pat = re.compile(rf"(?<![\w.])[Tt]he\s+{re.escape(the_name.group(1))}(?![\w])")
        return [m.span() for m in pat.finditer(target)]
    return find_all(target, form)


def first_found(target: str, forms: Iterable[str]) -> tuple[int, int, str] | None:
    """The first of ``forms`` found in ``target`` as (start, end, form)."""
    for form in forms:
        spans = find_form(target, form)
        if spans:
            return spans[0][0], spans[0][1], form
    return None


def best_near(
    target: str, forms: Iterable[str], threshold: float = 0.85
) -> tuple[int, int, str] | None:
    """The closest near-miss spelling of any of ``forms`` as (start, end, intended form)."""
    best: tuple[int, int, float, str] | None = None
    for form in forms:
        if is_acronym(form):
            continue
        hit = near(target, form, threshold)
        if hit and (best is None or hit[2] > best[2]):
            best = (hit[0], hit[1], hit[2], form)
    return None if best is None else (best[0], best[1], best[3])


def initials(name: str) -> str:
    """Capital initials of a name without function words: World Health Organization -> WHO."""
    return "".join(
        w[0].upper() for w in re.findall(r"[A-Za-z][\w'\-]*", name) if w.lower() not in _MINOR_WORDS
    )


def expands(target: str, acronym: str) -> tuple[int, int] | None:
    """Words in ``target`` whose initials spell ``acronym`` (function words skipped).

    Tolerant, since a missed spelled-out name costs a false flag: NYMEX matches "New York
    Mercantile Exchange" (initials NYME), TB matches "terabytes" (the letters in order in one word).
    """
    letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
    if len(letters) < 2:
        return None
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-z][\w'\-]*", target)]
    for i, (start, end, w) in enumerate(toks):
        if w[0].upper() != letters[0]:
            continue
        if len(letters) <= 3 and re.match(".*".join(letters), w.upper()) and len(w) > len(letters):
            return start, end
        got, j = "", i
        while j < len(toks) and len(got) < len(letters):
            word = toks[j][2]
            if not (word.lower() in _MINOR_WORDS and got):
                got += word[0].upper()
            j += 1
        if got == letters:
            return start, toks[j - 1][1]
        for k in range(2, len(got) + 1):
            if len(letters) >= 4 and fuzz.ratio(got[:k], letters) >= 80:
                return start, toks[min(j, len(toks)) - 1][1]
    return None


def content_words(name: str) -> list[str]:
    """Folded distinctive words of a name (four letters or more, no function words)."""
    return [w for w in re.findall(r"[a-z][a-z'\-]+", fold(name)) if len(w) >= 4]


# Words many organization names share: alone they tell no organization from another (World
# Trade Organization is no rendering of the World Health Organization).
SHARED_NAME_WORDS = frozenset(
    {"world", "organization", "organisation", "international", "national", "korea", "korean",
     "party", "ministry", "agency", "committee", "council", "association", "federation",
     "union", "group", "company", "corporation", "bank", "institute", "center", "centre",
     "office", "department", "commission", "service", "foundation", "united", "nations",
     "global", "central", "state", "general", "assembly", "republic", "democratic"}
)  # fmt: skip


def mostly_present(target: str, name: str, share: float = 0.66) -> bool:
    """At least ``share`` of the distinctive words of a multi-word ``name`` are in ``target``,
    capitalized as a name is, and among them every word the name does not share with many
    others ('Health' in World Health Organization; 'the power of the people' renders no
    People Power Party)."""
    cw = content_words(name)
    if len(cw) < 2:
        return False
    hay = fold(target)
    found = {w for w in cw if re.search(rf"(?<![a-z]){re.escape(w)}", hay)}
    if len(found) / len(cw) < share:
        return False
    own = [w for w in cw if w not in SHARED_NAME_WORDS]
    return all(_capitalized_in(hay, target, w) for w in own)


def _capitalized_in(hay: str, target: str, word: str) -> bool:
    """``word`` (folded) occurs in ``target`` with a capital first letter."""
    return any(
        target[m.start()].isupper() for m in re.finditer(rf"(?<![a-z]){re.escape(word)}", hay)
    )
