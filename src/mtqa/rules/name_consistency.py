"""Name consistency (MT405): one person's name spelled two ways in one English article.

The document table of :func:`mtqa.rules.persons.document_names` lists, for each Korean person
name, how the English writes it in every unit. Like is compared with like: full names with full
names (Kim Jong-un / Kim Jong-eun), foreign surnames with foreign surnames (Zelensky /
Zelenskyy); "Donald Trump" beside "Trump" is no inconsistency. Case, accents, hyphens and spaces
are ignored (Kim Jong Un = Kim Jong-un). Korean surnames alone are not compared: one surname
belongs to many persons (이 Lee, 리 Ri).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from mtqa.lexicon.en_words import is_ordinary_word
from mtqa.lexicon.known_persons import known_person
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.rules.persons import (
    PersonInfo,
    Rendering,
    document_names,
    known_misspelling,
    unit_persons,
)
from mtqa.text.en_match import fold, similarity

MAJORITY = 0.6  # the form differs from one the document uses more often
TIE = 0.35  # two forms as often each: unsure which is right
SOUNDS_CLOSER = 0.05  # a tie is settled by a phonetic score this much closer to the Korean
# Two spellings of one name are this similar (Zelensky/Zelenskyy 0.94, Davis/Davies 0.91); a
# phonetic match on another word (Waters/House) is no spelling of the name.
SIMILAR = 0.75
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)*[A-Z]\.?(?![\w.])")  # W. / H.W. / W
PARTICLE = re.compile(r"^(al|el|ad|as|ash|at|bin|ibn|de|da|di|du|la|le|van|von)[-'’]", re.I)


def spelling(r: Rendering) -> str:
    """What a form is compared by: folded letters only (Kim Jong-un = kim jong un); for a
    surname, the last word without a particle (al-Assad = Assad). Initials do not count
    (W. Bush = Bush)."""
    text = INITIALS.sub(" ", r.text)  # George W. Bush = George Bush
    if r.key.startswith("surname:") and text.split():
        text = PARTICLE.sub("", text.split()[-1])
    return re.sub(r"[\W_]+", "", fold(text)).removesuffix("s")  # Catalans = Catalan


def _verdict(r: Rendering, same: list[Rendering]) -> tuple[str, float] | None:
    """(form to suggest, confidence) when ``r`` is a minority spelling among ``same``.

    With two spellings used as often each, the one that sounds less like the Korean is flagged;
    where they sound alike (Sanders / Sandders), both are: either may be the wrong one.
    """
    mine = spelling(r)
    counts = Counter(
        sp
        for o in same
        if similarity(sp := spelling(o), mine) >= SIMILAR and _adjectival(sp) == _adjectival(mine)
    )
    others = {sp: n for sp, n in counts.items() if sp != mine}
    if not others:
        return None
    ko = r.key.split(":", 1)[1]
    known = known_person(ko) is not None  # its table settles spellings
    english = {sp for sp in others if not known and _in_english(_shown(sp, same))}
    mine_english = not known and _in_english(_written(r))
    if english and not mine_english:
        # Forkland beside Falkland: a form English never writes against one it does
        best = max(english, key=lambda sp: (others[sp], -_first_unit(sp, same)))
        return _shown(best, same), MAJORITY
    if mine_english and not english:
        return None  # the others are flagged against this one
    best, n = max(others.items(), key=lambda kv: (kv[1], -_first_unit(kv[0], same)))
    if n < counts[mine]:
        return None
    shown = _shown(best, same)
    if n > counts[mine]:
        return shown, MAJORITY
    if phonetic_score(ko, _written(r)) - phonetic_score(ko, shown) > SOUNDS_CLOSER:
        return None  # this spelling sounds more like the Korean: the other one is flagged
    return shown, TIE


def _shown(spelled: str, same: list[Rendering]) -> str:
    """The commonest written form of a spelling."""
    return Counter(_written(o) for o in same if spelling(o) == spelled).most_common(1)[0][0]


@lru_cache(maxsize=4096)
def _in_english(written: str) -> bool:
    """Every word of the form is a name English text uses (wordfreq: Falkland, Palu, Nad), so
    it is no spelling of MT's own making (Forkland, Caberno)."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[A-Za-z]+", fold(written))
    if not words or is_ordinary_word(words[-1]):
        return False  # the surname a word: 'Brett Cabernet' for 캐버노 (Kit Harington is one)
    return all(zipf_frequency(w.lower(), "en") > 0 for w in words)


# Endings of adjectives and demonyms English derives from names: 'Cromwellian' beside
# 'Cromwell', 'Catalan' beside 'Catalonia' are no second spelling of the name.
_ADJECTIVE_END = re.compile(r"(?:ian|ians|an|ans|ese|ish|ic)$")


def _adjectival(spelled: str) -> bool:
    return bool(_ADJECTIVE_END.search(spelled))


def _written(r: Rendering) -> str:
    """The form as written; for a surname, its last word (Bush, not W. Bush)."""
    return r.text.split()[-1] if r.key.startswith("surname:") else r.text


def _first_unit(spelled: str, same: list[Rendering]) -> int:
    return min(o.unit for o in same if spelling(o) == spelled)


@rule(
    "MT405",
    "name-inconsistent",
    "Fluency/Inconsistency",
    Severity.MINOR,
    "One person's name is spelled two different ways in the same English article.",
    "The same Korean name is written with different letters in different sentences of the "
    "English (full name against full name, a foreign surname against the same surname): "
    "'Kim Jong-un' and 'Kim Jong-eun', 'Zelensky' and 'Zelenskyy'. The spelling the article "
    "uses less often is flagged (0.6) and the commoner one suggested; with two spellings used "
    "equally often the one that sounds less like the Korean is flagged at 0.35, or both where "
    "they sound alike. A spelling English never writes (wordfreq knows none of its words, or its "
    "last word is an ordinary word: 'Forkland', 'Brett Cabernet') is flagged at 0.6 against one "
    "it does ('Falkland'), however often each appears. Short and full forms (Trump / Donald "
    "Trump), case, accents, hyphens and spaces (Kim Jong Un / Kim Jong-un) do not count; "
    "spellings that MT403 already calls misspelled are left to it, and a known person's "
    "accepted spelling (known_persons.tsv) is not flagged against a form that is none of "
    "them. A foreign name the Korean writes in two or more sentences is compared even with "
    "no title, 씨 or age to mark a person ('Palo' and 'Palu' for 팔루), and an adjective or a "
    "plural ('Cromwellian', 'the Clintons') is no second spelling.",
    (
        Example(
            "젤렌스키 대통령이 말했다. 젤렌스키 대통령은 이어 말했다. 젤렌스키 대통령은 떠났다.",
            "President Zelensky said. Zelensky added. Zelenskyy then left.",
            "'Zelenskyy' differs from the article's 'Zelensky' (two against one).",
        ),
    ),
)
def name_inconsistent(view: UnitView) -> Iterator[Hit]:
    table = document_names(view.doc)
    persons = unit_persons(view)
    done: set[int] = set()  # mentions flagged (a full name and its surname: once)
    for r in table.in_unit(view.unit.index):
        info = next(
            (p for p in persons if p.match.span and _inside(r.span, p.match.span)),
            None,
        )
        if info is None or info.match.status not in ("found", "surname"):
            continue
        if known_misspelling(view, info) is not None:
            continue  # MT403 reports a known person's near miss, with the usual spelling
        if info.mention.start in done:
            continue
        verdict = _verdict(r, table.renderings(r.key))
        if verdict is None or _accepted_against_a_miss(info, verdict[0]):
            continue
        if _COMPOUND_TAIL.fullmatch(r.text.removeprefix(verdict[0])):
            continue  # 'Budapest-bound' is Budapest in a compound, no other spelling
        if _UNIT_TAIL.fullmatch(verdict[0].removeprefix(r.text)) or _UNIT_TAIL.fullmatch(
            r.text.removeprefix(verdict[0])
        ):
            continue  # 'Chunyang' and 'Chunyang-myeon' for 춘양면: the unit left out once
        done.add(info.mention.start)
        form, conf = verdict
        m = info.mention
        yield Hit(
            f"name {m.name} spelled {r.text!r} here and {form!r} elsewhere in the article",
            source=(m.start, m.end),
            target=r.span,
            suggestion=form,
            confidence=conf,
        )


# English compound tails after a name ('Budapest-bound', 'Seoul-based', 'Kim-led').
_COMPOUND_TAIL = re.compile(r"-(?:bound|based|born|led|backed|made|style|era|area|region|run)")
# A Korean administrative unit romanized after a place's name (Chunyang-myeon, Jung-gu).
_UNIT_TAIL = re.compile(r"[- ](?:myeon|eup|dong|ri|gu|gun|si|do|ga)", re.IGNORECASE)


def _accepted_against_a_miss(info: PersonInfo, other: str) -> bool:
    """This unit writes a known person's accepted spelling and the other form is none of them
    (Pelosi against Pelosy: the other is MT403's). Two accepted ones (Zelensky, Zelenskyy) are
    still an inconsistency."""
    person = known_person(info.mention.name)
    if person is None or info.match.via != "known":
        return False
    return not any(fold(other).endswith(fold(f)) for f in person.accepted)


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]
